import type { GraphClient, GraphResult } from './graph.js';
import type { OperationRequest, RequestOptions } from './types.js';
/** One call of a generated operation, waiting for its client: `(client) => updateX(client, params, body)`. */
export type OperationCall<T> = (client: GraphClient) => Promise<GraphResult<T>>;
/** The request a call would send, and the per-call options it passed. */
export interface DescribedCall {
  /** Method, path, query, headers and body, as the operation built them. */
  readonly request: OperationRequest;
  /** The options the call passed (signal, headers, …), if any. */
  readonly options: RequestOptions | undefined;
}
/**
 * Describes what `call` would send, without sending anything. Throws a TypeError when the call does not hand exactly
 * one request to its client at once (an `async` function that awaits first, say); a TypeError of the operation itself
 * (an empty path parameter) is thrown as it is.
 */
export declare function describe(call: OperationCall<unknown>, baseUrl?: string): DescribedCall;
