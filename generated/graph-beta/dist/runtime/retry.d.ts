import type { RetryOptions } from './types.js';
/** Resolved retry settings. */
export interface RetryPlan {
  /** Retries allowed. */
  readonly max: number;
  /** Backoff base in ms. */
  readonly base: number;
  /** Cap of one wait in ms. */
  readonly cap: number;
}
/** Merges client and call settings; false at call level (or at client level with no call settings) disables. */
export declare function retryPlan(
  client: RetryOptions | false | undefined,
  call: RetryOptions | false | undefined,
): RetryPlan;
/**
 * Whether a failed attempt (status undefined: a network failure) may be followed by the same request again. A 429
 * always: the service did not process the request. Other methods also on a 503, a 504 or a network failure; POST and
 * PATCH only on a 503 with Retry-After, where the service says it did not process it either: after a 504 or a network
 * failure it may have, and sending again could create a second thing.
 */
export declare function mayRetry(method: string, status: number | undefined, retryAfter: string | undefined): boolean;
/** Wait before retry `retry` (1-based): Retry-After (seconds, fractional, or HTTP date), else backoff; capped. */
export declare function retryDelay(plan: RetryPlan, retry: number, retryAfter: string | undefined): number;
