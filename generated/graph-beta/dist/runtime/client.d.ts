import type { AbortSignalLike, ApiClient, CommonOptions, OperationRequest, PackageInfo } from './types.js';
/** What a profile's own module tells the send loop. */
export interface Dialect {
  /** The resolved base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** The request's path with its query. */
  target(req: OperationRequest): string;
  /** The request's headers as text, when they need serializing. */
  headers?(req: OperationRequest): Record<string, string | undefined> | undefined;
  /** Adds credentials to an attempt's headers (lower-case names); returns the URL, a query credential added. */
  authorize(
    req: OperationRequest,
    headers: Record<string, string>,
    url: string,
    signal?: AbortSignalLike,
  ): Promise<string>;
  /** The error of a non-2xx answer; `headers` has lower-case names. */
  error: new (
    status: number,
    statusText: string,
    headers: Record<string, string>,
    body: string,
    clientRequestId: string,
  ) => Error;
}
/** Creates a client from a profile's dialect; options come from the package's user. */
export declare function createClientWith(info: PackageInfo, o: CommonOptions, d: Dialect): ApiClient;
