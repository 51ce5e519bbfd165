// A generated operation hands its request to client.send at once (it never awaits before), so calling it with a
// recording client describes the request without sending it: batches and paging are built on that.
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
export function describe(call: OperationCall<unknown>, baseUrl = ''): DescribedCall {
  let described: DescribedCall | undefined;
  let calls = 0;
  const recorder: GraphClient = {
    baseUrl,
    send: (request, options) => {
      if (!calls++) described = { request, options };
      // Never settles: the operation's own promise is not what the caller waits for.
      return new Promise(() => {});
    },
  };
  call(recorder).then(undefined, () => {});
  if (!described || calls > 1)
    throw new TypeError(
      'Expected a call of one generated operation, such as (client) => updateX(client, params, body)',
    );
  return described;
}
