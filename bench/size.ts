/**
 * `npm run bench:size`: what one PATCH costs in a browser bundle. The same call,
 * PATCH /deviceManagement/deviceConfigurations/{id}/deviceStatuses/{id} of the beta package, written
 *   - with our generated package (`createClient` + `updateDeviceConfigurationDeviceStatus`), imported from its
 *     built dist/index.js and from its src/index.ts,
 *   - with openapi-fetch, typed by openapi-typescript's output for the same spec (generated in this run),
 * each bundled by esbuild (bundle, minify, ESM, browser) and gzipped at level 9, in the same run. Then the same for a
 * workflow's two other calls: one list read through every page (`…All`), and one $batch of updates (`batch`), from
 * the package of test/fixtures/paging.yaml (generated in this run), against openapi-fetch with the loops a user
 * would write around it. Prints the tables.
 * A benchmark, not a test: it asserts nothing and is never part of `npm test`. Needs `npm run generate` first.
 */
import { build } from 'esbuild';
import ts from 'typescript';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(__dirname, '..');
const BETA = path.join(ROOT, 'generated', 'graph-beta');
const SPEC = path.join(ROOT, 'spec', 'graph-beta.yaml');
const PAGING_SPEC = path.join(ROOT, 'test', 'fixtures', 'paging.yaml');
// Inside node_modules so the entries resolve openapi-fetch like any project would; removed at the end.
const WORK = path.join(ROOT, 'node_modules', '.cache', 'graph-intune-bench-size');
// The PATCH bundle's budget: 2.6 KB.
const TARGET_GZIP = 2662;

const PATH_TEMPLATE =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
const PARAMS = `{ deviceConfigurationId: 'dc-1', deviceConfigurationDeviceStatusId: 'st-1' }`;
// The smallest real update (the status); the call's own literals are in both bundles alike.
const BODY = `{ status: 'compliant' }`;

/** An import specifier for a file of ours, relative to WORK, '/'-separated. */
const rel = (file: string): string => path.relative(WORK, file).split(path.sep).join('/');

/**
 * The text a bundle cannot minify away: its string, template and regular-expression literals (header names, messages,
 * URLs) and the names of the properties it reads and writes (options, result and error fields), found with
 * TypeScript's parser and gzipped together. What the whole bundle gzips to beyond it is the code's logic.
 */
function literalText(code: string): string {
  const parts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isRegularExpressionLiteral(node) || ts.isTemplateLiteralToken(node))
      parts.push(node.text);
    else if (ts.isPropertyAccessExpression(node) || ts.isPropertyAssignment(node)) {
      if (ts.isIdentifier(node.name)) parts.push(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS));
  return parts.join(' ');
}

/** The paging fixture's package, generated into WORK. */
const PAGING_PKG = (): string => './paging/dist/index.js';
const LIST_TEMPLATE = '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses';

/** The same program for every client: make a client, export a function doing the call. */
const entries = {
  oursDist:
    () => `import { createClient, updateDeviceConfigurationDeviceStatus } from '${rel(path.join(BETA, 'dist', 'index.js'))}';
const client = createClient({ credential: async () => 'token' });
export const run = () => updateDeviceConfigurationDeviceStatus(client, ${PARAMS}, ${BODY});
`,
  oursSrc:
    () => `import { createClient, updateDeviceConfigurationDeviceStatus } from '${rel(path.join(BETA, 'src', 'index.ts'))}';
const client = createClient({ credential: async () => 'token' });
export const run = () => updateDeviceConfigurationDeviceStatus(client, ${PARAMS}, ${BODY});
`,
  openapiFetch: () => `import createClient from 'openapi-fetch';
import type { paths } from './beta-paths.js';
const client = createClient<paths>({ baseUrl: 'https://graph.microsoft.com/beta' });
export const run = () =>
  client.PATCH('${PATH_TEMPLATE}', {
    params: { path: ${PARAMS} },
    body: ${BODY},
  });
`,
  // Every item of the list, page after page.
  oursList: () => `import { createClient, listDeviceConfigurationDeviceStatusesAll } from '${PAGING_PKG()}';
const client = createClient({ credential: async () => 'token' });
export const run = () => listDeviceConfigurationDeviceStatusesAll(client, { deviceConfigurationId: 'dc-1', query: { $filter: "status eq 'error'" } });
`,
  openapiFetchList: () => `import createClient from 'openapi-fetch';
import type { paths } from './paging-paths.js';
const client = createClient<paths>({ baseUrl: 'https://graph.microsoft.com/beta' });
export async function* run() {
  let { data } = await client.GET('${LIST_TEMPLATE}', {
    params: { path: { deviceConfigurationId: 'dc-1' }, query: { $filter: "status eq 'error'" } },
  });
  while (data) {
    yield* data.value ?? [];
    const next = data['@odata.nextLink'];
    if (!next) break;
    data = (await (await fetch(next)).json()) as typeof data;
  }
}
`,
  // Updates of many statuses, 20 to a $batch request.
  oursBatch: () => `import { batch, createClient, updateDeviceConfigurationDeviceStatus } from '${PAGING_PKG()}';
const client = createClient({ credential: async () => 'token' });
export const run = (ids: string[]) =>
  batch(client, ids.map((id) => (c) => updateDeviceConfigurationDeviceStatus(c, { deviceConfigurationId: 'dc-1', deviceConfigurationDeviceStatusId: id }, ${BODY})));
`,
  // openapi-fetch has no $batch (the endpoint is in no spec): the request a user would write with fetch.
  openapiFetchBatch: () => `export async function run(ids: string[]) {
  const responses: unknown[] = [];
  for (let i = 0; i < ids.length; i += 20) {
    const requests = ids.slice(i, i + 20).map((id, j) => ({
      id: String(i + j + 1),
      method: 'PATCH',
      url: \`/deviceManagement/deviceConfigurations/dc-1/deviceStatuses/\${encodeURIComponent(id)}\`,
      headers: { 'content-type': 'application/json' },
      body: ${BODY},
    }));
    const res = await fetch('https://graph.microsoft.com/beta/$batch', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ requests }),
    });
    responses.push(...((await res.json()) as { responses: unknown[] }).responses);
  }
  return responses;
}
`,
};

interface Measure {
  min: number;
  gzip: number;
  code: string;
}

async function bundle(name: keyof typeof entries): Promise<Measure> {
  const entry = path.join(WORK, `${name}.ts`);
  fs.writeFileSync(entry, entries[name]());
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, code };
}

/** openapi-typescript's `paths` for the beta spec and the paging fixture, written next to the entries. */
async function generatePaths(): Promise<void> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  for (const [spec, file] of [
    [SPEC, 'beta-paths.ts'],
    [PAGING_SPEC, 'paging-paths.ts'],
  ] as const) {
    fs.writeFileSync(path.join(WORK, file), astToString(await openapiTS(pathToFileURL(spec))));
  }
}

/** Our package of the paging fixture, generated by the CLI into WORK. */
function generatePagingPackage(): void {
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'generator', 'run.cjs'), '--spec', PAGING_SPEC, '--out', path.join(WORK, 'paging'), '--quiet'],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
}

/** Type-checks the openapi-fetch entries (TypeScript 7), so the calls measured are correct, typed ones. */
function typeChecks(): string {
  fs.writeFileSync(
    path.join(WORK, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
      },
      files: ['openapiFetch.ts', 'openapiFetchList.ts', 'openapiFetchBatch.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc'), '-p', WORK], {
      stdio: 'pipe',
    });
    return 'yes';
  } catch (e) {
    return 'NO: ' + String((e as { stdout?: Buffer }).stdout ?? e).trim();
  }
}

const kb = (n: number): string => n.toLocaleString('en-US');
const version = (pkg: string): string =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
    .version;

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(BETA, 'dist', 'index.js')))
    throw new Error('generated/graph-beta/dist is missing: run `npm run generate` first');
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  try {
    await generatePaths();
    generatePagingPackage();
    const [dist, src, fetchClient] = await Promise.all([bundle('oursDist'), bundle('oursSrc'), bundle('openapiFetch')]);
    const [list, fetchList, batched, fetchBatch] = await Promise.all([
      bundle('oursList'),
      bundle('openapiFetchList'),
      bundle('oursBatch'),
      bundle('openapiFetchBatch'),
    ]);
    const typed = typeChecks();

    const rows: [string, string, string, string][] = [
      ['ours, from dist/index.js', kb(dist.min), kb(dist.gzip), '1.00'],
      ['ours, from src/index.ts', kb(src.min), kb(src.gzip), (src.gzip / dist.gzip).toFixed(2)],
      [
        `openapi-fetch ${version('openapi-fetch')}`,
        kb(fetchClient.min),
        kb(fetchClient.gzip),
        (fetchClient.gzip / dist.gzip).toFixed(2),
      ],
      ['Microsoft Graph SDK (quoted, not measured)', '3,000,000', '431,000', (431_000 / dist.gzip).toFixed(0)],
    ];
    const head: [string, string, string, string] = ['bundle of one PATCH', 'bytes min', 'bytes gzip -9', 'gzip / ours'];
    const workflowRows: [string, string, string, string][] = [
      ['one list, every page: ours (listXAll)', kb(list.min), kb(list.gzip), '1.00'],
      [
        '  openapi-fetch + a nextLink loop',
        kb(fetchList.min),
        kb(fetchList.gzip),
        (fetchList.gzip / list.gzip).toFixed(2),
      ],
      ['one batch of updates: ours (batch)', kb(batched.min), kb(batched.gzip), '1.00'],
      [
        '  fetch + a $batch loop (no openapi-fetch call)',
        kb(fetchBatch.min),
        kb(fetchBatch.gzip),
        (fetchBatch.gzip / batched.gzip).toFixed(2),
      ],
    ];
    const width = head.map((h, i) => Math.max(h.length, ...[...rows, ...workflowRows].map((r) => r[i].length)));
    const line = (r: string[]): string => r.map((c, i) => (i ? c.padStart(width[i]) : c.padEnd(width[i]))).join('  ');

    console.log(
      `esbuild ${version('esbuild')} (bundle, minify, format esm, platform browser, es2022); gzip via node:zlib level 9`,
    );
    console.log(`call: PATCH ${PATH_TEMPLATE} (beta)\n`);
    console.log(line(head));
    console.log(width.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
    console.log('');
    console.log(
      dist.gzip <= TARGET_GZIP
        ? `Target met: ours is ${kb(dist.gzip)} B gzip <= ${kb(TARGET_GZIP)} B (2.6 KB), with retries, credentials and errors included (${kb(TARGET_GZIP - dist.gzip)} B to spare).`
        : `Target MISSED: ours is ${kb(dist.gzip)} B gzip > ${kb(TARGET_GZIP)} B (2.6 KB), by ${kb(dist.gzip - TARGET_GZIP)} B.`,
    );
    const floor = gzipSync(literalText(dist.code), { level: 9 }).length;
    console.log(
      `Of ours, its literals and property names alone (what minifying cannot shorten) gzip to ${kb(floor)} B; ` +
        `the target leaves ${kb(Math.max(0, TARGET_GZIP - floor))} B for the logic, which takes ${kb(dist.gzip - floor)} B now.`,
    );
    console.log(
      dist.gzip == src.gzip && dist.min == src.min
        ? 'dist/ and src/ bundle to the same size.'
        : `dist/ and src/ differ by ${kb(Math.abs(dist.min - src.min))} B min, ${kb(Math.abs(dist.gzip - src.gzip))} B gzip (esbuild strips the same types either way; the difference is emitted code).`,
    );
    const pagingIn = (m: Measure): string => (m.code.includes('@odata.nextLink') ? 'paging code' : 'no paging code');
    const batchIn = (m: Measure): string => (m.code.includes('/$batch') ? '$batch code' : 'no $batch code');
    console.log(`The PATCH bundle has ${pagingIn(dist)} and ${batchIn(dist)}: code not imported is not bundled.`);

    console.log(
      `\nA workflow's other calls (package of test/fixtures/paging.yaml; ours with retries, credentials, errors):\n`,
    );
    console.log(line(['bundle of one call', 'bytes min', 'bytes gzip -9', 'gzip / ours']));
    console.log(width.map((w) => '-'.repeat(w)).join('  '));
    for (const r of workflowRows) console.log(line(r));
    console.log(
      '\nThe openapi-fetch list follows nextLinks with fetch (no token, no retries, no base-URL check); the hand-written batch ' +
        'has no retries of throttled items, no dependsOn, untyped answers.',
    );

    // Class names are minified away; these strings survive minification and show what came along.
    const has = (s: string | RegExp): string =>
      (typeof s == 'string' ? dist.code.includes(s) : s.test(dist.code)) ? 'yes' : 'NO';
    console.log('\nOur bundle includes (strings found in the minified output):');
    console.log(
      `  throttling retries, Retry-After and Retry-Attempt ....... ${has('retry-after')} / ${has('retry-attempt')} (POST/PATCH kept apart: ${has('P(OST|ATCH)')})`,
    );
    console.log(
      `  one limiter per client: shared pause, maxConcurrency ..... ${has(/resumeAt|Math\.max\(\w+,Date\.now\(\)\+\w+\)/)} / ${has('maxConcurrency')} (totalTimeoutMs, onThrottle: ${has('totalTimeoutMs')} / ${has('onThrottle')})`,
    );
    console.log(
      `  CAE claims challenges, a 401 drops the token ............ ${has('insufficient_claims')} / ${has('enableCae')}`,
    );
    console.log(
      `  bodies: size limit, JSON checked, cross-origin headers .. ${has('getReader')} / ${has('invalidResponseBody')} / ${has('crossOriginHeaders')}`,
    );
    console.log(`  credentials: token function and TokenCredential, scope .. ${has('getToken')} / ${has('/.default')}`);
    console.log(
      `  errors: GraphError, GraphRequestError, Graph error body .. ${has('"GraphError"')} / ${has('"RequestError"')} / ${has('nonGraphErrorBody')}`,
    );
    console.log(
      `  timeouts and aborts, manual redirects across hosts ...... ${has('timed out')} / ${has('redirect:"manual"')}`,
    );
    console.log(
      `  client-request-id, User-Agent/SdkVersion ................ ${has('client-request-id')} / ${has('sdkversion')}`,
    );
    console.log(`  national clouds ......................................... ${has('dod-graph.microsoft.us')}`);
    console.log(
      `openapi-fetch's bundle: the call and its middleware hook; no token, no retries, no timeout; errors returned, not thrown. ` +
        `Its entry type-checks against openapi-typescript ${version('openapi-typescript')}'s paths for the spec: ${typed}.`,
    );
    console.log(
      'Microsoft Graph SDK: 3.0 MB min / 431 KB gzip for a single PATCH, as quoted in the engineering notes (measured elsewhere).',
    );
  } finally {
    fs.rmSync(WORK, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
