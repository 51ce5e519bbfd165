// Microsoft Graph's error body, read into a typed Error.
import { parseJson } from './errors.js';

/** The Graph error body's `error` object. */
interface GraphErrorBody {
  code?: unknown;
  message?: unknown;
  target?: unknown;
  details?: unknown;
  innerError?: Record<string, unknown>;
  innererror?: Record<string, unknown>;
}

const asString = (value: unknown): string | undefined => (typeof value == 'string' ? value : undefined);

/**
 * An HTTP answer the call cannot return as data: a non-2xx status (after retries and redirects), or, with a code of
 * the runtime's own, a 2xx body that is not what the operation documents, or a body over the size limit. Branch on
 * `code`, never on `message`.
 */
export class GraphError extends Error {
  /** HTTP status of the last answer. */
  declare readonly status: number;
  /**
   * Graph's error.code; 'nonGraphErrorBody' when the body is empty, not JSON, or not Graph's error shape; or the
   * runtime's own: 'invalidResponseBody' (a 2xx body that is not JSON), 'responseTooLarge' (over maxResponseBytes).
   */
  declare readonly code: string;
  /** request-id (header or innerError). */
  declare readonly requestId: string | undefined;
  /** client-request-id (response header, else the one sent, else innerError's). */
  declare readonly clientRequestId: string | undefined;
  /** Server date (innerError.date or the Date header). */
  declare readonly date: string | undefined;
  /** Graph's error.innerError. */
  declare readonly innerError: Readonly<Record<string, unknown>> | undefined;
  /** Graph's error.target. */
  declare readonly target?: string | undefined;
  /** Graph's error.details. */
  declare readonly details?: readonly unknown[] | undefined;
  /** The raw response body ('' when it was over the size limit). */
  declare readonly body: string;
  /**
   * Response headers (lower-case names): request-id, client-request-id, x-ms-ags-diagnostic, date, retry-after among
   * them.
   */
  declare readonly headers: Readonly<Record<string, string>>;
  /**
   * On a 403, the permissions the operation documents, least privileged first, with the kinds of access each list
   * serves: `A or B (delegated work or school, application)`, one of a list is enough. Also in the message.
   */
  declare readonly permissions?: string | undefined;

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
  ) {
    // Any JSON whose `error` is not Graph's object reads as a body without code or message.
    const error: GraphErrorBody = (!code && (parseJson(body) as { error?: GraphErrorBody } | undefined)?.error) || {
      code,
      message,
    };
    const errorCode = asString(error.code);
    const errorMessage = asString(error.message);
    // A 403 most often means the app lacks a permission: say which ones the operation documents.
    if (status != 403) permissions = undefined;
    super(
      `HTTP ${status} ${errorCode ?? statusText}` +
        (errorMessage ? ': ' + errorMessage : errorCode ? '' : ` (${body ? 'not a Graph error' : 'empty'} body)`) +
        (permissions ? ` (permissions: ${permissions})` : ''),
    );
    const inner = error.innerError ?? error.innererror;
    Object.assign(this, {
      name: 'GraphError',
      status,
      code: errorCode ?? 'nonGraphErrorBody',
      requestId: headers['request-id'] ?? asString(inner?.['request-id']),
      clientRequestId: headers['client-request-id'] ?? clientRequestId ?? asString(inner?.['client-request-id']),
      date: asString(inner?.date) ?? headers.date,
      innerError: inner,
      target: asString(error.target),
      details: Array.isArray(error.details) ? error.details : undefined,
      body,
      headers,
      permissions,
    });
  }
}
