// Errors are real Error subclasses so `instanceof`, stack traces and loggers work.
/** Parses JSON, undefined when the text is not JSON. */
export const parseJson = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
/**
 * A request that got no HTTP response: a timeout (of the attempt, or of the call's time budget), the caller's
 * AbortSignal, or a network failure.
 */
export class RequestError extends Error {
  /** The underlying error (or the signal's reason) is kept as `cause`. */
  constructor(reason, message, cause) {
    super(message, { cause });
    Object.assign(this, {
      name: 'RequestError',
      reason,
    });
  }
}
