// Throttling waits, as the big HTTP APIs ask: Retry-After first, otherwise exponential backoff with jitter.
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
export function retryPlan(client: RetryOptions | false | undefined, call: RetryOptions | false | undefined): RetryPlan {
  const r = call === false || (client === false && !call) ? { maxRetries: 0 } : { ...client, ...call };
  return {
    // `|| 0`: a NaN (say, Number() of an unset variable) must not mean endless retries.
    max: Math.max(0, Math.min(10, r.maxRetries ?? 3)) || 0,
    base: r.baseDelayMs ?? 3000,
    cap: Math.min(18e4, r.maxDelayMs ?? 18e4),
  };
}

/** Wait before retry n (1-based): Retry-After in seconds (fractions allowed) or an HTTP date, else backoff; capped. */
export function retryDelay(plan: RetryPlan, n: number, retryAfter: string | undefined): number {
  let ms = retryAfter?.trim()
    ? Number(retryAfter) >= 0
      ? Number(retryAfter) * 1e3
      : Date.parse(retryAfter) - Date.now()
    : NaN;
  // An absent or unreadable Retry-After falls back to backoff; a date in the past means "now".
  if (ms !== ms) ms = plan.base * 2 ** (n - 1) * (0.5 + Math.random() / 2);
  return Math.min(plan.cap, Math.max(0, ms));
}
