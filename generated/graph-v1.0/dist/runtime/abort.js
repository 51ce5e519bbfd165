// Timers raced against the caller's AbortSignal, shared by the per-attempt timeout and the retry wait.
import { RequestError } from './errors.js';
import { G } from './platform.js';
/** The error for a caller's abort; the signal's reason is kept as cause. */
export const abortError = (signal) =>
  new RequestError('aborted', "Request aborted by the caller's AbortSignal", signal?.reason);
/**
 * Calls `fire` once: 'timeout' after ms (never when ms is 0 or too large for a timer), or 'aborted' when the
 * signal aborts (at once if it already has). Returns a disposer that cancels both.
 */
export function race(signal, ms, fire) {
  const off = () => {
    G.clearTimeout(t);
    signal?.removeEventListener('abort', onAbort);
  };
  const onAbort = () => {
    off();
    fire('aborted');
  };
  const t =
    ms > 0 && ms < 2 ** 31
      ? G.setTimeout(() => {
          off();
          fire('timeout');
        }, ms)
      : undefined;
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort);
  return off;
}
/** Sleeps ms, rejecting at once with an 'aborted' RequestError when the signal aborts. */
export const sleep = (ms, signal) =>
  new Promise((resolve, reject) =>
    race(signal, ms || 1, (why) => (why == 'timeout' ? resolve() : reject(abortError(signal)))),
  );
