// The error of a non-2xx answer, carrying the body the operation documents for it.
import { parseJson } from './errors.js';

/**
 * A non-2xx HTTP answer (after retries and redirects). `body` is the parsed JSON (the text when the answer is not
 * JSON, undefined when it is empty); each operation exports the union of the errors its document describes.
 */
export class ApiError<B = unknown, S extends number = number> extends Error {
  /** HTTP status of the last answer. */
  declare readonly status: S;
  /** HTTP reason phrase (may be empty under HTTP/2). */
  declare readonly statusText: string;
  /** The body, parsed when it is JSON. */
  declare readonly body: B;
  /** The raw response body. */
  declare readonly text: string;
  /** Response headers (lower-case names). */
  declare readonly headers: Readonly<Record<string, string>>;
  /** The client-request-id sent (or echoed). */
  declare readonly clientRequestId: string;
  /**
   * Set when the runtime refused a 2xx answer: 'invalidResponseBody' (not JSON where JSON is documented) or
   * 'responseTooLarge' (over maxResponseBytes; `text` is then empty).
   */
  declare readonly code?: string | undefined;

  /**
   * Builds the error from a response (`headers` has lower-case names), or from what the runtime found wrong with it.
   */
  constructor(
    status: number,
    statusText: string,
    headers: Readonly<Record<string, string>>,
    text: string,
    clientRequestId: string,
    code?: string,
    message?: string,
  ) {
    const body = !text ? undefined : /json/i.test(headers['content-type'] ?? '') ? (parseJson(text) ?? text) : text;
    const said = message ?? (body as { message?: unknown } | undefined)?.message;
    super(
      `HTTP ${status}${statusText ? ' ' + statusText : ''}${code ? ' ' + code : ''}${typeof said == 'string' ? ': ' + said : ''}`,
    );
    Object.assign(this, {
      name: 'ApiError',
      status,
      statusText,
      body,
      text,
      headers,
      clientRequestId,
      ...(code && { code }),
    });
  }
}
