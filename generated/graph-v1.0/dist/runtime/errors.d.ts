/** Parses JSON, undefined when the text is not JSON. */
export declare const parseJson: (text: string) => unknown;
/** Why a request got no response. */
export type RequestErrorReason = 'timeout' | 'aborted' | 'network';
/**
 * A request that got no HTTP response: a timeout (of the attempt, or of the call's time budget), the caller's
 * AbortSignal, or a network failure.
 */
export declare class RequestError extends Error {
  /** Which of the three happened. */
  readonly reason: RequestErrorReason;
  /** The underlying error (or the signal's reason) is kept as `cause`. */
  constructor(reason: RequestErrorReason, message: string, cause?: unknown);
}
