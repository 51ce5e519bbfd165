import { RequestError } from './errors.js';
import type { AbortSignalLike } from './types.js';
/**
 * The error for an abort, the signal's reason kept as cause: reason 'timeout' when that is a TimeoutError (the call's
 * totalTimeoutMs, or the caller's AbortSignal.timeout), else 'aborted'.
 */
export declare const abortError: (signal: AbortSignalLike | undefined) => RequestError;
/** A signal that aborts after ms; none for 0 (no limit) or a time too long for a platform timer. */
export declare const timeout: (ms: number) => AbortSignalLike | undefined;
/** A signal that aborts with the first of the given ones, with its reason. */
export declare const anyOf: (...signals: (AbortSignalLike | undefined)[]) => AbortSignalLike;
/**
 * Waits until `arm`'s go is called; rejects with the abort's RequestError at once when the signal aborts (or has).
 * `arm` returns the function that disarms it, called either way.
 */
export declare const until: (signal: AbortSignalLike | undefined, arm: (go: () => void) => () => void) => Promise<void>;
/** Sleeps ms, rejecting at once with the signal's RequestError when it aborts. */
export declare const sleep: (ms: number, signal: AbortSignalLike | undefined) => Promise<void>;
