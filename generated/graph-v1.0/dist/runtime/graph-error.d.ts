/**
 * An HTTP answer the call cannot return as data: a non-2xx status (after retries and redirects), or, with a code of
 * the runtime's own, a 2xx body that is not what the operation documents, or a body over the size limit. Branch on
 * `code`, never on `message`.
 */
export declare class GraphError extends Error {
  /** HTTP status of the last answer. */
  readonly status: number;
  /**
   * Graph's error.code; 'nonGraphErrorBody' when the body is empty, not JSON, or not Graph's error shape; or the
   * runtime's own: 'invalidResponseBody' (a 2xx body that is not JSON), 'responseTooLarge' (over maxResponseBytes).
   */
  readonly code: string;
  /** request-id (header or innerError). */
  readonly requestId: string | undefined;
  /** client-request-id (response header, else the one sent, else innerError's). */
  readonly clientRequestId: string | undefined;
  /** Server date (innerError.date or the Date header). */
  readonly date: string | undefined;
  /** Graph's error.innerError. */
  readonly innerError: Readonly<Record<string, unknown>> | undefined;
  /** Graph's error.target. */
  readonly target?: string | undefined;
  /** Graph's error.details. */
  readonly details?: readonly unknown[] | undefined;
  /** The raw response body ('' when it was over the size limit). */
  readonly body: string;
  /**
   * Response headers (lower-case names): request-id, client-request-id, x-ms-ags-diagnostic, date, retry-after among
   * them.
   */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * On a 403, the permissions the operation documents, least privileged first, with the kinds of access each list
   * serves: `A or B (delegated work or school, application)`, one of a list is enough. Also in the message.
   */
  readonly permissions?: string | undefined;
  /**
   * Builds the error from a response (`headers` has lower-case names), or from what the runtime found wrong with it:
   * its own code and message.
   */
  constructor(
    status: number,
    statusText: string,
    headers: Readonly<Record<string, string>>,
    body: string,
    clientRequestId?: string,
    code?: string,
    message?: string,
    permissions?: string,
  );
}
