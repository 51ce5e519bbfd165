// The call's AbortSignal and its timeouts: platform timeout signals, and one abortable wait that the retry sleep, the
// limiter's pause and its queue share.
import { RequestError } from './errors.js';
import { G } from './platform.js';
/**
 * The error for an abort, the signal's reason kept as cause: reason 'timeout' when that is a TimeoutError (the call's
 * totalTimeoutMs, or the caller's AbortSignal.timeout), else 'aborted'.
 */
export const abortError = (signal) => {
  const timedOut = signal?.reason?.name == 'TimeoutError';
  return new RequestError(
    timedOut ? 'timeout' : 'aborted',
    timedOut ? 'Request timed out: time budget (totalTimeoutMs) spent' : 'Request aborted by its AbortSignal',
    signal?.reason,
  );
};
/** A signal that aborts after ms; none for 0 (no limit) or a time too long for a platform timer. */
export const timeout = (ms) => (ms > 0 && ms < 2 ** 31 ? G.AbortSignal.timeout(ms) : undefined);
/** A signal that aborts with the first of the given ones, with its reason. */
export const anyOf = (...signals) => G.AbortSignal.any(signals.filter((signal) => signal));
/**
 * Waits until `arm`'s go is called; rejects with the abort's RequestError at once when the signal aborts (or has).
 * `arm` returns the function that disarms it, called either way.
 */
export const until = (signal, arm) =>
  new Promise((resolve, reject) => {
    const off = () => {
      disarm();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      off();
      reject(abortError(signal));
    };
    const disarm = arm(() => {
      off();
      resolve();
    });
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort);
  });
/** Sleeps ms, rejecting at once with the signal's RequestError when it aborts. */
export const sleep = (ms, signal) =>
  until(signal, (go) => {
    const timer = G.setTimeout(go, ms);
    return () => G.clearTimeout(timer);
  });
