// Microsoft Graph's error body, read into a typed Error.
import { parseJson } from './errors.js';
const asString = (value) => (typeof value == 'string' ? value : undefined);
/**
 * An HTTP answer the call cannot return as data: a non-2xx status (after retries and redirects), or, with a code of
 * the runtime's own, a 2xx body that is not what the operation documents, or a body over the size limit. Branch on
 * `code`, never on `message`.
 */
export class GraphError extends Error {
  /**
   * Builds the error from a response (`headers` has lower-case names), or from what the runtime found wrong with it:
   * its own code and message.
   */
  constructor(status, statusText, headers, body, clientRequestId, code, message, permissions) {
    const parsed = code ? undefined : parseJson(body);
    const error = (typeof parsed?.error == 'object' && parsed.error) || {
      code,
      message,
    };
    const errorCode = asString(error.code);
    const errorMessage = asString(error.message);
    // A 403 most often means the app lacks a permission: say which ones the operation documents.
    permissions = status == 403 ? permissions : undefined;
    super(
      `HTTP ${status} ${errorCode ?? statusText}` +
        (errorMessage ? ': ' + errorMessage : errorCode ? '' : body ? ' (not a Graph error body)' : ' (empty body)') +
        (permissions ? ` (the operation documents: ${permissions})` : ''),
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
