// Throttling shared by the calls of one client: when the service tells one call to wait, the others wait with it
// rather than each running into the limit alone; and an optional cap on the requests in flight.
import { sleep, until } from './abort.js';
import type { AbortSignalLike } from './types.js';

/** Waits for a free slot and for the end of a shared pause; resolves with the function that frees the slot. */
export type Acquire = (signal: AbortSignalLike | undefined) => Promise<() => void>;

/** Makes every call of the client wait ms before its next request. */
export type Pause = (ms: number) => void;

/** The one limiter of a client, allowing maxConcurrency requests in flight at once. */
export function createLimiter(maxConcurrency: number = Infinity): [Acquire, Pause] {
  let inFlight = 0;
  let resumeAt = 0;
  let queue: (() => void)[] = [];
  // A freed slot goes straight to the first call in the queue, so that a newcomer cannot take it first.
  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else inFlight--;
  };

  const acquire: Acquire = async (signal) => {
    if (inFlight < maxConcurrency) inFlight++;
    // A call that gives up leaves the queue (disarmed), so no slot is handed to it.
    else await until(signal, (go) => (queue.push(go), () => (queue = queue.filter((other) => other != go))));
    try {
      // Holding the slot while paused costs nothing: no call of this client sends before the pause ends.
      while (resumeAt > Date.now()) await sleep(resumeAt - Date.now(), signal);
    } catch (error) {
      release();
      throw error;
    }
    return release;
  };

  return [acquire, (ms) => (resumeAt = Math.max(resumeAt, Date.now() + ms))];
}
