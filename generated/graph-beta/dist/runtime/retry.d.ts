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
/** Wait before retry n (1-based): Retry-After in seconds (fractions allowed) or an HTTP date, else backoff; capped. */
export declare function retryDelay(plan: RetryPlan, n: number, retryAfter: string | undefined): number;
