// The runtime every Microsoft Graph package ships as src/runtime/. No dependencies: Node >= 20 globals only.
export type {
  AbortSignalLike,
  AccessTokenLike,
  FetchInit,
  FetchLike,
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
export type {
  ClientOptions,
  Cloud,
  GraphClient,
  GraphContent,
  GraphNoContent,
  GraphResult,
  GraphResultBase,
} from './graph.js';
export { GraphError } from './graph-error.js';
export { RequestError as GraphRequestError, type RequestErrorReason as GraphRequestErrorReason } from './errors.js';
export { pathSegment } from './path.js';
export { createGraphClient } from './graph.js';
export { bindGroup, type Bound, type BoundGroup } from './bind.js';
export { describe, type DescribedCall, type OperationCall } from './describe.js';
export { paged, type CollectionItem, type Page, type PageOptions, type Paged } from './paging.js';
export { batch, step, type BatchOutcome, type BatchResults, type BatchStep, type CallResult } from './batch.js';
