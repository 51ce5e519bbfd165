import type { AbortSignalLike, ApiClient, CommonOptions, OperationRequest, PackageInfo } from './types.js';
/** What a profile's own module tells the send loop. */
export interface Dialect {
  /** The resolved base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** The request's path with its query. */
  target(request: OperationRequest): string;
  /** The request's headers as text, when they need serializing. */
  headers?(request: OperationRequest): Record<string, string | undefined> | undefined;
  /**
   * Adds credentials to an attempt's headers (lower-case names), with the claims of a claims challenge when it
   * replays one; returns the URL, a query credential added.
   */
  authorize(
    request: OperationRequest,
    headers: Record<string, string>,
    url: string,
    signal: AbortSignalLike | undefined,
    claims: string | undefined,
  ): Promise<string>;
  /** After a 401 from the client's origin: forgets cached tokens; returns the claims of a claims challenge. */
  unauthorized?(headers: Record<string, string>): string | undefined;
  /**
   * The error of an answer the call cannot return; `headers` has lower-case names; `code` and `message` the runtime's
   * own.
   */
  error: new (
    status: number,
    statusText: string,
    headers: Record<string, string>,
    body: string,
    clientRequestId: string,
    code?: string,
    message?: string,
    permissions?: string,
  ) => Error;
}
/** Creates a client from a profile's dialect; options come from the package's user. */
export declare function createClientWith(info: PackageInfo, options: CommonOptions, dialect: Dialect): ApiClient;
