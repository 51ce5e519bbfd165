import type { AbortSignalLike } from './types.js';
/** Waits for a free slot and for the end of a shared pause; resolves with the function that frees the slot. */
export type Acquire = (signal: AbortSignalLike | undefined) => Promise<() => void>;
/** Makes every call of the client wait ms before its next request. */
export type Pause = (ms: number) => void;
/** The one limiter of a client, allowing maxConcurrency requests in flight at once. */
export declare function createLimiter(maxConcurrency?: number): [Acquire, Pause];
