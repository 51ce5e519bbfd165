// The send loop: headers, credential, timeout/abort per attempt, manual redirects, throttling and network retries.
// What differs between APIs (base URL, query style, credentials, error body) comes from the profile's Dialect.
import { abortError, race, sleep } from './abort.js';
import { parseJson, RequestError } from './errors.js';
import { mergeHeaders, redact } from './headers.js';
import { G } from './platform.js';
import { retryDelay, retryPlan } from './retry.js';
/** Creates a client from a profile's dialect; options come from the package's user. */
export function createClientWith(info, o, d) {
  const baseUrl = d.baseUrl;
  const origin = new G.URL(baseUrl).origin;
  const agent = info.name + '/' + info.version;
  const send = async (req, call = {}) => {
    const plan = retryPlan(o.retry, call.retry);
    const timeoutMs = call.timeoutMs ?? o.timeoutMs ?? 6e4;
    const signal = call.signal;
    const h = {
      accept: 'application/json',
      'user-agent': agent,
      sdkversion: agent,
    };
    let body;
    if (req.body !== undefined) {
      const ct = (h['content-type'] = req.contentType ?? 'application/json');
      body = typeof req.body == 'string' && !/json/i.test(ct) ? req.body : JSON.stringify(req.body);
    }
    mergeHeaders(h, o.headers);
    mergeHeaders(h, d.headers ? d.headers(req) : req.headers);
    mergeHeaders(h, call.headers);
    // One id per call, kept across retries, so the service's support can follow the whole call.
    const id = (h['client-request-id'] ??= G.crypto.randomUUID());
    let url = baseUrl + d.target(req);
    let method = req.method;
    for (let attempt = 1, hops = 0; ;) {
      const hh = { ...h };
      if (attempt > 1) hh['retry-attempt'] = String(attempt - 1);
      // Credentials are for the base URL's origin; they must never reach another host (e.g. a download host).
      let sent = url;
      const plain = { ...hh };
      if (new G.URL(url).origin != origin) delete hh.authorization;
      else sent = await d.authorize(req, hh, url, signal);
      o.onRequest?.({
        method,
        url,
        headers: redact(hh, plain),
        attempt,
      });
      const t0 = Date.now();
      let res;
      let text = '';
      // One exchange under its own timeout and the caller's signal; the body is read before the timer stops.
      const ac = new G.AbortController();
      let why;
      const off = race(signal, timeoutMs, (w) => {
        why = w;
        ac.abort();
      });
      try {
        // A local, so a user's window.fetch is not called with `this` = options (Illegal invocation).
        const f = o.fetch ?? G.fetch;
        res = await f(sent, {
          method,
          headers: hh,
          body,
          redirect: 'manual',
          signal: ac.signal,
        });
        text = await res.text();
      } catch (e) {
        if (why == 'aborted') throw abortError(signal);
        if (why) throw new RequestError(why, `Request timed out after ${timeoutMs} ms (per-attempt timeoutMs)`, e);
        // Network failures are retried only where repeating cannot do a second, different thing.
        if (method == 'POST' || method == 'PATCH' || attempt > plan.max) {
          throw new RequestError('network', `Network error: ${e?.message}`, e);
        }
        res = undefined;
      } finally {
        off();
      }
      let retryAfter;
      if (res) {
        const status = res.status;
        const rh = {};
        res.headers.forEach((v, k) => (rh[k.toLowerCase()] = v));
        o.onResponse?.({
          method,
          url,
          attempt,
          status,
          headers: { ...rh },
          durationMs: Date.now() - t0,
        });
        if ([301, 302, 303, 307, 308].includes(status) && rh.location && hops < 5) {
          hops++;
          url = new G.URL(rh.location, url).href;
          if (status == 303 || (status < 303 && method == 'POST')) {
            method = 'GET';
            body = undefined;
            delete h['content-type'];
          }
          continue;
        }
        const meta = {
          status,
          headers: rh,
          requestId: rh['request-id'],
          clientRequestId: rh['client-request-id'] ?? id,
        };
        if (status > 199 && status < 300) {
          return status == 204 || !text
            ? {
                ...meta,
                hasContent: false,
                data: undefined,
              }
            : {
                ...meta,
                hasContent: true,
                data: /json/i.test(rh['content-type']) ? (parseJson(text) ?? text) : text,
              };
        }
        if (![429, 503, 504].includes(status) || attempt > plan.max)
          throw new d.error(status, res.statusText, rh, text, id);
        retryAfter = rh['retry-after'];
      }
      await sleep(retryDelay(plan, attempt, retryAfter), signal);
      attempt++;
    }
  };
  return {
    baseUrl,
    send,
  };
}
