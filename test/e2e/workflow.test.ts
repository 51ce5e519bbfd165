// The package README's workflow, as a user copies it: "find every device whose status is error, and mark it". The
// sample is taken from the README generated for the paging fixture (the curated packages render the same template
// section once their spec lists the statuses with $filter and $select; test/e2e/readme.test.ts checks theirs),
// type-checked with TypeScript 5.9 and 7 against the package, then run by `node` against a Graph-like server on
// 127.0.0.1: three pages (absolute nextLinks), $batch updates with a throttled item, a 404 and 204s.
import * as fs from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { transformSync } from 'esbuild';
import type { PackageJob } from '../../generator/pipeline.js';
import { fixtureSpec, generate } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';
import { COMPILERS, expectClean, run, tsc, writeConsumerProject } from '../helpers/tsc.js';

const TOKEN = 'workflow-token-51c';
const CONFIGURATION = 'dc-7';

/** The ```ts block under a README heading. */
function sampleUnder(readme: string, heading: RegExp): string | undefined {
  const at = readme.search(heading);
  if (at < 0) return undefined;
  return /^```ts\n([\s\S]*?)^```$/m.exec(readme.slice(at))?.[1];
}

/** Every status of the configuration the server holds: 45 in error among others. */
const STATUSES = Array.from({ length: 60 }, (_, i) => ({
  id: `st-${i}`,
  deviceDisplayName: `PC-${i}`,
  status: i < 45 ? 'error' : 'compliant',
  lastReportedDateTime: '2026-01-01T00:00:00Z',
}));

interface GraphLike {
  readonly origin: string;
  readonly requests: { method: string; url: string; authorization?: string; body: string }[];
  close(): Promise<void>;
}

/**
 * A Graph-like server: the list (filtered as asked, 20 a page, absolute nextLinks) and $batch, where PATCH st-7 is
 * not found, st-3 is throttled the first time (Retry-After 0.2 s), even ids answer 204 and odd ones 200.
 */
async function startGraphLike(): Promise<GraphLike> {
  const requests: GraphLike['requests'] = [];
  let throttled = false;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      requests.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body });
      const url = new URL(req.url!, 'http://127.0.0.1');
      const send = (status: number, payload: unknown) =>
        res
          .writeHead(status, { 'content-type': 'application/json', 'request-id': `req-${requests.length}` })
          .end(JSON.stringify(payload));
      if (req.headers.authorization !== `Bearer ${TOKEN}`)
        return send(401, { error: { code: 'InvalidAuthenticationToken' } });
      if (
        req.method == 'GET' &&
        url.pathname == `/beta/deviceManagement/deviceConfigurations/${CONFIGURATION}/deviceStatuses`
      ) {
        const filter = /^status eq '(\w+)'$/.exec(url.searchParams.get('$filter') ?? '');
        const select = (url.searchParams.get('$select') ?? '').split(',');
        const matching = STATUSES.filter((s) => !filter || s.status == filter[1]);
        const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
        const value = matching
          .slice(skip, skip + 20)
          .map((s) => Object.fromEntries(select.map((k) => [k, s[k as keyof typeof s]])));
        const next = new URL(url.href.replace('http://127.0.0.1', `http://127.0.0.1:${port}`));
        next.searchParams.set('$skiptoken', String(skip + 20));
        return send(200, { value, ...(skip + 20 < matching.length && { '@odata.nextLink': next.href }) });
      }
      if (req.method == 'POST' && url.pathname == '/beta/$batch') {
        const { requests: items } = JSON.parse(body) as {
          requests: { id: string; method: string; url: string; body: unknown }[];
        };
        if (items.length > 20) return send(400, { error: { code: 'BadRequest', message: 'more than 20 requests' } });
        const responses = items.map((item) => {
          const id = item.url.split('/').pop()!;
          if (id == 'st-7')
            return { id: item.id, status: 404, body: { error: { code: 'ResourceNotFound', message: 'gone' } } };
          if (id == 'st-3' && !throttled) {
            throttled = true;
            return {
              id: item.id,
              status: 429,
              headers: { 'Retry-After': '0.2' },
              body: { error: { code: 'TooManyRequests' } },
            };
          }
          const n = Number(id.slice(3));
          return n % 2
            ? { id: item.id, status: 200, body: { id, ...(item.body as object) } }
            : { id: item.id, status: 204 };
        });
        return send(200, { responses });
      }
      send(404, { error: { code: 'BadRequest', message: `no route ${req.method} ${req.url}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The fixture made for this workflow. */
const jobs: { label: string; job: Omit<PackageJob, 'out'> }[] = [
  { label: 'paging fixture', job: { spec: fixtureSpec('paging'), name: '@example/paging', version: '1.0.0' } },
];

let temp: string | undefined;
afterAll(() => removeTempDir(temp));

describe.each(jobs)('$label', ({ label, job }) => {
  let files: Map<string, string>;
  let sample: string | undefined;
  let project: string;

  beforeAll(async () => {
    files = (await generate(job)).files;
    sample = sampleUnder(files.get('README.md')!, /^## Workflow: /m);
    temp ??= makeTempDir('workflow');
    project = path.join(temp, label.replace(/\W+/g, '-'));
    const pkgDir = path.join(project, 'node_modules', ...job.name!.split('/'));
    for (const [file, text] of files) {
      fs.mkdirSync(path.dirname(path.join(pkgDir, file)), { recursive: true });
      fs.writeFileSync(path.join(pkgDir, file), text);
    }
    fs.writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'workflow', private: true, type: 'module' }),
    );
  }, 60_000);

  it('has the workflow in its README', () => {
    expect(sample).toContain('batch(');
  });

  it.each(COMPILERS.map((c) => [c.name, c] as const))(
    'type-checks with %s (strict, NodeNext), with the paging and batch samples',
    async (_, compiler) => {
      const dir = path.join(project, compiler.name.replace(/\W+/g, '-'));
      fs.mkdirSync(dir, { recursive: true });
      const readme = files.get('README.md')!;
      // The reader brings a credential of their own (any token function fits), and a client from the samples before.
      const samples = {
        'workflow.ts': `declare const credential: () => Promise<string>;\n${sample!}`,
        'paging.ts': `declare const client: import('${job.name}').GraphClient;\n${sampleUnder(readme, /^## Paging through collections/m)!}`,
        'batch.ts': `declare const client: import('${job.name}').GraphClient;\n${sampleUnder(readme, /^## Batches/m)!}`,
      };
      for (const [file, text] of Object.entries(samples))
        fs.writeFileSync(path.join(dir, file), `${text}\nexport {};\n`);
      writeConsumerProject(dir, Object.keys(samples));
      expectClean(await tsc(compiler, ['-p', dir]), `${compiler.name} on the README samples`);
    },
    90_000,
  );

  it('runs against a Graph-like server: pages through 45 statuses in error, marks them in batches, reports the one that failed', async () => {
    const graph = await startGraphLike();
    try {
      // Only the client's creation changes: the server's base URL instead of Graph's, a token function as the
      // credential.
      const runnable = sample!.replace(
        'createClient({ credential })',
        `createClient({ credential: async () => '${TOKEN}', baseUrl: '${graph.origin}/beta', retry: { baseDelayMs: 10 } })`,
      );
      expect(runnable).not.toBe(sample);
      const js = transformSync(runnable, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
      fs.writeFileSync(path.join(project, 'workflow.mjs'), js);
      const { code, stdout, stderr } = await run(process.execPath, ['workflow.mjs'], {
        cwd: project,
        env: { ...process.env, DEVICE_CONFIGURATION_ID: CONFIGURATION },
        timeoutMs: 30_000,
      });
      expect(code).toBe(0);
      expect(stdout.trim()).toBe('44 of 45 marked remediated');
      expect(stderr.trim()).toMatch(/^PC-7: 404 ResourceNotFound \(batch request req-\d+\)$/);

      const lists = graph.requests.filter((r) => r.method == 'GET');
      const batches = graph.requests.filter((r) => r.method == 'POST');
      // Three pages of the filtered list, with $select, through the server's own nextLinks.
      expect(lists).toHaveLength(3);
      expect(lists.map((r) => new URL(r.url, graph.origin).searchParams.get('$skiptoken'))).toEqual([null, '20', '40']);
      for (const r of lists) {
        expect(new URL(r.url, graph.origin).searchParams.get('$filter')).toBe("status eq 'error'");
        expect(new URL(r.url, graph.origin).searchParams.get('$select')).toBe('id,deviceDisplayName,status');
      }
      // 45 updates and the throttled one again, at most 20 a request, each marking its status remediated.
      const items = batches.flatMap(
        (r) => (JSON.parse(r.body) as { requests: { method: string; url: string; body: unknown }[] }).requests,
      );
      expect(batches.every((r) => r.url == '/beta/$batch')).toBe(true);
      expect(items).toHaveLength(46);
      expect(new Set(items.map((i) => i.url))).toEqual(
        new Set(
          STATUSES.slice(0, 45).map(
            (s) => `/deviceManagement/deviceConfigurations/${CONFIGURATION}/deviceStatuses/${s.id}`,
          ),
        ),
      );
      for (const i of items) expect(i).toMatchObject({ method: 'PATCH', body: { status: 'remediated' } });
    } finally {
      await graph.close();
    }
  }, 60_000);
});
