// Paging against real HTTP servers on 127.0.0.1: nextLinks followed as given, links off the client's base URL refused,
// resuming from a saved link, limits, aborts, and throttling on a later page.
import {
  createGraphClient,
  GraphError,
  GraphRequestError,
  paged,
  type ClientOptions,
  type GraphClient,
  type GraphResult,
} from '../../templates/runtime/index.js';
import { json, rejection, startServer, text, type ScriptedServer } from './server.js';

const info = { name: '@graph-intune/beta', version: '0.1.0', baseUrl: 'https://graph.microsoft.com/beta' };
const TOKEN = 'SECRET-TOKEN-7d1e';

interface Status {
  id: string;
  status: string;
}
interface StatusPage {
  value?: Status[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

let srv: ScriptedServer;
let other: ScriptedServer;
beforeAll(async () => {
  [srv, other] = await Promise.all([startServer(), startServer()]);
});
afterAll(() => Promise.all([srv.close(), other.close()]));
let cleanup: AbortController;
beforeEach(() => {
  for (const s of [srv, other]) {
    s.seen.length = 0;
    s.script();
  }
  cleanup = new AbortController();
});
afterEach(() => cleanup.abort());

const client = (options: ClientOptions = {}): GraphClient =>
  createGraphClient(info, {
    baseUrl: srv.origin + '/beta',
    credential: async () => TOKEN,
    retry: { baseDelayMs: 1 },
    ...options,
  });

/** What a generated list operation does: one GET with its query and headers. */
const listStatuses =
  (query: Record<string, string | string[]> = {}, headers?: Record<string, string>) =>
  (c: GraphClient): Promise<GraphResult<StatusPage>> =>
    c.send<StatusPage>({
      method: 'GET',
      path: '/deviceManagement/deviceConfigurations/dc-1/deviceStatuses',
      query,
      headers,
    });

const page = (ids: string[], nextLink?: string, extra: Record<string, unknown> = {}) =>
  json(200, {
    value: ids.map((id) => ({ id, status: 'error' })),
    ...(nextLink && { '@odata.nextLink': nextLink }),
    ...extra,
  });

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('following nextLinks', () => {
  it('reads three pages through absolute nextLinks, sending each link exactly as given', async () => {
    // The links carry a skiptoken the client must not decode, reorder or rebuild.
    const second = `${srv.origin}/beta/deviceManagement/deviceConfigurations/dc-1/deviceStatuses?$select=id,status&$skiptoken=X%274453707%27&$top=2`;
    const third = `${srv.origin}/beta/deviceManagement/deviceConfigurations/dc-1/deviceStatuses?$skiptoken=Y%27Zm9v%27&$select=id,status&$top=2`;
    srv.script(page(['a', 'b'], second), page(['c', 'd'], third), page(['e']));
    const items = await collect(
      paged(client(), listStatuses({ $select: ['id', 'status'], $top: '2' }, { ConsistencyLevel: 'eventual' })),
    );
    expect(items.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(srv.seen.map((s) => s.url)).toEqual([
      '/beta/deviceManagement/deviceConfigurations/dc-1/deviceStatuses?$select=id,status&$top=2',
      second.slice(srv.origin.length),
      third.slice(srv.origin.length),
    ]);
    // The operation's headers go with every page, and so does the token (same origin).
    for (const s of srv.seen) {
      expect(s.method).toBe('GET');
      expect(s.headers.consistencylevel).toBe('eventual');
      expect(s.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('refuses a nextLink on another host, after the pages before it, sending nothing (and no token) there', async () => {
    srv.script(
      page(['a'], `${srv.origin}/beta/statuses?$skiptoken=2`),
      page(['b'], `${other.origin}/beta/statuses?$skiptoken=3`),
    );
    const pages: string[][] = [];
    const error = await rejection(
      (async () => {
        for await (const p of paged(client(), listStatuses()).pages()) pages.push(p.items.map((s) => s.id));
      })(),
    );
    expect(pages).toEqual([['a'], ['b']]);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      `Refusing to follow ${other.origin}/beta/statuses?$skiptoken=3: it is not below the client's base URL ${srv.origin}/beta`,
    );
    expect(other.seen).toHaveLength(0);
    expect(srv.seen).toHaveLength(2);
  });

  it('refuses a link that is not http(s), and a saved link that is not below the base URL', async () => {
    srv.script(page(['a'], 'file:///etc/passwd'));
    expect(((await rejection(collect(paged(client(), listStatuses())))) as Error).message).toMatch(
      /^Refusing to follow file:/,
    );
    const elsewhere = paged(client(), listStatuses(), { from: `${srv.origin}/v1.0/statuses?$skiptoken=2` });
    expect(await rejection(collect(elsewhere))).toBeInstanceOf(TypeError);
    expect(srv.seen).toHaveLength(1);
  });

  it('reads a relative nextLink against the page it came in', async () => {
    srv.script(page(['a'], 'deviceStatuses?$skiptoken=2'), page(['b']));
    const pages = await collect(paged(client(), listStatuses()).pages());
    expect(pages[0].nextLink).toBe(
      `${srv.origin}/beta/deviceManagement/deviceConfigurations/dc-1/deviceStatuses?$skiptoken=2`,
    );
    expect(srv.seen[1].url).toBe('/beta/deviceManagement/deviceConfigurations/dc-1/deviceStatuses?$skiptoken=2');
  });

  it('stops with an error when a page names itself as the next one, instead of looping', async () => {
    const self = `${srv.origin}/beta/deviceManagement/deviceConfigurations/dc-1/deviceStatuses`;
    srv.script(page(['a'], self));
    expect(await rejection(collect(paged(client(), listStatuses())))).toBeInstanceOf(TypeError);
    expect(srv.seen).toHaveLength(1);
  });

  it('says so when an answer is not a collection', async () => {
    srv.script(json(200, { id: 'x' }));
    const error = await rejection(collect(paged(client(), listStatuses())));
    expect((error as Error).message).toMatch(/not a collection/);
  });

  it('pages through the answer of an action: its POST with the body first, then GETs of the nextLinks', async () => {
    srv.script(page(['a'], `${srv.origin}/beta/configurations?$skiptoken=2`), page(['b']));
    const getByIds = (c: GraphClient): Promise<GraphResult<StatusPage>> =>
      c.send<StatusPage>({ method: 'POST', path: '/configurations/getByIds', body: { ids: ['a', 'b'] } });
    expect((await collect(paged(client(), getByIds))).map((s) => s.id)).toEqual(['a', 'b']);
    expect(srv.seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', '/beta/configurations/getByIds', '{"ids":["a","b"]}'],
      ['GET', '/beta/configurations?$skiptoken=2', ''],
    ]);
  });

  it('sends nothing until the iteration starts', async () => {
    paged(client(), listStatuses());
    await new Promise((r) => setTimeout(r, 20));
    expect(srv.seen).toHaveLength(0);
  });
});

describe('resuming and limits', () => {
  it("exposes each page's link and nextLink, and resumes from a saved nextLink without the first request", async () => {
    const second = `${srv.origin}/beta/statuses?$skiptoken=2`;
    const third = `${srv.origin}/beta/statuses?$skiptoken=3`;
    srv.script(page(['a', 'b'], second), page(['c'], third));
    // A job reads two pages, saving the link after each, then stops.
    let saved: string | undefined;
    const firstRun: string[] = [];
    for await (const p of paged(client(), listStatuses(), { maxPages: 2 }).pages()) {
      firstRun.push(...p.items.map((s) => s.id));
      saved = p.nextLink;
    }
    expect(firstRun).toEqual(['a', 'b', 'c']);
    expect(saved).toBe(third);
    expect(srv.seen).toHaveLength(2);

    srv.seen.length = 0;
    srv.script(page(['d'], undefined));
    const pages = await collect(
      paged(client(), listStatuses({}, { ConsistencyLevel: 'eventual' }), { from: saved }).pages(),
    );
    expect(pages.map((p) => p.items.map((s) => s.id))).toEqual([['d']]);
    expect(pages[0].link).toBe(third);
    expect(pages[0].nextLink).toBeUndefined();
    expect(srv.seen.map((s) => s.url)).toEqual(['/beta/statuses?$skiptoken=3']);
    expect(srv.seen[0].headers.consistencylevel).toBe('eventual');
  });

  it('stops at maxItems without asking for more pages', async () => {
    srv.script(page(['a', 'b'], `${srv.origin}/beta/s?p=2`), page(['c', 'd'], `${srv.origin}/beta/s?p=3`));
    const items = await collect(paged(client(), listStatuses(), { maxItems: 3 }));
    expect(items.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(srv.seen).toHaveLength(2);
  });

  it("surfaces a delta function's deltaLink on its last page, and @odata.count on the result", async () => {
    srv.script(
      page(['a'], `${srv.origin}/beta/s/delta?$skiptoken=2`, { '@odata.count': 2 }),
      page(['b'], undefined, { '@odata.deltaLink': `${srv.origin}/beta/s/delta?$deltatoken=abc` }),
    );
    const pages = await collect(paged(client(), listStatuses()).pages());
    expect(pages.map((p) => p.deltaLink)).toEqual([undefined, `${srv.origin}/beta/s/delta?$deltatoken=abc`]);
    expect(pages[0].result.data).toMatchObject({ '@odata.count': 2 });

    // The next round starts from the deltaLink, sent as given.
    srv.seen.length = 0;
    srv.script(page(['c'], undefined, { '@odata.deltaLink': `${srv.origin}/beta/s/delta?$deltatoken=def` }));
    const changes = await collect(paged(client(), listStatuses(), { from: pages[1].deltaLink }).pages());
    expect(changes.map((p) => [p.items.map((s) => s.id), p.deltaLink])).toEqual([
      [['c'], `${srv.origin}/beta/s/delta?$deltatoken=def`],
    ]);
    expect(srv.seen.map((s) => s.url)).toEqual(['/beta/s/delta?$deltatoken=abc']);
  });
});

describe('aborts and throttling', () => {
  it('stops mid-iteration when the signal aborts, sending no further page', async () => {
    srv.script(page(['a', 'b'], `${srv.origin}/beta/s?p=2`), page(['c']));
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const s of paged(client(), listStatuses(), { signal: controller.signal })) {
          seen.push(s.id);
          controller.abort(new Error('user stopped'));
        }
      })(),
    );
    expect(error).toBeInstanceOf(GraphRequestError);
    expect((error as GraphRequestError).reason).toBe('aborted');
    expect(seen).toEqual(['a']);
    expect(srv.seen).toHaveLength(1);
  });

  it('retries a 429 on page two after its Retry-After, with the same link', async () => {
    const second = `${srv.origin}/beta/s?$skiptoken=2`;
    srv.script(page(['a'], second), text(429, '', { 'retry-after': '0.05' }), page(['b']));
    const t0 = Date.now();
    const items = await collect(paged(client(), listStatuses()));
    expect(items.map((s) => s.id)).toEqual(['a', 'b']);
    expect(srv.seen.map((s) => s.url)).toEqual([srv.seen[0].url, '/beta/s?$skiptoken=2', '/beta/s?$skiptoken=2']);
    expect(srv.seen[2].headers['retry-attempt']).toBe('1');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
  });

  it('rejects with the GraphError of a page once its retries are spent', async () => {
    srv.script(
      page(['a'], `${srv.origin}/beta/s?p=2`),
      json(404, { error: { code: 'ResourceNotFound', message: 'gone' } }),
    );
    const seen: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const s of paged(client(), listStatuses())) seen.push(s.id);
      })(),
    );
    expect(seen).toEqual(['a']);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).code).toBe('ResourceNotFound');
  });
});
