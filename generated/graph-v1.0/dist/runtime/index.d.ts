export type {
  AbortSignalLike,
  AccessTokenLike,
  ClientOptions,
  Cloud,
  FetchInit,
  FetchLike,
  GraphClient,
  GraphContent,
  GraphNoContent,
  GraphResult,
  GraphResultBase,
  HeadersLike,
  OperationRequest,
  PackageInfo,
  QueryValue,
  RequestEvent,
  RequestOptions,
  ResponseEvent,
  ResponseLike,
  RetryOptions,
  ThrottleEvent,
  TokenCredentialLike,
  TokenFunction,
} from './types.js';
export type { ExpandOf, SelectOf, Selected, SelectedPage } from './odata.js';
export { GraphError, GraphRequestError, type GraphRequestErrorReason } from './errors.js';
export { pathSegment } from './path.js';
export { createGraphClient } from './client.js';
export { bindGroup, type Bound, type BoundGroup } from './bind.js';
