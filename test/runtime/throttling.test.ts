// Throttling shared by the calls of one client, against a real server on 127.0.0.1: a shared wait after a
// Retry-After, a cap on requests in flight, the time budget of a call, and the onThrottle hook.
import {
  createGraphClient,
  GraphError,
  GraphRequestError,
  type ClientOptions,
  type GraphClient,
  type ThrottleEvent,
} from '../../templates/runtime/index.js';
import { json, startServer, text, type ScriptedServer, type Step } from './server.js';

const info = { name: '@graph-intune/beta', version: '0.1.0', baseUrl: 'https://graph.microsoft.com/beta' };

let srv: ScriptedServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
// Aborted after each test, so that a failing test's pending waits do not keep Jest alive.
let cleanup: AbortController;
beforeEach(async () => {
  // A request an earlier test aborted may reach the server late: let it take that test's answers, not this one's.
  await new Promise((resolve) => setTimeout(resolve, 30));
  srv.seen.length = 0;
  srv.script();
  cleanup = new AbortController();
});
afterEach(() => cleanup.abort());

const client = (options: ClientOptions = {}): GraphClient =>
  createGraphClient(info, { baseUrl: srv.origin + '/beta', retry: { baseDelayMs: 1 }, ...options });

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

/** A step that records when the request arrived, then answers with `then`. */
const stamped =
  (arrivals: Map<string, number>, then: Step): Step =>
  (res, seen, req) => {
    arrivals.set(seen.url, Date.now());
    then(res, seen, req);
  };

describe('a Retry-After makes every call of the client wait', () => {
  it('calls started while one call is told to wait send only after the wait', async () => {
    const arrivals = new Map<string, number>();
    let throttledAt = 0;
    srv.script(
      text(429, '', { 'retry-after': '1' }),
      ...Array.from({ length: 3 }, () => stamped(arrivals, json(200, {}))),
    );
    const c = client({ onThrottle: () => (throttledAt = Date.now()) });
    const first = c.send({ method: 'GET', path: '/first' }, { signal: cleanup.signal });
    // The others start once the first is throttled: without a shared wait they would go out at once.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => throttledAt && (clearInterval(poll), resolve()), 5);
      cleanup.signal.addEventListener('abort', () => clearInterval(poll));
    });
    await Promise.all([first, c.send({ method: 'GET', path: '/second' }), c.send({ method: 'GET', path: '/third' })]);
    expect(srv.seen).toHaveLength(4);
    // Lower bounds only: a slow machine makes them later, never earlier.
    for (const url of ['/beta/second', '/beta/third'])
      expect(arrivals.get(url)! - throttledAt).toBeGreaterThanOrEqual(950);
  }, 10_000);

  it('another client is not held up', async () => {
    const arrivals = new Map<string, number>();
    let throttledAt = 0;
    srv.script(text(429, '', { 'retry-after': '1' }), stamped(arrivals, json(200, {})), json(200, {}));
    const first = client({ onThrottle: () => (throttledAt = Date.now()) }).send({ method: 'GET', path: '/first' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await client().send({ method: 'GET', path: '/other' });
    expect(arrivals.get('/beta/other')! - throttledAt).toBeLessThan(950);
    await first;
  }, 10_000);
});

describe('maxConcurrency', () => {
  it('never has more requests in flight than allowed, and every call completes', async () => {
    let inFlight = 0;
    let most = 0;
    const slow: Step = (res) => {
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        json(200, { ok: 1 })(res, undefined as never, undefined as never);
      }, 40);
    };
    srv.script(...Array.from({ length: 8 }, () => slow));
    const c = client({ maxConcurrency: 2 });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => c.send({ method: 'GET', path: `/x${i}` })));
    expect(results.map((r) => r.data)).toEqual(Array(8).fill({ ok: 1 }));
    expect(most).toBe(2);
  }, 10_000);

  it('a call aborted while queued leaves the queue without taking a slot', async () => {
    srv.script(srv.later(100, json(200, {})), json(200, {}));
    const c = client({ maxConcurrency: 1 });
    const ac = new AbortController();
    const first = c.send({ method: 'GET', path: '/a' });
    const queued = rejection(c.send({ method: 'GET', path: '/b' }, { signal: ac.signal }));
    ac.abort();
    expect(((await queued) as GraphRequestError).reason).toBe('aborted');
    await first;
    await c.send({ method: 'GET', path: '/c' });
    expect(srv.seen.map((s) => s.url)).toEqual(['/beta/a', '/beta/c']);
  }, 5_000);
});

describe('totalTimeoutMs', () => {
  it('ends a slow call when the budget runs out, with reason timeout', async () => {
    srv.script(srv.later(3_000, json(200, {})));
    const e = (await rejection(
      client({ totalTimeoutMs: 100 }).send({ method: 'GET', path: '/x' }),
    )) as GraphRequestError;
    expect(e).toBeInstanceOf(GraphRequestError);
    expect(e.reason).toBe('timeout');
    expect(e.message).toMatch(/time budget/);
  }, 5_000);

  it('covers the retries: 503s with Retry-After end when the budget does', async () => {
    const again = text(503, '', { 'retry-after': '0.1' });
    srv.script(again, again, again, again, again, again, again, again);
    const c = client({ retry: { maxRetries: 10 } });
    const e = (await rejection(c.send({ method: 'GET', path: '/x' }, { totalTimeoutMs: 350 }))) as Error;
    // Either the budget ran out during a wait or an attempt, or the next wait would have passed it.
    expect(String(e instanceof GraphRequestError ? e.reason : (e as GraphError).status)).toMatch(/^(timeout|503)$/);
    expect(srv.seen.length).toBeGreaterThan(1);
    expect(srv.seen.length).toBeLessThan(8);
  }, 5_000);

  it('a wait that would pass the budget is not begun: the 429 is the answer at once', async () => {
    // Every answer is that 429, so a late request of an earlier test cannot change what this call gets.
    const throttled = text(429, '', { 'retry-after': '30' });
    srv.script(throttled, throttled, throttled);
    const e = (await rejection(client({ totalTimeoutMs: 2_000 }).send({ method: 'GET', path: '/fast' }))) as GraphError;
    expect(e).toBeInstanceOf(GraphError);
    expect(e.status).toBe(429);
    expect(srv.seen.filter((s) => s.url == '/beta/fast')).toHaveLength(1);
  }, 1_500);
});

describe('onThrottle', () => {
  it('is told the status, the wait and the request, for each wait', async () => {
    srv.script(text(429, '', { 'retry-after': '0.05' }), text(503, '', { 'retry-after': '0' }), json(200, {}));
    const events: ThrottleEvent[] = [];
    await client({ onThrottle: (e) => events.push(e) }).send({ method: 'PATCH', path: '/x', body: {} });
    expect(events).toEqual([
      { method: 'PATCH', url: `${srv.origin}/beta/x`, attempt: 1, status: 429, waitMs: 50 },
      { method: 'PATCH', url: `${srv.origin}/beta/x`, attempt: 2, status: 503, waitMs: 0 },
    ]);
  });

  it('is not called when the call gives up', async () => {
    srv.script(text(504));
    const onThrottle = jest.fn();
    await rejection(client({ onThrottle }).send({ method: 'POST', path: '/x', body: {} }));
    expect(onThrottle).not.toHaveBeenCalled();
  });
});
