// The send loop, through which every request of a client goes: its limiter, the credential, a timeout and the caller's
// abort per attempt, redirects, bodies read within a size limit, and retries that cannot do a second, different thing.
// What differs between APIs (base URL, query style, credentials, error body) comes from the profile's Dialect.
import { abortError, anyOf, sleep, timeout } from './abort.js';
import { readText } from './body.js';
import { parseJson, RequestError } from './errors.js';
import { keepCrossOrigin, mergeHeaders, redact } from './headers.js';
import { createLimiter } from './limiter.js';
import { G } from './platform.js';
import { nextHop, type Hop } from './redirect.js';
import { mayRetry, retryDelay, retryPlan } from './retry.js';
import type {
  AbortSignalLike,
  ApiClient,
  ApiResult,
  CommonOptions,
  OperationRequest,
  PackageInfo,
  RequestOptions,
  ResponseLike,
} from './types.js';

/** What a profile's own module tells the send loop. */
export interface Dialect {
  /** The resolved base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** The request's path with its query. */
  target(request: OperationRequest): string;
  /** The request's headers as text, when they need serializing. */
  headers?(request: OperationRequest): Record<string, string | undefined> | undefined;
  /**
   * Adds credentials to an attempt's headers (lower-case names), with the claims of a claims challenge when it
   * replays one; returns the URL, a query credential added.
   */
  authorize(
    request: OperationRequest,
    headers: Record<string, string>,
    url: string,
    signal: AbortSignalLike | undefined,
    claims: string | undefined,
  ): Promise<string>;
  /** After a 401 from the client's origin: forgets cached tokens; returns the claims of a claims challenge. */
  unauthorized?(headers: Record<string, string>): string | undefined;
  /**
   * The error of an answer the call cannot return; `headers` has lower-case names; `code` and `message` the runtime's
   * own.
   */
  error: new (
    status: number,
    statusText: string,
    headers: Record<string, string>,
    body: string,
    clientRequestId: string,
    code?: string,
    message?: string,
    /** The permissions the operation documents (see OperationRequest.permissions). */
    permissions?: string,
  ) => Error;
}

/** Creates a client from a profile's dialect; options come from the package's user. */
export function createClientWith(info: PackageInfo, options: CommonOptions, dialect: Dialect): ApiClient {
  const baseUrl = dialect.baseUrl;
  const origin = new G.URL(baseUrl).origin;
  const [acquire, pause] = createLimiter(options.maxConcurrency);
  const agent = info.name + '/' + info.version;

  const send = async <T>(request: OperationRequest, call: RequestOptions = {}): Promise<ApiResult<T>> => {
    const plan = retryPlan(options.retry, call.retry);
    const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 6e4;
    const maxResponseBytes = call.maxResponseBytes ?? options.maxResponseBytes ?? 2 ** 26;
    // The time budget of the whole call is a timeout signal beside the caller's: every wait and attempt honours both.
    const totalTimeoutMs = call.totalTimeoutMs ?? options.totalTimeoutMs;
    const deadline = Date.now() + (totalTimeoutMs || Infinity);
    // Without a budget, the caller's own signal goes on (to the credential too).
    const signal = totalTimeoutMs ? anyOf(timeout(totalTimeoutMs), call.signal) : call.signal;
    const headers: Record<string, string> = {
      accept: request.accept ?? 'application/json',
      'user-agent': agent,
      sdkversion: agent,
    };
    let body: string | undefined;
    if (request.body !== undefined) {
      const contentType = (headers['content-type'] = request.contentType ?? 'application/json');
      body =
        typeof request.body == 'string' && !/json/i.test(contentType) ? request.body : JSON.stringify(request.body);
    }
    mergeHeaders(headers, options.headers);
    mergeHeaders(
      headers,
      dialect.headers ? dialect.headers(request) : (request.headers as Record<string, string | undefined>),
    );
    mergeHeaders(headers, call.headers);
    // One id per call, kept across retries, so the service's support can follow the whole call.
    const clientRequestId = (headers['client-request-id'] ??= G.crypto.randomUUID());
    const base = /^https?:\/\//i.test(request.path) ? '' : baseUrl;
    let hop: Hop = { url: base + dialect.target(request), method: request.method, body };
    // Set by a claims challenge: the replay asks the credential for a token carrying them, once.
    let claims: string | undefined;
    let replayed = false;

    for (let attempt = 1, hops = 0; ;) {
      const { url, method } = hop;
      // What every hook is told about the attempt.
      const event = { method, url, attempt };
      const sent = { ...headers };
      if (attempt > 1) sent['retry-attempt'] = String(attempt - 1);
      // The token's audience is the client's origin: another one (a download host) gets only harmless headers.
      const foreign = new G.URL(url).origin != origin;
      if (foreign) keepCrossOrigin(sent, options.crossOriginHeaders);
      const release = await acquire(signal);
      const plain = { ...sent };
      let target = url;
      const startedAt = Date.now();
      let response: ResponseLike | undefined;
      let text: string | undefined;
      let failure: Error | undefined;
      try {
        if (!foreign) target = await dialect.authorize(request, sent, url, signal, claims);
        claims = undefined;
        options.onRequest?.({ ...event, headers: redact(sent, plain) });
        // The attempt's own timeout beside the call's signal; the body is read under both.
        const timer = timeout(timeoutMs);
        try {
          // A local, so a user's window.fetch is not called with `this` = options (Illegal invocation).
          const fetch = options.fetch ?? G.fetch;
          response = await fetch(target, {
            method,
            headers: sent,
            body: hop.body,
            redirect: 'manual',
            signal: anyOf(timer, signal),
          });
          text = await readText(response, maxResponseBytes);
        } catch (error) {
          if (signal?.aborted) throw abortError(signal);
          if (timer?.aborted)
            throw new RequestError('timeout', `Request timed out after ${timeoutMs} ms (timeoutMs)`, error);
          response = undefined;
          failure = new RequestError('network', `Network error: ${(error as Error)?.message}`, error);
        }
      } finally {
        release();
      }

      let status: number | undefined;
      let retryAfter: string | undefined;
      if (response) {
        status = response.status;
        const responseHeaders: Record<string, string> = {};
        response.headers.forEach((value, name) => (responseHeaders[name.toLowerCase()] = value));
        options.onResponse?.({ ...event, status, headers: { ...responseHeaders }, durationMs: Date.now() - startedAt });
        const error = (code?: string, message?: string) =>
          new dialect.error(
            status!,
            response!.statusText,
            responseHeaders,
            text ?? '',
            clientRequestId,
            code,
            message,
            request.permissions,
          );
        if (text == undefined) throw error('responseTooLarge', `body over maxResponseBytes (${maxResponseBytes})`);
        const next = nextHop(status, responseHeaders.location, hop, hops, origin);
        if (next) {
          if (next.body == undefined) delete headers['content-type'];
          hop = next;
          hops++;
          continue;
        }
        if (status > 199 && status < 300) {
          const hasContent = !!text && status != 204;
          // Parsed where the answer says it is JSON (or says nothing); JSON's null is data like any other value.
          const type = responseHeaders['content-type'] ?? '';
          let data = hasContent && /json|^$/i.test(type) ? parseJson(text) : undefined;
          if (hasContent && data === undefined) {
            if (!request.accept) throw error('invalidResponseBody', `not JSON (${type || 'no type'})`);
            data = text;
          }
          return {
            status,
            headers: responseHeaders,
            requestId: responseHeaders['request-id'],
            clientRequestId: responseHeaders['client-request-id'] ?? clientRequestId,
            hasContent,
            data,
          } as ApiResult<T>;
        }
        if (status == 401 && dialect.unauthorized && !foreign) {
          const challenged = dialect.unauthorized(responseHeaders);
          if (!replayed && (claims = challenged)) {
            replayed = true;
            continue;
          }
        }
        failure = error();
        retryAfter = responseHeaders['retry-after'];
      }

      const waitMs = retryDelay(plan, attempt, retryAfter);
      // Retry-After speaks to the client (app and tenant), not to one call: every call of the client waits with it.
      if (retryAfter && (status == 429 || status == 503)) pause(waitMs);
      // A wait that would outlast the budget is not begun: the answer now is more use than a timeout later.
      if (attempt > plan.max || !mayRetry(method, status, retryAfter) || Date.now() + waitMs > deadline) throw failure!;
      if (status) options.onThrottle?.({ ...event, status, waitMs });
      await sleep(waitMs, signal);
      attempt++;
    }
  };

  return { baseUrl, send, pause };
}
