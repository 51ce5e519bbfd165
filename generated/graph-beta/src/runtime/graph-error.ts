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

const str = (v: unknown): string | undefined => (typeof v == 'string' ? v : undefined);

/** A non-2xx HTTP answer (after retries and redirects). Branch on `code`, never on `message`. */
export class GraphError extends Error {
  /** HTTP status of the last answer. */
  declare readonly status: number;
  /** Graph's error.code; 'nonGraphErrorBody' when the body is empty, not JSON, or not Graph's error shape. */
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
  /** The raw response body. */
  declare readonly body: string;
  /** Response headers (lower-case names): request-id, client-request-id, x-ms-ags-diagnostic, date, retry-after among them. */
  declare readonly headers: Readonly<Record<string, string>>;

  /** Builds the error from a response; `headers` has lower-case names. */
  constructor(
    status: number,
    statusText: string,
    headers: Readonly<Record<string, string>>,
    body: string,
    clientRequestId?: string,
  ) {
    const j = parseJson(body) as { error?: GraphErrorBody } | undefined;
    const e = j && typeof j.error == 'object' && j.error ? j.error : {};
    const code = str(e.code);
    const msg = str(e.message);
    super(
      `HTTP ${status} ${code ?? statusText}` +
        (msg ? ': ' + msg : code ? '' : body ? ' (not a Graph error body)' : ' (empty body)'),
    );
    const inner = e.innerError ?? e.innererror;
    Object.assign(this, {
      name: 'GraphError',
      status,
      code: code ?? 'nonGraphErrorBody',
      requestId: headers['request-id'] ?? str(inner?.['request-id']),
      clientRequestId: headers['client-request-id'] ?? clientRequestId ?? str(inner?.['client-request-id']),
      date: str(inner?.date) ?? headers.date,
      innerError: inner,
      target: str(e.target),
      details: Array.isArray(e.details) ? e.details : undefined,
      body,
      headers,
    });
  }
}
