// The send loop against a real HTTP server: results, errors, throttling, network failures, timeouts, aborts, redirects.
import {
  createGraphClient,
  GraphError,
  GraphRequestError,
  type ClientOptions,
  type GraphClient,
  type RequestEvent,
  type ResponseEvent,
} from '../../templates/runtime/index.js';
import { json, reset, startServer, text, type ScriptedServer } from './server.js';

const info = { name: '@graph-intune/beta', version: '0.1.0', baseUrl: 'https://graph.microsoft.com/beta' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TOKEN = 'SECRET-TOKEN-4f2a9c';

let srv: ScriptedServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
// Aborted after each test, so a test that fails while a long retry wait is pending does not keep Jest alive.
let cleanup: AbortController;
beforeEach(async () => {
  // A request an earlier test aborted may reach the server late: let it take that test's answers, not this one's.
  await new Promise((resolve) => setTimeout(resolve, 30));
  srv.seen.length = 0;
  srv.script();
  cleanup = new AbortController();
});
afterEach(() => cleanup.abort());

/** A client on the scripted server, with tiny retry waits. */
const client = (options: ClientOptions = {}): GraphClient =>
  createGraphClient(info, { baseUrl: srv.origin + '/beta', retry: { baseDelayMs: 1 }, ...options });

/** Awaits a rejection and returns the error. */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('results', () => {
  it('200 with JSON is GraphContent with the parsed body and metadata', async () => {
    srv.script(json(200, { id: 'a1', status: 'ok' }, { 'request-id': 'req-1' }));
    const r = await client().send<{ id: string }>({ method: 'GET', path: '/things/a1' });
    expect(r.hasContent).toBe(true);
    expect(r.data).toEqual({ id: 'a1', status: 'ok' });
    expect(r.status).toBe(200);
    expect(r.requestId).toBe('req-1');
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.clientRequestId).toBe(srv.seen[0].headers['client-request-id']);
  });

  it('204 is GraphNoContent', async () => {
    srv.script(text(204));
    const r = await client().send({ method: 'PATCH', path: '/things/a1', body: { status: 'x' } });
    expect(r).toMatchObject({ hasContent: false, data: undefined, status: 204 });
  });

  it('200 with an empty body is GraphNoContent', async () => {
    srv.script(text(200));
    const r = await client().send({ method: 'POST', path: '/things/a1/sync' });
    expect(r).toMatchObject({ hasContent: false, data: undefined, status: 200 });
  });

  it('200 with a non-JSON body is GraphContent with the text, where the operation documents text', async () => {
    srv.script(text(200, 'plain words'));
    const r = await client().send({ method: 'GET', path: '/things/a1/$value', accept: 'text/plain' });
    expect(srv.seen[0].headers.accept).toBe('text/plain');
    expect(r).toMatchObject({ hasContent: true, data: 'plain words' });
  });
});

describe('requests', () => {
  it('sends Accept, User-Agent, SdkVersion, a UUID client-request-id, and JSON bodies with Content-Type', async () => {
    srv.script(json(200, {}), json(200, {}));
    const c = client();
    await c.send({ method: 'PATCH', path: '/things/a1', body: { at: new Date(0), n: 1 } });
    await c.send({ method: 'GET', path: '/things/a1' });
    const [patch, get] = srv.seen;
    expect(patch.method).toBe('PATCH');
    expect(patch.url).toBe('/beta/things/a1');
    expect(patch.headers.accept).toBe('application/json');
    expect(patch.headers['user-agent']).toBe('@graph-intune/beta/0.1.0');
    expect(patch.headers.sdkversion).toBe('@graph-intune/beta/0.1.0');
    expect(patch.headers['content-type']).toBe('application/json');
    expect(patch.body).toBe('{"at":"1970-01-01T00:00:00.000Z","n":1}');
    expect(patch.headers['client-request-id']).toMatch(UUID);
    expect(get.headers['client-request-id']).toMatch(UUID);
    expect(get.headers['client-request-id']).not.toBe(patch.headers['client-request-id']);
    expect(get.headers['content-type']).toBeUndefined();
  });

  it('sends a string body as is when the content type is not JSON', async () => {
    srv.script(text(204));
    await client().send({ method: 'PUT', path: '/x', body: 'a,b', contentType: 'text/csv' });
    expect(srv.seen[0].body).toBe('a,b');
    expect(srv.seen[0].headers['content-type']).toBe('text/csv');
  });

  it('builds the query: OData names kept, values encoded, arrays comma-joined, undefined left out', async () => {
    srv.script(json(200, {}));
    const urls: string[] = [];
    await client({ onRequest: (e) => urls.push(e.url) }).send({
      method: 'GET',
      path: '/things',
      query: {
        $select: ['id', 'display,Name'],
        $filter: "status eq 'a&b'",
        $top: 5,
        $count: true,
        since: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
        skipped: undefined,
      },
    });
    const query =
      "?$select=id,display%2CName&$filter=status%20eq%20'a%26b'&$top=5&$count=true&since=2026-01-02T03%3A04%3A05.000Z";
    expect(urls).toEqual([`${srv.origin}/beta/things${query}`]);
    // fetch's URL parser percent-encodes the quote on the way out; Graph reads both.
    expect(srv.seen[0].url).toBe('/beta/things' + query.replace(/'/g, '%27'));
  });

  it('keeps a query the spec wrote into the path, joining its own with &', async () => {
    srv.script(json(200, {}));
    const urls: string[] = [];
    await client({ onRequest: (e) => urls.push(e.url) }).send({
      method: 'GET',
      path: '/x?Action=List',
      query: { a: 1, skipped: undefined, b: 2 },
    });
    expect(urls).toEqual([`${srv.origin}/beta/x?Action=List&a=1&b=2`]);
    expect(srv.seen[0].url).toBe('/beta/x?Action=List&a=1&b=2');
  });

  it('merges headers: client defaults < operation < call; a caller-supplied client-request-id is kept', async () => {
    srv.script(json(200, {}));
    await client({ headers: { 'X-A': 'client', 'X-B': 'client', ConsistencyLevel: 'eventual' } }).send(
      { method: 'GET', path: '/x', headers: { 'x-b': 'operation', 'x-c': 'operation', 'x-d': undefined } },
      { headers: { 'X-C': 'call', 'client-request-id': 'my-id' } },
    );
    const h = srv.seen[0].headers;
    expect([h['x-a'], h['x-b'], h['x-c'], h['x-d'], h.consistencylevel]).toEqual([
      'client',
      'operation',
      'call',
      undefined,
      'eventual',
    ]);
    expect(h['client-request-id']).toBe('my-id');
  });

  it.each([
    ['client defaults', { headers: { 'x-a': 'a\r\nInjected: 1' } }, {}, {}],
    ['operation headers', {}, { 'x-a': 'a\nb' }, {}],
    ['call headers', {}, {}, { 'x-a': 'a\rb' }],
  ])('refuses CR/LF in %s with a TypeError before any request', async (_where, clientOpts, opHeaders, callHeaders) => {
    const fetch = jest.fn();
    const c = createGraphClient(info, { baseUrl: srv.origin, fetch, ...clientOpts });
    const e = await rejection(c.send({ method: 'GET', path: '/x', headers: opHeaders }, { headers: callHeaders }));
    expect(e).toBeInstanceOf(TypeError);
    expect(fetch).not.toHaveBeenCalled();
    expect(srv.seen).toHaveLength(0);
  });

  it('looks globalThis.fetch up at call time', async () => {
    const c = createGraphClient(info, { retry: false });
    const original = globalThis.fetch;
    const fake = jest.fn(async () => new Response(null, { status: 204 }));
    globalThis.fetch = fake as unknown as typeof fetch;
    try {
      await c.send({ method: 'DELETE', path: '/things/a1' });
    } finally {
      globalThis.fetch = original;
    }
    expect(fake).toHaveBeenCalledWith(
      'https://graph.microsoft.com/beta/things/a1',
      expect.objectContaining({ method: 'DELETE' }),
    );
  });
});

describe('errors', () => {
  it('a Graph error body becomes a GraphError with its fields', async () => {
    srv.script(
      json(
        404,
        {
          error: {
            code: 'ResourceNotFound',
            message: '{"_version":3,"Message":"An error has occurred"}',
            target: 'deviceConfigurationId',
            details: [{ code: 'x', message: 'y' }],
            innerError: { 'request-id': 'inner-req', date: '2026-11-25T10:00:00', 'client-request-id': 'inner-client' },
          },
        },
        { 'request-id': 'hdr-req', 'x-ms-ags-diagnostic': '{"ServerInfo":{}}', date: 'Wed, 25 Nov 2026 10:00:00 GMT' },
      ),
    );
    const e = (await rejection(client().send({ method: 'GET', path: '/things/missing' }))) as GraphError;
    expect(e).toBeInstanceOf(GraphError);
    expect(e).toBeInstanceOf(Error);
    expect(Object.getPrototypeOf(e)).toBe(GraphError.prototype);
    expect(e.name).toBe('GraphError');
    expect(e.status).toBe(404);
    expect(e.code).toBe('ResourceNotFound');
    expect(e.message).toContain('{"_version":3');
    expect(e.requestId).toBe('hdr-req');
    expect(e.clientRequestId).toBe(srv.seen[0].headers['client-request-id']);
    expect(e.date).toBe('2026-11-25T10:00:00');
    expect(e.target).toBe('deviceConfigurationId');
    expect(e.details).toEqual([{ code: 'x', message: 'y' }]);
    expect(e.innerError).toEqual({
      'request-id': 'inner-req',
      date: '2026-11-25T10:00:00',
      'client-request-id': 'inner-client',
    });
    expect(e.headers['x-ms-ags-diagnostic']).toBe('{"ServerInfo":{}}');
    expect(JSON.parse(e.body).error.code).toBe('ResourceNotFound');
    expect(e.stack).toContain('GraphError');
  });

  it('a non-JSON 500 still becomes a GraphError', async () => {
    srv.script(text(500, '<html>oops</html>'));
    const e = (await rejection(client().send({ method: 'POST', path: '/x', body: {} }))) as GraphError;
    expect(e).toBeInstanceOf(GraphError);
    expect(e.status).toBe(500);
    expect(e.code).toBe('nonGraphErrorBody');
    expect(e.body).toBe('<html>oops</html>');
    expect(e.message).toMatch(/^HTTP 500 .*not a Graph error body/);
  });
});

describe('throttling', () => {
  it('retries a 429 honouring a fractional Retry-After, with Retry-Attempt, the same body and client-request-id', async () => {
    // A huge base delay: if Retry-After were ignored, the backoff would outlast the test's timeout.
    srv.script(
      text(429, '', { 'retry-after': '0.01' }),
      text(429, '', { 'retry-after': '0.02' }),
      json(200, { ok: true }),
    );
    const r = await client({ retry: { baseDelayMs: 600_000 } }).send(
      { method: 'PATCH', path: '/x', body: { a: [1, 2], s: 'é' } },
      { signal: cleanup.signal },
    );
    expect(r.data).toEqual({ ok: true });
    expect(srv.seen).toHaveLength(3);
    expect(srv.seen.map((s) => s.headers['retry-attempt'])).toEqual([undefined, '1', '2']);
    expect(new Set(srv.seen.map((s) => s.body))).toEqual(new Set(['{"a":[1,2],"s":"é"}']));
    const ids = new Set(srv.seen.map((s) => s.headers['client-request-id']));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(UUID);
    expect(r.clientRequestId).toBe([...ids][0]);
  }, 10_000);

  it('retries a 503 honouring an HTTP-date Retry-After', async () => {
    const past = new Date(Date.now() - 60_000).toUTCString();
    srv.script(text(503, '', { 'retry-after': past }), text(204));
    const r = await client({ retry: { baseDelayMs: 600_000 } }).send(
      { method: 'GET', path: '/x' },
      { signal: cleanup.signal },
    );
    expect(r.status).toBe(204);
    expect(srv.seen).toHaveLength(2);
  }, 10_000);

  it('gives up after maxRetries with a GraphError carrying the last status', async () => {
    srv.script(text(503), text(429), json(504, { error: { code: 'gatewayTimeout', message: 'slow' } }), json(200, {}));
    const e = (await rejection(
      client({ retry: { maxRetries: 2, baseDelayMs: 1 } }).send({ method: 'GET', path: '/x' }),
    )) as GraphError;
    expect(e).toBeInstanceOf(GraphError);
    expect(e.status).toBe(504);
    expect(e.code).toBe('gatewayTimeout');
    expect(srv.seen).toHaveLength(3);
  });

  it('does not retry with retry: false (client or call), nor other statuses', async () => {
    srv.script(text(429), text(429), text(500));
    expect(((await rejection(client({ retry: false }).send({ method: 'GET', path: '/x' }))) as GraphError).status).toBe(
      429,
    );
    expect(
      ((await rejection(client().send({ method: 'GET', path: '/x' }, { retry: false }))) as GraphError).status,
    ).toBe(429);
    expect(((await rejection(client().send({ method: 'GET', path: '/x' }))) as GraphError).status).toBe(500);
    expect(srv.seen).toHaveLength(3);
  });

  it('an abort during a retry wait rejects at once with reason aborted', async () => {
    // Retry-After of an hour, capped at 8 s: beyond this test's timeout, so only the abort can end the wait in time.
    srv.script(text(429, '', { 'retry-after': '3600' }), json(200, {}));
    const ac = new AbortController();
    const c = client({ retry: { maxDelayMs: 8_000 }, onResponse: () => setTimeout(() => ac.abort(), 20) });
    const e = (await rejection(c.send({ method: 'GET', path: '/x' }, { signal: ac.signal }))) as GraphRequestError;
    expect(e).toBeInstanceOf(GraphRequestError);
    expect(e.reason).toBe('aborted');
    expect(e.message).toMatch(/AbortSignal/);
    expect(srv.seen).toHaveLength(1);
  }, 5_000);
});

describe('network failures, timeouts, aborts', () => {
  it('retries a connection reset for GET', async () => {
    srv.script(reset, json(200, { ok: 1 }));
    const r = await client().send({ method: 'GET', path: '/x' });
    expect(r.data).toEqual({ ok: 1 });
    expect(srv.seen).toHaveLength(2);
    expect(srv.seen[1].headers['retry-attempt']).toBe('1');
  });

  it.each(['PATCH', 'POST'] as const)('does not retry a connection reset for %s', async (method) => {
    srv.script(reset, json(200, {}));
    const e = (await rejection(client().send({ method, path: '/x', body: { a: 1 } }))) as GraphRequestError;
    expect(e).toBeInstanceOf(GraphRequestError);
    expect(e.reason).toBe('network');
    expect(e.cause).toBeDefined();
    expect(srv.seen).toHaveLength(1);
  });

  it('gives up on network failures after maxRetries', async () => {
    srv.script(reset, reset, reset);
    const e = (await rejection(
      client({ retry: { maxRetries: 1, baseDelayMs: 1 } }).send({ method: 'GET', path: '/x' }),
    )) as GraphRequestError;
    expect(e.reason).toBe('network');
    expect(srv.seen).toHaveLength(2);
  });

  it('a slow answer fails with reason timeout, and is not retried', async () => {
    srv.script(srv.later(3_000, json(200, {})), json(200, {}));
    const e = (await rejection(client({ timeoutMs: 50 }).send({ method: 'GET', path: '/x' }))) as GraphRequestError;
    expect(e).toBeInstanceOf(GraphRequestError);
    expect(e.reason).toBe('timeout');
    expect(e.message).toMatch(/timed out after 50 ms/);
    // At most once: on a busy machine the attempt may time out before the request reaches the server.
    expect(srv.seen.length).toBeLessThanOrEqual(1);
  }, 5_000);

  it('the per-call timeoutMs wins over the client one', async () => {
    srv.script(srv.later(3_000, json(200, {})));
    const e = (await rejection(
      client({ timeoutMs: 60_000 }).send({ method: 'GET', path: '/x' }, { timeoutMs: 30 }),
    )) as GraphRequestError;
    expect(e.reason).toBe('timeout');
  }, 5_000);

  it("the caller's abort during a request fails with reason aborted, not timeout", async () => {
    srv.script(srv.later(3_000, json(200, {})));
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('user gave up')), 30);
    const e = (await rejection(
      client({ timeoutMs: 60_000 }).send({ method: 'GET', path: '/x' }, { signal: ac.signal }),
    )) as GraphRequestError;
    expect(e.reason).toBe('aborted');
    expect((e.cause as Error).message).toBe('user gave up');
  }, 5_000);

  it('an already aborted signal sends nothing', async () => {
    const e = (await rejection(
      client().send({ method: 'GET', path: '/x' }, { signal: AbortSignal.abort() }),
    )) as GraphRequestError;
    expect(e.reason).toBe('aborted');
    expect(srv.seen).toHaveLength(0);
  });
});

describe('redirects', () => {
  const credential = async (): Promise<string> => TOKEN;

  it('drops Authorization when the host changes', async () => {
    srv.script(text(302, '', { location: `http://localhost:${srv.port}/download/blob` }), text(200, 'file'));
    const r = await client({ credential }).send({ method: 'GET', path: '/things/a1/content', accept: 'text/plain' });
    expect(r.data).toBe('file');
    expect(srv.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(srv.seen[1].headers.host).toBe(`localhost:${srv.port}`);
    expect(srv.seen[1].url).toBe('/download/blob');
    expect(srv.seen[1].headers.authorization).toBeUndefined();
  });

  it('drops a caller-supplied Authorization header too when the host changes', async () => {
    srv.script(text(307, '', { location: `http://localhost:${srv.port}/elsewhere` }), text(204));
    await client({ headers: { Authorization: `Bearer ${TOKEN}` } }).send({ method: 'GET', path: '/x' });
    expect(srv.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(srv.seen[1].headers.authorization).toBeUndefined();
  });

  it('keeps Authorization on a same-host redirect', async () => {
    srv.script(text(301, '', { location: '/beta/moved' }), json(200, { ok: 1 }));
    const r = await client({ credential }).send({ method: 'GET', path: '/x' });
    expect(r.data).toEqual({ ok: 1 });
    expect(srv.seen[1].url).toBe('/beta/moved');
    expect(srv.seen[1].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('303 turns into a GET without body; 307 keeps method and body', async () => {
    srv.script(
      text(303, '', { location: '/beta/see' }),
      text(204),
      text(307, '', { location: '/beta/again' }),
      text(204),
    );
    await client().send({ method: 'POST', path: '/a', body: { x: 1 } });
    await client().send({ method: 'POST', path: '/b', body: { y: 2 } });
    expect(srv.seen.map((s) => [s.method, s.url, s.body, s.headers['content-type']])).toEqual([
      ['POST', '/beta/a', '{"x":1}', 'application/json'],
      ['GET', '/beta/see', '', undefined],
      ['POST', '/beta/b', '{"y":2}', 'application/json'],
      ['POST', '/beta/again', '{"y":2}', 'application/json'],
    ]);
  });

  it('follows at most 5 redirects', async () => {
    const hop = text(302, '', { location: '/beta/loop' });
    srv.script(hop, hop, hop, hop, hop, hop, json(200, {}));
    const e = (await rejection(client().send({ method: 'GET', path: '/x' }))) as GraphError;
    expect(e.status).toBe(302);
    expect(srv.seen).toHaveLength(6);
  });
});

describe('secrets and hooks', () => {
  it('hooks see every attempt with Authorization redacted; the token is in no hook payload or error', async () => {
    srv.script(text(429, '', { 'retry-after': '0' }), json(403, { error: { code: 'Forbidden', message: 'no' } }));
    const requests: RequestEvent[] = [];
    const responses: ResponseEvent[] = [];
    const c = client({
      credential: async () => TOKEN,
      onRequest: (e) => requests.push(e),
      onResponse: (e) => responses.push(e),
    });
    const e = (await rejection(c.send({ method: 'GET', path: '/x' }))) as GraphError;
    expect(srv.seen.map((s) => s.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    expect(requests.map((r) => [r.method, r.url, r.attempt, r.headers.authorization])).toEqual([
      ['GET', `${srv.origin}/beta/x`, 1, 'REDACTED'],
      ['GET', `${srv.origin}/beta/x`, 2, 'REDACTED'],
    ]);
    expect(requests[1].headers['retry-attempt']).toBe('1');
    expect(responses.map((r) => [r.status, r.attempt])).toEqual([
      [429, 1],
      [403, 2],
    ]);
    expect(responses[0].durationMs).toBeGreaterThanOrEqual(0);
    const everything = JSON.stringify([requests, responses, e, e.message, e.stack, Object.entries(e)]);
    expect(everything).not.toContain(TOKEN);
  });

  it('the token is in no network or timeout error', async () => {
    srv.script(reset, srv.later(3_000, json(200, {})));
    const c = client({ credential: async () => TOKEN, retry: false, timeoutMs: 30 });
    const errors = [
      await rejection(c.send({ method: 'POST', path: '/x' })),
      await rejection(c.send({ method: 'GET', path: '/x' })),
    ];
    for (const e of errors as GraphRequestError[]) {
      expect(e).toBeInstanceOf(GraphRequestError);
      expect(JSON.stringify([e.message, e.stack, String(e.cause), Object.entries(e)])).not.toContain(TOKEN);
    }
  }, 5_000);
});
