// Credentials and national clouds: the scope follows the resolved base URL's origin; TokenCredential tokens are cached.
import {
  createGraphClient,
  type AbortSignalLike,
  type ClientOptions,
  type Cloud,
  type FetchInit,
  type TokenCredentialLike,
} from '../../templates/runtime/index.js';

const info = { name: '@graph-intune/beta', version: '0.1.0', baseUrl: 'https://graph.microsoft.com/beta' };

/** A fetch that records calls and answers 204; no network. */
function fakeFetch(): jest.Mock<Promise<Response>, [string, FetchInit]> {
  return jest.fn(async (_url: string, _init: FetchInit) => new Response(null, { status: 204 }));
}

/** A TokenCredential double whose tokens expire after lifetimeMs. */
function credential(lifetimeMs: number): TokenCredentialLike & { getToken: jest.Mock } {
  let n = 0;
  return {
    getToken: jest.fn(async () => ({ token: `tok-${++n}`, expiresOnTimestamp: Date.now() + lifetimeMs })),
  };
}

describe('clouds', () => {
  it.each<[Cloud | undefined, string, string]>([
    [undefined, 'https://graph.microsoft.com/beta', 'https://graph.microsoft.com/.default'],
    ['global', 'https://graph.microsoft.com/beta', 'https://graph.microsoft.com/.default'],
    ['usGovL4', 'https://graph.microsoft.us/beta', 'https://graph.microsoft.us/.default'],
    ['usGovL5', 'https://dod-graph.microsoft.us/beta', 'https://dod-graph.microsoft.us/.default'],
    ['china', 'https://microsoftgraph.chinacloudapi.cn/beta', 'https://microsoftgraph.chinacloudapi.cn/.default'],
  ])('cloud %p sends to %s with scope %s', async (cloud, baseUrl, scope) => {
    const fetch = fakeFetch();
    const cred = credential(3_600_000);
    const c = createGraphClient(info, { cloud, fetch, credential: cred });
    expect(c.baseUrl).toBe(baseUrl);
    await c.send({ method: 'GET', path: '/deviceManagement' });
    expect(cred.getToken).toHaveBeenCalledWith([scope], expect.anything());
    expect(fetch.mock.calls[0][0]).toBe(`${baseUrl}/deviceManagement`);
    expect(fetch.mock.calls[0][1].headers.authorization).toBe('Bearer tok-1');
  });

  it('keeps the package path (/v1.0) on another cloud, and baseUrl wins over cloud', async () => {
    expect(
      createGraphClient({ ...info, baseUrl: 'https://graph.microsoft.com/v1.0' }, { cloud: 'china' }).baseUrl,
    ).toBe('https://microsoftgraph.chinacloudapi.cn/v1.0');
    const fetch = fakeFetch();
    const scopes: string[][] = [];
    const c = createGraphClient(info, {
      cloud: 'usGovL4',
      baseUrl: 'https://graph.example.test/beta/',
      fetch,
      credential: async (s) => (scopes.push(s), 't'),
    });
    expect(c.baseUrl).toBe('https://graph.example.test/beta');
    await c.send({ method: 'GET', path: '/x' });
    expect(scopes).toEqual([['https://graph.example.test/.default']]);
  });
});

describe('credentials', () => {
  it('caches a TokenCredential token until shortly before it expires', async () => {
    const fetch = fakeFetch();
    const cred = credential(3_600_000);
    const c = createGraphClient(info, { fetch, credential: cred });
    await c.send({ method: 'GET', path: '/a' });
    await c.send({ method: 'GET', path: '/b' });
    expect(cred.getToken).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls.map((call) => call[1].headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1']);
  });

  it('asks again when the cached token is about to expire', async () => {
    const fetch = fakeFetch();
    const cred = credential(30_000);
    const c = createGraphClient(info, { fetch, credential: cred });
    await c.send({ method: 'GET', path: '/a' });
    await c.send({ method: 'GET', path: '/b' });
    expect(cred.getToken).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls.map((call) => call[1].headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('passes the caller signal to getToken as abortSignal, and asks for a CAE-capable token', async () => {
    const cred = credential(3_600_000);
    const ac = new AbortController();
    await createGraphClient(info, { fetch: fakeFetch(), credential: cred }).send(
      { method: 'GET', path: '/a' },
      { signal: ac.signal },
    );
    const options = cred.getToken.mock.calls[0][1];
    expect(options.abortSignal).toBe(ac.signal);
    expect(options.enableCae).toBe(true);
    expect(options.claims).toBeUndefined();
  });

  it('rejects when a TokenCredential returns null, sending nothing', async () => {
    const fetch = fakeFetch();
    const c = createGraphClient(info, { fetch, credential: { getToken: async () => null } });
    await expect(c.send({ method: 'GET', path: '/a' })).rejects.toThrow(/no token/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('calls a function credential with the scopes and the signal, every call', async () => {
    const fetch = fakeFetch();
    const calls: [string[], AbortSignalLike | undefined][] = [];
    const c = createGraphClient(info, {
      fetch,
      credential: async (scopes, signal) => (calls.push([scopes, signal]), `fn-${calls.length}`),
    });
    const ac = new AbortController();
    await c.send({ method: 'GET', path: '/a' }, { signal: ac.signal });
    await c.send({ method: 'GET', path: '/b' });
    expect(calls).toEqual([
      [['https://graph.microsoft.com/.default'], ac.signal],
      [['https://graph.microsoft.com/.default'], undefined],
    ]);
    expect(fetch.mock.calls.map((call) => call[1].headers.authorization)).toEqual(['Bearer fn-1', 'Bearer fn-2']);
  });

  it('sends no Authorization without a credential', async () => {
    const fetch = fakeFetch();
    await createGraphClient(info, { fetch }).send({ method: 'GET', path: '/a' });
    expect(fetch.mock.calls[0][1].headers.authorization).toBeUndefined();
  });
});

describe('types', () => {
  it('accepts the platform fetch, AbortSignal and a structural TokenCredential without casts', () => {
    // Compile-time checks (npm run typecheck); the runtime part only proves the options are usable.
    const options: ClientOptions = {
      fetch: globalThis.fetch,
      credential: {
        getToken: async (_scopes: string | string[], _options?: { abortSignal?: AbortSignalLike }) => null,
      },
    };
    const c = createGraphClient(info, options);
    const check = async (): Promise<string> => {
      const r = await c.send<{ id: string }>({ method: 'GET', path: '/a' }, { signal: new AbortController().signal });
      // @ts-expect-error data may be undefined until hasContent is checked
      void r.data.id;
      return r.hasContent ? r.data.id : 'none';
    };
    expect(typeof check).toBe('function');
  });
});
