// The generated packages' built dist/ as a user runs it: a separate `node` process importing dist/index.js as ESM
// (no Jest, no SWC, no TypeScript), calling a GENERATED operation against scripted 127.0.0.1 servers.
// Throttling (429 with Retry-After, then 200), a redirect to another origin (Authorization dropped), a Graph error.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { json, startServer, text, type ScriptedServer } from '../runtime/server.js';

const GENERATED = path.resolve(__dirname, '..', '..', 'generated');
const TOKEN = 'dist-token-7c1e';

/**
 * The user's program, run by `node --input-type=module -e`. argv: the dist entry's file URL, then a JSON job:
 * { baseUrl, op, params, body, calls: number }. Prints one JSON line per call: the result or the error's fields.
 */
const PROGRAM = `
const pkg = await import(process.argv[1]);
const job = JSON.parse(process.argv[2]);
const client = pkg.createClient({ baseUrl: job.baseUrl, credential: async () => '${TOKEN}', retry: { baseDelayMs: 1 } });
for (let i = 0; i < job.calls; i++) {
  try {
    const r = await pkg[job.op](client, job.params, job.body);
    console.log(JSON.stringify({ ok: true, status: r.status, hasContent: r.hasContent, data: r.data, clientRequestId: r.clientRequestId }));
  } catch (e) {
    console.log(JSON.stringify({ ok: false, graphError: e instanceof pkg.GraphError, name: e.name, status: e.status, code: e.code, requestId: e.requestId, message: e.message }));
  }
}
`;

interface Outcome {
  ok: boolean;
  status?: number;
  hasContent?: boolean;
  data?: unknown;
  clientRequestId?: string;
  graphError?: boolean;
  name?: string;
  code?: string;
  requestId?: string;
  message?: string;
}

/** Runs PROGRAM against a package's dist; bounded at 15 s. */
function runDist(
  dir: string,
  job: { baseUrl: string; op: string; params: object; body: unknown; calls: number },
): Promise<Outcome[]> {
  const entry = pathToFileURL(path.join(GENERATED, dir, 'dist', 'index.js')).href;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', PROGRAM, entry, JSON.stringify(job)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`node exited with ${code ?? signal}:\n${err}`));
      else
        resolve(
          out
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as Outcome),
        );
    });
  });
}

const PACKAGES = [
  {
    dir: 'graph-beta',
    op: 'updateDeviceConfigurationDeviceStatus',
    params: { deviceConfigurationId: 'dc 1', deviceConfigurationDeviceStatusId: 'st/1' },
    path: '/beta/deviceManagement/deviceConfigurations/dc%201/deviceStatuses/st%2F1',
  },
  {
    dir: 'graph-v1.0',
    op: 'updateMobileAppConfigurationDeviceStatus',
    params: {
      managedDeviceMobileAppConfigurationId: 'mac-1',
      managedDeviceMobileAppConfigurationDeviceStatusId: 'st-1',
    },
    path: '/v1.0/deviceAppManagement/mobileAppConfigurations/mac-1/deviceStatuses/st-1',
  },
];
const BODY = { status: 'compliant', lastReportedDateTime: '2026-11-25T12:00:00Z' };
const UPDATED = { id: 'st-1', status: 'compliant' };

let graph: ScriptedServer;
let download: ScriptedServer;
beforeAll(async () => {
  [graph, download] = await Promise.all([startServer(), startServer()]);
});
afterAll(() => Promise.all([graph?.close(), download?.close()]));
beforeEach(() => {
  for (const s of [graph, download]) {
    s.seen.length = 0;
    s.script();
  }
});

describe.each(PACKAGES)('$dir dist/ in node ESM', ({ dir, op, params, path: urlPath }) => {
  const baseUrl = (): string => graph.origin + '/' + dir.replace('graph-', '');

  it('429 with Retry-After, then 200: retried once, same client-request-id, Retry-Attempt: 1', async () => {
    graph.script(
      json(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'retry-after': '0.01' }),
      json(200, UPDATED),
    );
    const [r] = await runDist(dir, { baseUrl: baseUrl(), op, params, body: BODY, calls: 1 });
    expect(r).toMatchObject({ ok: true, status: 200, hasContent: true, data: UPDATED });
    expect(graph.seen.map((s) => [s.method, s.url])).toEqual([
      ['PATCH', urlPath],
      ['PATCH', urlPath],
    ]);
    expect(JSON.parse(graph.seen[1].body)).toEqual(BODY);
    expect(graph.seen[0].headers['retry-attempt']).toBeUndefined();
    expect(graph.seen[1].headers['retry-attempt']).toBe('1');
    expect(graph.seen[1].headers['client-request-id']).toBe(graph.seen[0].headers['client-request-id']);
    expect(r.clientRequestId).toBe(graph.seen[0].headers['client-request-id']);
    expect(graph.seen[1].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("307 to another origin: not followed, so the PATCH body never leaves the client's origin", async () => {
    const elsewhere = download.origin + '/elsewhere/status?sig=abc';
    graph.script(text(307, '', { location: elsewhere }));
    download.script(json(200, UPDATED));
    const [r] = await runDist(dir, { baseUrl: baseUrl(), op, params, body: BODY, calls: 1 });
    expect(r).toMatchObject({ ok: false, graphError: true, status: 307 });
    expect(graph.seen).toHaveLength(1);
    expect(graph.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(download.seen).toHaveLength(0);
  });

  it('204, then a Graph error: no-content result, then GraphError with code and request-id', async () => {
    graph.script(
      text(204),
      json(404, { error: { code: 'ResourceNotFound', message: 'gone', innerError: { 'request-id': 'rq-9' } } }),
    );
    const [first, second] = await runDist(dir, { baseUrl: baseUrl(), op, params, body: BODY, calls: 2 });
    expect(first).toMatchObject({ ok: true, status: 204, hasContent: false });
    expect(second).toMatchObject({
      ok: false,
      graphError: true,
      name: 'GraphError',
      status: 404,
      code: 'ResourceNotFound',
      requestId: 'rq-9',
    });
  });
});
