/** Merges client and call settings; false at call level (or at client level with no call settings) disables. */
export function retryPlan(client, call) {
  const options =
    call === false || (client === false && !call)
      ? { maxRetries: 0 }
      : {
          ...client,
          ...call,
        };
  return {
    // `|| 0`: a NaN (say, Number() of an unset variable) must not mean endless retries.
    max: Math.max(0, Math.min(10, options.maxRetries ?? 3)) || 0,
    base: options.baseDelayMs ?? 3e3,
    cap: Math.min(18e4, options.maxDelayMs ?? 18e4),
  };
}
/**
 * Whether a failed attempt (status undefined: a network failure) may be followed by the same request again. A 429
 * always: the service did not process the request. Other methods also on a 503, a 504 or a network failure; POST and
 * PATCH only on a 503 with Retry-After, where the service says it did not process it either: after a 504 or a network
 * failure it may have, and sending again could create a second thing.
 */
export function mayRetry(method, status, retryAfter) {
  return (
    status == 429 ||
    (/^P(OST|ATCH)$/.test(method) ? status == 503 && !!retryAfter : !status || status == 503 || status == 504)
  );
}
/** Wait before retry `retry` (1-based): Retry-After (seconds, fractional, or HTTP date), else backoff; capped. */
export function retryDelay(plan, retry, retryAfter) {
  let waitMs = retryAfter?.trim()
    ? Number(retryAfter) >= 0
      ? Number(retryAfter) * 1e3
      : Date.parse(retryAfter) - Date.now()
    : NaN;
  // An absent or unreadable Retry-After falls back to backoff; a date in the past means "now".
  if (Number.isNaN(waitMs)) waitMs = plan.base * 2 ** (retry - 1) * (0.5 + Math.random() / 2);
  return Math.min(plan.cap, Math.max(0, waitMs));
}
