// Timers raced against the call's AbortSignal, shared by the per-attempt timeout, the retry wait and the limiter.
import { RequestError } from './errors.js';
import { G } from './platform.js';
/**
 * The error for an abort, the signal's reason kept as cause: reason 'timeout' when that is a TimeoutError (the call's
 * totalTimeoutMs, or the caller's AbortSignal.timeout), else 'aborted'.
 */
export const abortError = (signal) =>
  signal?.reason?.name == 'TimeoutError'
    ? new RequestError('timeout', 'Request timed out: the time budget of the call ran out', signal.reason)
    : new RequestError('aborted', "Request aborted by the caller's AbortSignal", signal?.reason);
/**
 * Calls `fire` once: 'timeout' after ms (never when ms is 0 or too large for a timer), or 'aborted' when the
 * signal aborts (at once if it already has). Returns a disposer that cancels both.
 */
export function race(signal, ms, fire) {
  const stop = () => {
    G.clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  };
  const onAbort = () => {
    stop();
    fire('aborted');
  };
  const timer =
    ms > 0 && ms < 2 ** 31
      ? G.setTimeout(() => {
          stop();
          fire('timeout');
        }, ms)
      : undefined;
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort);
  return stop;
}
/** Sleeps ms, rejecting at once with the signal's RequestError when it aborts. */
export const sleep = (ms, signal) =>
  new Promise((resolve, reject) =>
    race(signal, ms || 1, (why) => (why == 'timeout' ? resolve() : reject(abortError(signal)))),
  );
