import type { Emitter } from './emitter.js';

/**
 * The runtime every package ships (templates/runtime/, copied and built by the pipeline's runtime
 * stage, not planned here): the index re-exports it, and no spec name may take one of its exports.
 * A test holds this list to templates/runtime/index.ts and openapi-index.ts.
 */
export const runtimeEmitter: Emitter = {
  name: 'runtime',
  claims: (
    'GraphClient GraphResult GraphContent GraphNoContent GraphError GraphRequestError RequestOptions ClientOptions ' +
    'RetryOptions Cloud PackageInfo OperationRequest QueryValue TokenCredentialLike AccessTokenLike FetchLike ' +
    'AbortSignalLike FetchInit GraphResultBase HeadersLike RequestEvent ResponseEvent ResponseLike TokenFunction ' +
    'ThrottleEvent GraphRequestErrorReason createGraphClient pathSegment bindGroup Bound BoundGroup ' +
    'describe DescribedCall OperationCall paged CollectionItem Page PageOptions Paged batch step BatchOutcome BatchResults ' +
    'BatchStep CallResult SelectOf ExpandOf Selected SelectedPage ' +
    // The plain OpenAPI profile's runtime (templates/runtime/openapi-index.ts).
    'ApiClient ApiResult ApiContent ApiNoContent ApiResultBase ApiError ApiClientOptions RequestError RequestErrorReason ' +
    'CommonOptions ParameterStyle SecurityRequirement SecurityScheme BasicCredential SchemeCredential TokenSource createApiClient'
  ).split(' '),
  exports: () => ({ index: ['runtime/index.ts'] }),
};
