// Errors are real Error subclasses so `instanceof`, stack traces and loggers work.

/** Parses JSON, undefined when the text is not JSON. */
export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Why a request got no response. */
export type RequestErrorReason = 'timeout' | 'aborted' | 'network';

/**
 * A request that got no HTTP response: a timeout (of the attempt, or of the call's time budget), the caller's
 * AbortSignal, or a network failure.
 */
export class RequestError extends Error {
  /** Which of the three happened. */
  declare readonly reason: RequestErrorReason;

  /** The underlying error (or the signal's reason) is kept as `cause`. */
  constructor(reason: RequestErrorReason, message: string, cause?: unknown) {
    super(message, { cause });
    Object.assign(this, { name: 'RequestError', reason });
  }
}
