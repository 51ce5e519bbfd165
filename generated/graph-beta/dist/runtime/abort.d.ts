import { RequestError } from './errors.js';
import type { AbortSignalLike } from './types.js';
/**
 * The error for an abort, the signal's reason kept as cause: reason 'timeout' when that is a TimeoutError (the call's
 * totalTimeoutMs, or the caller's AbortSignal.timeout), else 'aborted'.
 */
export declare const abortError: (signal: AbortSignalLike | undefined) => RequestError;
/**
 * Calls `fire` once: 'timeout' after ms (never when ms is 0 or too large for a timer), or 'aborted' when the
 * signal aborts (at once if it already has). Returns a disposer that cancels both.
 */
export declare function race(
  signal: AbortSignalLike | undefined,
  ms: number,
  fire: (why: 'timeout' | 'aborted') => void,
): () => void;
/** Sleeps ms, rejecting at once with the signal's RequestError when it aborts. */
export declare const sleep: (ms: number, signal: AbortSignalLike | undefined) => Promise<void>;
