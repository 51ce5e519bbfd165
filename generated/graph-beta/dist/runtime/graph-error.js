// Microsoft Graph's error body, read into a typed Error.
import { parseJson } from './errors.js';
const str = (v) => (typeof v == 'string' ? v : undefined);
/** A non-2xx HTTP answer (after retries and redirects). Branch on `code`, never on `message`. */
export class GraphError extends Error {
  /** Builds the error from a response; `headers` has lower-case names. */
  constructor(status, statusText, headers, body, clientRequestId) {
    const j = parseJson(body);
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
