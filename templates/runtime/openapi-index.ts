// The runtime every package of a plain OpenAPI document ships as src/runtime/index.ts. No dependencies.
export type {
  AbortSignalLike,
  AccessTokenLike,
  ApiClient,
  ApiContent,
  ApiNoContent,
  ApiResult,
  ApiResultBase,
  CommonOptions,
  FetchInit,
  FetchLike,
  HeadersLike,
  OperationRequest,
  PackageInfo,
  ParameterStyle,
  QueryValue,
  RequestEvent,
  RequestOptions,
  ResponseEvent,
  ResponseLike,
  RetryOptions,
  SecurityRequirement,
  ThrottleEvent,
  TokenCredentialLike,
  TokenFunction,
} from './types.js';
export type { ApiClientOptions } from './openapi.js';
export type { BasicCredential, SchemeCredential, SecurityScheme, TokenSource } from './security.js';
export { ApiError } from './api-error.js';
export { RequestError, type RequestErrorReason } from './errors.js';
export { pathSegment } from './path.js';
export { createApiClient } from './openapi.js';
export { bindGroup, type Bound, type BoundGroup } from './bind.js';
