// What the runtime must never do, against a real server on 127.0.0.1: send a create twice, return data of the wrong
// type, carry secrets to another origin, ignore a claims challenge, or read an unbounded body.
import {
  createGraphClient,
  GraphError,
  GraphRequestError,
  type ClientOptions,
  type Cloud,
  type GraphClient,
  type TokenCredentialLike,
} from '../../templates/runtime/index.js';
import { gzipBomb, json, reset, startServer, text, type ScriptedServer } from './server.js';

const info = { name: '@graph-intune/beta', version: '0.1.0', baseUrl: 'https://graph.microsoft.com/beta' };
const TOKEN = 'SECRET-TOKEN-77c1';

let srv: ScriptedServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
beforeEach(async () => {
  // A request an earlier test aborted may reach the server late: let it take that test's answers, not this one's.
  await new Promise((resolve) => setTimeout(resolve, 30));
  srv.seen.length = 0;
  srv.script();
});

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

/** A TokenCredential double: tokens tok-1, tok-2, … valid for an hour, each after `delayMs`. */
function credential(delayMs = 0): TokenCredentialLike & { getToken: jest.Mock } {
  let n = 0;
  return {
    getToken: jest.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return { token: `tok-${++n}`, expiresOnTimestamp: Date.now() + 3_600_000 };
    }),
  };
}

describe('retries never send a create twice', () => {
  it.each(['POST', 'PATCH'] as const)('%s after a 504 is sent once', async (method) => {
    srv.script(text(504), json(201, { id: 'second' }));
    const e = (await rejection(client().send({ method, path: '/things', body: { a: 1 } }))) as GraphError;
    expect(e).toBeInstanceOf(GraphError);
    expect(e.status).toBe(504);
    expect(srv.seen).toHaveLength(1);
  });

  it.each(['POST', 'PATCH'] as const)('%s after a connection reset is sent once', async (method) => {
    srv.script(reset, json(201, { id: 'second' }));
    const e = (await rejection(client().send({ method, path: '/things', body: { a: 1 } }))) as GraphRequestError;
    expect(e.reason).toBe('network');
    expect(srv.seen).toHaveLength(1);
  });

  it.each(['POST', 'PATCH'] as const)('%s after a 429 is sent again, body and all', async (method) => {
    srv.script(text(429, '', { 'retry-after': '0' }), json(201, { id: 'created' }));
    const r = await client().send({ method, path: '/things', body: { a: 1 } });
    expect(r.data).toEqual({ id: 'created' });
    expect(srv.seen.map((s) => [s.method, s.body])).toEqual([
      [method, '{"a":1}'],
      [method, '{"a":1}'],
    ]);
  });

  it('POST after a 503 is sent again only when the service says when (Retry-After)', async () => {
    srv.script(text(503, '', { 'retry-after': '0' }), json(201, {}), text(503), json(201, {}));
    expect((await client().send({ method: 'POST', path: '/a', body: {} })).status).toBe(201);
    expect(((await rejection(client().send({ method: 'POST', path: '/b', body: {} }))) as GraphError).status).toBe(503);
    expect(srv.seen.map((s) => s.url)).toEqual(['/beta/a', '/beta/a', '/beta/b']);
  });

  it('idempotent methods still retry a 504', async () => {
    srv.script(text(504), text(504), json(200, { ok: 1 }));
    const r = await client().send({ method: 'PUT', path: '/x', body: { a: 1 } });
    expect(r.data).toEqual({ ok: 1 });
    expect(srv.seen).toHaveLength(3);
  });
});

describe('results are what their types say', () => {
  it('a JSON null body is null, not the string "null"', async () => {
    srv.script(json(200, null));
    const r = await client().send({ method: 'GET', path: '/x' });
    expect(r).toMatchObject({ hasContent: true, data: null });
  });

  it('an HTML page from a proxy on a 200 is a GraphError invalidResponseBody keeping the raw text', async () => {
    const page = '<html><body>Sign in to the proxy</body></html>';
    srv.script((res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
    const e = (await rejection(client().send({ method: 'GET', path: '/x' }))) as GraphError;
    expect(e).toBeInstanceOf(GraphError);
    expect(e.status).toBe(200);
    expect(e.code).toBe('invalidResponseBody');
    expect(e.message).toBe('HTTP 200 invalidResponseBody: not JSON (text/html)');
    expect(e.body).toBe(page);
  });

  it('a 200 whose JSON does not parse is a GraphError invalidResponseBody', async () => {
    srv.script((res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "a1", '));
    const e = (await rejection(client().send({ method: 'GET', path: '/x' }))) as GraphError;
    expect(e.code).toBe('invalidResponseBody');
    expect(e.body).toBe('{"id": "a1", ');
  });

  it('where the operation documents text (accept), JSON is still parsed and other text returned as it is', async () => {
    srv.script(json(200, { a: 1 }), text(200, 'a,b'));
    const c = client();
    expect((await c.send({ method: 'GET', path: '/x', accept: 'text/csv' })).data).toEqual({ a: 1 });
    expect((await c.send({ method: 'GET', path: '/x', accept: 'text/csv' })).data).toBe('a,b');
  });
});

describe('redirects carry nothing secret to another origin', () => {
  // 127.0.0.1 and localhost are the same server but two origins.
  const elsewhere = () => `http://localhost:${srv.port}`;
  const secrets = { 'X-Api-Key': 'key-123', Cookie: 'session=abc', 'X-Custom': 'mine' };

  it('a cross-origin redirect drops the token, cookies, API keys and custom headers', async () => {
    srv.script(text(302, '', { location: `${elsewhere()}/blob` }), json(200, { ok: 1 }));
    const r = await client({ credential: async () => TOKEN, headers: secrets }).send({ method: 'GET', path: '/x' });
    expect(r.data).toEqual({ ok: 1 });
    const [first, second] = srv.seen;
    expect([first.headers.authorization, first.headers['x-api-key'], first.headers.cookie]).toEqual([
      `Bearer ${TOKEN}`,
      'key-123',
      'session=abc',
    ]);
    expect(second.headers.host).toBe(`localhost:${srv.port}`);
    for (const name of ['authorization', 'x-api-key', 'cookie', 'x-custom'])
      expect(second.headers[name]).toBeUndefined();
    expect(second.headers['client-request-id']).toBe(first.headers['client-request-id']);
    expect(second.headers.accept).toBe('application/json');
  });

  it('headers the caller allows (crossOriginHeaders) go along; the token never does', async () => {
    srv.script(text(307, '', { location: `${elsewhere()}/blob` }), json(200, {}));
    await client({ credential: async () => TOKEN, headers: secrets, crossOriginHeaders: ['x-api-key'] }).send({
      method: 'GET',
      path: '/x',
    });
    expect(srv.seen[1].headers['x-api-key']).toBe('key-123');
    expect(srv.seen[1].headers.cookie).toBeUndefined();
    expect(srv.seen[1].headers.authorization).toBeUndefined();
  });

  it('a redirect to a data: URL is not followed: the 302 is the error', async () => {
    srv.script(text(302, '', { location: 'data:application/json,{"id":"forged"}' }));
    const e = (await rejection(client().send({ method: 'GET', path: '/x' }))) as GraphError;
    expect(e).toBeInstanceOf(GraphError);
    expect(e.status).toBe(302);
    expect(e.headers.location).toMatch(/^data:/);
    expect(srv.seen).toHaveLength(1);
  });

  it('a 307/308 that would carry the body to another origin is not followed', async () => {
    srv.script(text(308, '', { location: `${elsewhere()}/upload` }), json(200, {}));
    const e = (await rejection(client().send({ method: 'PATCH', path: '/x', body: { secret: 1 } }))) as GraphError;
    expect(e.status).toBe(308);
    expect(srv.seen).toHaveLength(1);
  });

  it('a 303 to another origin is followed as a GET without the body', async () => {
    srv.script(text(303, '', { location: `${elsewhere()}/result` }), json(200, { done: true }));
    const r = await client().send({ method: 'POST', path: '/x', body: { secret: 1 } });
    expect(r.data).toEqual({ done: true });
    expect([srv.seen[1].method, srv.seen[1].body, srv.seen[1].headers['content-type']]).toEqual(['GET', '', undefined]);
  });

  it('an absolute URL (a nextLink) is used as given; on another origin it gets no token', async () => {
    srv.script(json(200, {}), json(200, {}));
    const c = client({ credential: async () => TOKEN });
    await c.send({ method: 'GET', path: `${srv.origin}/beta/things?$skiptoken=a%2Cb` });
    await c.send({ method: 'GET', path: `${elsewhere()}/beta/things?$skiptoken=c` });
    expect(srv.seen.map((s) => [s.url, s.headers.authorization])).toEqual([
      ['/beta/things?$skiptoken=a%2Cb', `Bearer ${TOKEN}`],
      ['/beta/things?$skiptoken=c', undefined],
    ]);
  });
});

describe('credentials', () => {
  // {"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}, base64, as Graph sends it.
  const claims = '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}';
  const challenge = {
    'www-authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="${Buffer.from(claims).toString('base64')}"`,
  };
  const unauthorized = (headers: Record<string, string> = {}) =>
    json(401, { error: { code: 'InvalidAuthenticationToken', message: 'Continuous access evaluation' } }, headers);

  it('a claims challenge asks the credential for a token with those claims and replays the request once', async () => {
    srv.script(unauthorized(challenge), json(200, { ok: 1 }));
    const cred = credential();
    const r = await client({ credential: cred }).send({ method: 'POST', path: '/x', body: { a: 1 } });
    expect(r.data).toEqual({ ok: 1 });
    expect(cred.getToken).toHaveBeenCalledTimes(2);
    expect(cred.getToken.mock.calls[1][1]).toMatchObject({ claims, enableCae: true });
    expect(srv.seen.map((s) => [s.method, s.body, s.headers.authorization])).toEqual([
      ['POST', '{"a":1}', 'Bearer tok-1'],
      ['POST', '{"a":1}', 'Bearer tok-2'],
    ]);
  });

  it('a second challenge is not replayed: the 401 is the error', async () => {
    srv.script(unauthorized(challenge), unauthorized(challenge), json(200, {}));
    const e = (await rejection(client({ credential: credential() }).send({ method: 'GET', path: '/x' }))) as GraphError;
    expect(e.status).toBe(401);
    expect(srv.seen).toHaveLength(2);
  });

  it('a function credential gets the claims as its third argument', async () => {
    srv.script(unauthorized(challenge), json(200, {}));
    const asked: (string | undefined)[] = [];
    await client({ credential: async (_scopes, _signal, claimsAsked) => (asked.push(claimsAsked), TOKEN) }).send({
      method: 'GET',
      path: '/x',
    });
    expect(asked).toEqual([undefined, claims]);
  });

  it('any 401 drops the cached token: the next call asks the credential again', async () => {
    srv.script(json(200, {}), unauthorized(), json(200, {}));
    const cred = credential();
    const c = client({ credential: cred });
    await c.send({ method: 'GET', path: '/a' });
    expect(((await rejection(c.send({ method: 'GET', path: '/b' }))) as GraphError).status).toBe(401);
    await c.send({ method: 'GET', path: '/c' });
    expect(srv.seen.map((s) => s.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
    expect(cred.getToken).toHaveBeenCalledTimes(2);
  });

  it('ten concurrent calls share one token request', async () => {
    srv.script(...Array.from({ length: 10 }, () => json(200, {})));
    const cred = credential(30);
    const c = client({ credential: cred });
    await Promise.all(Array.from({ length: 10 }, (_, i) => c.send({ method: 'GET', path: `/x${i}` })));
    expect(cred.getToken).toHaveBeenCalledTimes(1);
    expect(new Set(srv.seen.map((s) => s.headers.authorization))).toEqual(new Set(['Bearer tok-1']));
  });

  it('ten concurrent calls share one call of a token function too', async () => {
    srv.script(...Array.from({ length: 10 }, () => json(200, {})));
    const tokenFunction = jest.fn(async () => (await new Promise((resolve) => setTimeout(resolve, 30)), TOKEN));
    const c = client({ credential: tokenFunction });
    await Promise.all(Array.from({ length: 10 }, (_, i) => c.send({ method: 'GET', path: `/x${i}` })));
    expect(tokenFunction).toHaveBeenCalledTimes(1);
  });

  it('when the call that started the token request aborts, the others ask again and go on', async () => {
    srv.script(json(200, { ok: 1 }));
    let n = 0;
    const cred: TokenCredentialLike = {
      getToken: (_scopes, options) =>
        new Promise((resolve, reject) => {
          const token = { token: `tok-${++n}`, expiresOnTimestamp: Date.now() + 3_600_000 };
          const timer = setTimeout(() => resolve(token), 50);
          options?.abortSignal?.addEventListener('abort', () => (clearTimeout(timer), reject(new Error('aborted'))));
        }),
    };
    const c = client({ credential: cred });
    const ac = new AbortController();
    const first = rejection(c.send({ method: 'GET', path: '/a' }, { signal: ac.signal }));
    const second = c.send({ method: 'GET', path: '/b' });
    setTimeout(() => ac.abort(), 10);
    expect(((await first) as GraphRequestError).reason).toBe('aborted');
    expect((await second).data).toEqual({ ok: 1 });
    expect(srv.seen.map((s) => [s.url, s.headers.authorization])).toEqual([['/beta/b', 'Bearer tok-2']]);
  });
});

describe('response size', () => {
  it('a 300 KB gzip bomb (300 MB of zeros) stops at the default limit, 64 MiB after decompression', async () => {
    srv.script(gzipBomb(300));
    const e = (await rejection(client().send({ method: 'GET', path: '/x' }))) as GraphError;
    expect(e).toBeInstanceOf(GraphError);
    expect(e.status).toBe(200);
    expect(e.code).toBe('responseTooLarge');
    expect(e.message).toBe('HTTP 200 responseTooLarge: body over maxResponseBytes (67108864)');
    expect(e.body).toBe('');
  }, 20_000);

  it('maxResponseBytes per call; the stream is read no further than the limit', async () => {
    // 100,000 MB if it were read to the end: only stopping at the limit can finish in time.
    srv.script(gzipBomb(100_000), json(200, { small: true }));
    const c = client({ maxResponseBytes: 0 });
    const e = (await rejection(c.send({ method: 'GET', path: '/x' }, { maxResponseBytes: 1_000_000 }))) as GraphError;
    expect(e.code).toBe('responseTooLarge');
    expect((await c.send({ method: 'GET', path: '/y' })).data).toEqual({ small: true });
  }, 20_000);
});

describe('options', () => {
  it('an unknown cloud names the option and the clouds there are', () => {
    expect(() => createGraphClient(info, { cloud: 'usgov' as Cloud })).toThrow(
      new TypeError("Unknown cloud 'usgov': use one of global, usGovL4, usGovL5, china"),
    );
    expect(() => createGraphClient(info, { cloud: 'toString' as Cloud })).toThrow(/Unknown cloud 'toString'/);
  });
});
