import { type OperationCall } from './describe.js';
import { RequestError as GraphRequestError } from './errors.js';
import type { GraphClient, GraphResult } from './graph.js';
import { GraphError } from './graph-error.js';
import type { RequestOptions } from './types.js';
/** A call of a batch with an id and the ids of the calls it must wait for (see `step`). */
export interface BatchStep<T> extends OperationCall<T> {
  /** The call's id in the batch; by default its position in the list, from '1'. */
  readonly id?: string | undefined;
  /** Ids of calls that must succeed first; if one fails, this one fails with 424 without being sent. */
  readonly dependsOn?: readonly string[] | undefined;
}
/**
 * Gives a batch call an id, or makes it wait for others: `step((client) => updateX(client, …), { dependsOn: ['1'] })`.
 */
export declare function step<T>(
  call: OperationCall<T>,
  how: {
    readonly id?: string | undefined;
    readonly dependsOn?: readonly string[] | undefined;
  },
): BatchStep<T>;
/** How one call of a batch ended, in the caller's order. */
export type BatchOutcome<T> =
  | {
      /** Discriminant: the call succeeded. */
      readonly ok: true;
      /** The call's id in the batch. */
      readonly id: string;
      /** Its result, as the operation called alone would give it (status, headers, hasContent, data). */
      readonly result: GraphResult<T>;
      /** request-id of the $batch request that carried it, for support cases. */
      readonly batchRequestId: string | undefined;
    }
  | {
      /** Discriminant: the call failed. */
      readonly ok: false;
      /** The call's id in the batch. */
      readonly id: string;
      /**
       * Its GraphError (still throttled after the retries, 404, 424 for a failed dependency, …), or the
       * GraphRequestError of the $batch request.
       */
      readonly error: GraphError | GraphRequestError;
      /** request-id of the $batch request that carried it, when one answered. */
      readonly batchRequestId: string | undefined;
    };
/** The result type of a call. */
export type CallResult<C> = C extends OperationCall<infer T> ? T : never;
/** One outcome per call, typed by the call, in the caller's order. */
export type BatchResults<C extends readonly OperationCall<unknown>[]> = {
  -readonly [K in keyof C]: BatchOutcome<CallResult<C[K]>>;
};
/**
 * Sends calls of generated operations as JSON batches (`POST {baseUrl}/$batch`) and returns one outcome per call, in
 * the caller's order, typed by the call: `batch(client, ids.map((id) => (client) => updateX(client, { id }, body)))`.
 * Calls go 20 to a request, in order; a call waits for the ones it depends on (`step`), which go in the same request
 * or an earlier one. A call answered 429 or 503 is sent again in a later request after its own Retry-After (the
 * `retry` option's limits, 3 retries by default). Rejects only for the caller's abort, or a TypeError for a call
 * that cannot be batched (unknown or circular dependsOn, a body that is not JSON); nothing is sent then.
 */
export declare function batch<const C extends readonly OperationCall<unknown>[]>(
  client: GraphClient,
  calls: C,
  options?: RequestOptions,
): Promise<BatchResults<C>>;
