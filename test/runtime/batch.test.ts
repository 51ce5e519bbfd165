// $batch against a real HTTP server on 127.0.0.1: requests of at most 20, typed outcomes in the caller's order,
// throttled items sent again after their own Retry-After, dependsOn, and the batch's request ids.
import {
  batch,
  createGraphClient,
  describe as describeCall,
  GraphError,
  GraphRequestError,
  step,
  type GraphClient,
  type GraphResult,
} from '../../templates/runtime/index.js';
import { json, startServer, type ScriptedServer, type Seen, type Step } from './server.js';

const info = { name: '@graph-intune/beta', version: '0.1.0', baseUrl: 'https://graph.microsoft.com/beta' };

interface Status {
  id: string;
  status: string;
}
interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}
interface ItemAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

let srv: ScriptedServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
let cleanup: AbortController;
beforeEach(() => {
  srv.seen.length = 0;
  srv.script();
  cleanup = new AbortController();
});
afterEach(() => cleanup.abort());

const client = (): GraphClient =>
  createGraphClient(info, { baseUrl: srv.origin + '/beta', credential: async () => 'tok', retry: { baseDelayMs: 1 } });

/** What generated operations do: a PATCH of one status, a GET of one status. */
const updateStatus =
  (id: string, status: string) =>
  (c: GraphClient): Promise<GraphResult<Status>> =>
    c.send<Status>({ method: 'PATCH', path: `/deviceManagement/deviceStatuses/${id}`, body: { status } });
const getStatus =
  (id: string) =>
  (c: GraphClient): Promise<GraphResult<Status>> =>
    c.send<Status>({
      method: 'GET',
      path: `/deviceManagement/deviceStatuses/${id}`,
      query: { $select: ['id', 'status'] },
    });

/** The items of a $batch request the server saw. */
const itemsOf = (s: Seen): BatchItem[] => (JSON.parse(s.body) as { requests: BatchItem[] }).requests;

/** Answers a $batch request item by item, with a request-id per batch. */
const answer =
  (each: (item: BatchItem) => ItemAnswer, status = 200): Step =>
  (res, seen) =>
    json(
      status,
      {
        responses: itemsOf(seen)
          .map((item) => ({ id: item.id, ...each(item) }))
          .reverse(),
      },
      { 'request-id': `batch-${srv.seen.length}` },
    )(res, seen, undefined as never);

const notFound = { status: 404, body: { error: { code: 'ResourceNotFound', message: 'No such status' } } };

describe('batch', () => {
  it('sends 45 calls in requests of at most 20 and returns typed outcomes in order: 200, 204, 404, and a 429 sent again', async () => {
    const ids = Array.from({ length: 45 }, (_, i) => `st-${i}`);
    // st-3 is throttled once; the others: every 5th not found, every 3rd answered 204, the rest 200 with a body.
    const byId = (item: BatchItem): ItemAnswer => {
      const id = item.url.split('/').pop()!;
      const n = Number(id.slice(3));
      if (n % 5 == 4) return notFound;
      if (n % 3 == 2) return { status: 204 };
      return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id, status: 'compliant' } };
    };
    let throttled = false;
    const withThrottle = (item: BatchItem): ItemAnswer => {
      if (item.url.endsWith('/st-3') && !throttled) {
        throttled = true;
        return { status: 429, headers: { 'Retry-After': '0.05' }, body: { error: { code: 'TooManyRequests' } } };
      }
      return byId(item);
    };
    srv.script(answer(withThrottle), answer(withThrottle), answer(withThrottle), answer(withThrottle));

    const results = await batch(
      client(),
      ids.map((id) => updateStatus(id, 'compliant')),
    );

    // 45 calls and one sent again: 46 items in requests of at most 20, the first two full. (The throttled call may
    // ride in the second or a later request, depending on how long the first took.)
    expect(srv.seen.every((s) => s.method == 'POST' && s.url == '/beta/$batch')).toBe(true);
    expect(srv.seen.map((s) => itemsOf(s).length).reduce((a, b) => a + b)).toBe(46);
    expect(srv.seen.every((s) => itemsOf(s).length <= 20)).toBe(true);
    expect(itemsOf(srv.seen[0])).toHaveLength(20);
    const carried = srv.seen.filter((s) => itemsOf(s).some((i) => i.url.endsWith('/st-3')));
    expect(carried).toHaveLength(2);
    expect(itemsOf(srv.seen[0])[0]).toEqual({
      id: '1',
      method: 'PATCH',
      url: '/deviceManagement/deviceStatuses/st-0',
      headers: { 'content-type': 'application/json' },
      body: { status: 'compliant' },
    });
    // The throttled call went again under its own id, after its Retry-After.
    expect(itemsOf(carried[1]).find((i) => i.url.endsWith('/st-3'))!.id).toBe('4');
    expect(results).toHaveLength(45);
    results.forEach((r, i) => {
      expect(r.id).toBe(String(i + 1));
      if (i % 5 == 4) {
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error).toBeInstanceOf(GraphError);
          expect((r.error as GraphError).status).toBe(404);
          expect((r.error as GraphError).code).toBe('ResourceNotFound');
        }
      } else if (i % 3 == 2) {
        expect(r).toMatchObject({ ok: true, result: { status: 204, hasContent: false, data: undefined } });
      } else {
        expect(r.ok).toBe(true);
        if (r.ok && r.result.hasContent) expect(r.result.data).toEqual({ id: ids[i], status: 'compliant' });
        else throw new Error(`call ${i} should have content`);
      }
    });
    // Each outcome names the $batch request that settled it.
    expect(results[0].batchRequestId).toBe('batch-1');
    expect(results[3].batchRequestId).toBe(`batch-${srv.seen.indexOf(carried[1]) + 1}`);
    expect(new Set(results.map((r) => r.batchRequestId)).size).toBe(srv.seen.length);
  });

  it('sends dependsOn along with the calls of one request, and returns what each got', async () => {
    srv.script(answer((item) => (item.id == 'a' ? notFound : { status: 200, body: { id: item.id, status: 'x' } })));
    const results = await batch(client(), [
      step(updateStatus('s1', 'error'), { id: 'a' }),
      step(getStatus('s1'), { id: 'b', dependsOn: ['a'] }),
      getStatus('s2'),
    ] as const);
    // Graph itself answers the dependent with 424 when the first fails; here the server answered it 200 to show that
    // dependsOn went along: the outcome is what the server said.
    expect(itemsOf(srv.seen[0]).map((i) => [i.id, i.dependsOn])).toEqual([
      ['a', undefined],
      ['b', ['a']],
      ['3', undefined],
    ]);
    const [a, b, c] = results;
    expect(a.ok).toBe(false);
    expect(b.ok).toBe(true);
    expect(c.ok).toBe(true);
  });

  it('waits for a dependency in an earlier request, and fails a dependent without sending it when that one failed', async () => {
    const calls = [
      ...Array.from({ length: 20 }, (_, i) => getStatus(`s${i}`)),
      step(updateStatus('late', 'x'), { dependsOn: ['1'] }),
      step(updateStatus('later', 'x'), { dependsOn: ['2'] }),
    ];
    srv.script(
      answer((item) => (item.id == '2' ? notFound : { status: 200, body: { id: item.id, status: 'x' } })),
      answer(() => ({ status: 204 })),
    );
    const results = await batch(client(), calls);
    expect(srv.seen).toHaveLength(2);
    // The second request holds only the call whose dependency succeeded; its dependency is not named there.
    expect(itemsOf(srv.seen[1])).toEqual([
      {
        id: '21',
        method: 'PATCH',
        url: '/deviceManagement/deviceStatuses/late',
        headers: { 'content-type': 'application/json' },
        body: { status: 'x' },
      },
    ]);
    expect(results[20]).toMatchObject({ ok: true, result: { status: 204 } });
    const failed = results[21];
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect((failed.error as GraphError).status).toBe(424);
      expect(failed.error.message).toMatch(/Call 2 of the batch failed/);
    }
  });

  it('keeps a dependent waiting (not failed) while its dependency was only throttled', async () => {
    // The first request: a is throttled, so Graph fails b (which depends on it) with 424; the second: both succeed.
    srv.script(
      answer((item) => (item.id == 'a' ? { status: 429, headers: { 'retry-after': '0' } } : { status: 424 })),
      answer((item) => ({ status: 200, body: { id: item.id, status: 'ok' } })),
    );
    const [a, b] = await batch(client(), [
      step(updateStatus('s1', 'x'), { id: 'a' }),
      step(updateStatus('s2', 'x'), { id: 'b', dependsOn: ['a'] }),
    ]);
    expect(srv.seen).toHaveLength(2);
    expect(itemsOf(srv.seen[1]).map((i) => [i.id, i.dependsOn])).toEqual([
      ['a', undefined],
      ['b', ['a']],
    ]);
    expect(a.ok && b.ok).toBe(true);
  });

  it('keeps a chain of dependents waiting while the first was only throttled, however the answers are ordered', async () => {
    // c depends on b, b on a; a is throttled, so Graph fails b and c with 424 (answered here c first).
    srv.script(
      (res, seen) =>
        json(200, {
          responses: [
            { id: 'c', status: 424 },
            { id: 'b', status: 424 },
            { id: 'a', status: 429, headers: { 'retry-after': '0' } },
          ],
        })(res, seen, undefined as never),
      answer((item) => ({ status: 200, body: { id: item.id, status: 'ok' } })),
    );
    const outcomes = await batch(client(), [
      step(updateStatus('s1', 'x'), { id: 'a' }),
      step(updateStatus('s2', 'x'), { id: 'b', dependsOn: ['a'] }),
      step(updateStatus('s3', 'x'), { id: 'c', dependsOn: ['b'] }),
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    expect(itemsOf(srv.seen[1]).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('reads the items of a 424 batch answer (Graph fails the batch whose items were throttled)', async () => {
    srv.script(
      answer(() => ({ status: 429, headers: { 'retry-after': '0' } }), 424),
      answer(() => ({ status: 200, body: { id: 'x', status: 'ok' } })),
    );
    const [r] = await batch(client(), [getStatus('s1')]);
    expect(r.ok).toBe(true);
    expect(srv.seen).toHaveLength(2);
  });

  it('gives up on a call still throttled after the retries, with its 429 GraphError', async () => {
    const throttled = answer(() => ({
      status: 429,
      headers: { 'retry-after': '0' },
      body: { error: { code: 'TooManyRequests' } },
    }));
    srv.script(throttled, throttled);
    const [r] = await batch(client(), [getStatus('s1')], { retry: { maxRetries: 1 } });
    expect(srv.seen).toHaveLength(2);
    expect(r.ok).toBe(false);
    if (!r.ok) expect((r.error as GraphError).code).toBe('TooManyRequests');
  });

  it('refuses unknown and circular dependsOn before sending anything', async () => {
    await expect(batch(client(), [step(getStatus('a'), { dependsOn: ['9'] })])).rejects.toThrow(
      /depends on 9, which is not in the batch/,
    );
    await expect(
      batch(client(), [
        step(getStatus('a'), { id: 'x', dependsOn: ['y'] }),
        step(getStatus('b'), { id: 'y', dependsOn: ['x'] }),
      ]),
    ).rejects.toThrow(/depends on itself/);
    expect(srv.seen).toHaveLength(0);
  });

  it('gives every call of a request that got no answer the error of that request', async () => {
    srv.script(json(400, { error: { code: 'BadRequest', message: 'Invalid batch payload' } }));
    const results = await batch(client(), [getStatus('a'), getStatus('b')]);
    for (const r of results) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect((r.error as GraphError).code).toBe('BadRequest');
    }
  });

  it('rejects when the caller aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await batch(client(), [getStatus('a')], { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect((error as GraphRequestError).reason).toBe('aborted');
  });
});

describe('describe', () => {
  it("describes an operation's request without sending it", async () => {
    expect(describeCall(getStatus('s1')).request).toEqual({
      method: 'GET',
      path: '/deviceManagement/deviceStatuses/s1',
      query: { $select: ['id', 'status'] },
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(srv.seen).toHaveLength(0);
  });

  it('refuses a call that does not hand its request over at once', () => {
    expect(() => describeCall(async (c) => (await Promise.resolve(), getStatus('x')(c)))).toThrow(TypeError);
  });
});
