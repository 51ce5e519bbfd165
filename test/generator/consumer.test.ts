/**
 * The package as a consumer gets it: generated/graph-beta is packed with `npm pack`, installed
 * offline into a fresh ESM project (strict, NodeNext, lib ES2022 only: no DOM, no @types/node), and
 * used from TypeScript, from the package root and from a subpath. Correct calls must type-check
 * with TypeScript 7 and 5.9; wrong ones must be rejected, each with the error it deserves. Then the
 * built JavaScript runs one call against a local server.
 */
import * as fs from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { curatedJobs, REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, removeTempDir, writeTree } from '../helpers/temp.js';
import { COMPILERS, expectClean, run, tsc } from '../helpers/tsc.js';

const job = curatedJobs().find((j) => j.out.endsWith('graph-beta'))!;
const PKG = job.name!;
const PACKAGE_DIR = path.join(REPO_ROOT, job.out);

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022'],
    types: [],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
  },
};

/** Calls that must not compile, each with the TypeScript error (either code) it must produce. */
const WRONG_CALLS = [
  {
    why: 'a path parameter is missing',
    codes: ['TS2741', 'TS2345'],
    call: `await updateDeviceConfigurationDeviceStatus(client, { deviceConfigurationId: 'c' }, {});`,
  },
  {
    why: "'done' is not a ComplianceStatus",
    codes: ['TS2322'],
    call: `await updateDeviceConfigurationDeviceStatus(client, ids, { status: 'done' });`,
  },
  {
    why: 'id is read-only, so a PATCH body cannot carry it',
    codes: ['TS2353'],
    call: `await updateDeviceConfigurationDeviceStatus(client, ids, { id: 'status-1' });`,
  },
  {
    why: 'platform is a number',
    codes: ['TS2322'],
    call: `await updateDeviceConfigurationDeviceStatus(client, ids, { platform: 'ios' });`,
  },
  { why: 'the body is required', codes: ['TS2554'], call: `await updateDeviceConfigurationDeviceStatus(client, ids);` },
  { why: 'metadata is read-only', codes: ['TS2540'], call: `statusMetadata.method = 'GET';` },
] as const;
const WRONG_IMPORT = {
  why: 'the operation name is misspelt',
  codes: ['TS2724', 'TS2305'],
  line: `import { updateDeviceConfigurationDeviceStatu } from '${PKG}';`,
};

/** The consumer's code; `directives` puts @ts-expect-error before each wrong line. */
function consumerSource(directives: boolean): string {
  const expectError = (why: string) => (directives ? `// @ts-expect-error ${why}\n` : '');
  return `import {
  complianceStatusValues,
  createClient,
  GraphError,
  updateDeviceConfigurationDeviceStatus,
  type ComplianceStatus,
  type DeviceConfigurationDeviceStatus,
  type DeviceConfigurationDeviceStatusUpdate,
} from '${PKG}';
import { updateDeviceConfigurationRootCertificateDeviceStatus } from '${PKG}/operations/deviceManagement';
import { updateMobileAppConfigurationUserStatus } from '${PKG}/operations/deviceAppManagement';
import { updateDeviceConfigurationDeviceStatus as statusMetadata, type OperationMetadata, type PermissionList } from '${PKG}/metadata';
${expectError(WRONG_IMPORT.why)}${WRONG_IMPORT.line}

const client = createClient({ cloud: 'usGovL4', credential: async (scopes: string[]) => \`token for \${scopes.join(' ')}\`, retry: { maxRetries: 2 } });
const ids = { deviceConfigurationId: 'config-1', deviceConfigurationDeviceStatusId: 42 };
const metadata: OperationMetadata = statusMetadata;
export const applicationScopes: PermissionList | undefined = metadata.permissions?.application;

export async function correct(): Promise<ComplianceStatus | undefined> {
  const body: DeviceConfigurationDeviceStatusUpdate = { status: 'nonCompliant', deviceDisplayName: 'Laptop', '@odata.type': '#microsoft.graph.deviceConfigurationDeviceStatus' };
  const result = await updateDeviceConfigurationDeviceStatus(client, ids, body, { timeoutMs: 10_000, headers: { 'x-extra': '1' } });
  let status: ComplianceStatus | undefined;
  if (result.hasContent) {
    status = result.data.status;
    const full: DeviceConfigurationDeviceStatus = result.data;
    const id: string | undefined = full.id;
    void id;
  } else {
    const nothing: undefined = result.data;
    void nothing;
  }
  const requestId: string | undefined = result.requestId;
  void requestId;
  // Every property of a PATCH body is optional.
  await updateDeviceConfigurationRootCertificateDeviceStatus(client, ids, {});
  await updateMobileAppConfigurationUserStatus(
    client,
    { managedDeviceMobileAppConfigurationId: 'a', managedDeviceMobileAppConfigurationUserStatusId: 'b' },
    { status: complianceStatusValues[0] },
  );
  try {
    await updateDeviceConfigurationDeviceStatus(client, ids, {});
  } catch (e) {
    if (e instanceof GraphError && e.code === 'ResourceNotFound') return undefined;
    throw e;
  }
  return status;
}

export async function wrong(): Promise<void> {
${WRONG_CALLS.map((w) => `  ${expectError(w.why)}  ${w.call}`.replace(/\n(?! )/g, '\n  ')).join('\n')}
}
`;
}

let temp: string;
let project: string;

beforeAll(async () => {
  temp = makeTempDir('consumer');
  project = path.join(temp, 'consumer');
  fs.mkdirSync(project);
  const npmEnv = {
    ...process.env,
    npm_config_cache: path.join(temp, 'npm-cache'),
    npm_config_update_notifier: 'false',
  };
  const packed = await run('npm', ['pack', PACKAGE_DIR, '--pack-destination', temp, '--json'], {
    cwd: temp,
    env: npmEnv,
  });
  expectClean(packed, 'npm pack');
  const tarball = path.join(temp, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  writeTree(project, {
    'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
    'tsconfig.json': JSON.stringify({ ...TSCONFIG, files: ['consumer.ts'] }, null, 2),
    'tsconfig.rejected.json': JSON.stringify({ ...TSCONFIG, files: ['rejected.ts'] }, null, 2),
    'consumer.ts': consumerSource(true),
    'rejected.ts': consumerSource(false),
  });
  expectClean(
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, env: npmEnv }),
    'npm install of the packed tarball',
  );
}, 120_000);

afterAll(() => removeTempDir(temp));

test('the tarball installs the package with its built files and no dependencies', () => {
  const installed = path.join(project, 'node_modules', ...PKG.split('/'));
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
    name: string;
    type: string;
    dependencies?: unknown;
  };
  expect(manifest).toMatchObject({ name: PKG, type: 'module' });
  expect(manifest.dependencies).toBeUndefined();
  for (const file of [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/operations/deviceManagement.js',
    'dist/operations/deviceManagement.d.ts',
  ]) {
    expect({ file, exists: fs.existsSync(path.join(installed, file)) }).toEqual({ file, exists: true });
  }
  expect(fs.readdirSync(path.join(project, 'node_modules')).filter((e) => !e.startsWith('.'))).toEqual([
    PKG.split('/')[0],
  ]);
});

test.each(COMPILERS.map((c) => [c.name, c] as const))(
  '%s accepts the correct calls and every @ts-expect-error is used',
  async (_name, compiler) => {
    expectClean(
      await tsc(compiler, ['-p', 'tsconfig.json', '--pretty', 'false'], project),
      `${compiler.name} on the consumer project`,
    );
  },
);

test('each wrong call is rejected on its own line, with the error it deserves', async () => {
  const result = await tsc(COMPILERS[0], ['-p', 'tsconfig.rejected.json', '--pretty', 'false'], project);
  const source = fs.readFileSync(path.join(project, 'rejected.ts'), 'utf8').split('\n');
  const errors = [...`${result.stdout}${result.stderr}`.matchAll(/^rejected\.ts\((\d+),\d+\): error (TS\d+):/gm)].map(
    (m) => ({ line: Number(m[1]), code: m[2]! }),
  );
  const lineOf = (text: string) => source.findIndex((l) => l.trim() === text) + 1;
  const expected = [WRONG_IMPORT, ...WRONG_CALLS].map((w) => ({
    line: lineOf('line' in w ? w.line : w.call),
    codes: w.codes as readonly string[],
  }));
  expect(expected.every((e) => e.line > 0)).toBe(true);
  // Exactly one error per wrong line, of the expected kind, and none elsewhere.
  const shown = { output: result.stdout, errors: errors.sort((a, b) => a.line - b.line) };
  expect({ ...shown, errors: shown.errors.map((e) => e.line) }).toEqual({
    ...shown,
    errors: expected.map((e) => e.line).sort((a, b) => a - b),
  });
  for (const e of expected)
    expect({
      line: e.line,
      output: result.stdout,
      ok: e.codes.includes(errors.find((x) => x.line === e.line)!.code),
    }).toEqual({ line: e.line, output: result.stdout, ok: true });
});

describe('the built JavaScript', () => {
  let server: Server;
  let origin: string;
  const seen: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req-1' });
        res.end(JSON.stringify({ id: 'status 1', status: 'compliant', deviceDisplayName: 'Laptop' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('runs in Node: one PATCH reaches the server, and its answer comes back typed as data', async () => {
    writeTree(project, {
      'call.mjs': `import { createClient, updateDeviceConfigurationDeviceStatus } from '${PKG}';
import { updateDeviceConfigurationDeviceStatus as metadata } from '${PKG}/metadata';
const client = createClient({ baseUrl: process.argv[2], credential: async () => 'test-token', retry: false, timeoutMs: 10000 });
const result = await updateDeviceConfigurationDeviceStatus(client, { deviceConfigurationId: 'config 1', deviceConfigurationDeviceStatusId: 'status/1' }, { status: 'compliant' });
console.log(JSON.stringify({ status: result.status, hasContent: result.hasContent, data: result.data, requestId: result.requestId, metadata: [metadata.method, metadata.path] }));
`,
    });
    const child = await run(process.execPath, ['call.mjs', `${origin}/beta`], { cwd: project, timeoutMs: 30_000 });
    expectClean(child, 'node call.mjs');
    expect(JSON.parse(child.stdout)).toEqual({
      status: 200,
      hasContent: true,
      data: { id: 'status 1', status: 'compliant', deviceDisplayName: 'Laptop' },
      requestId: 'req-1',
      // The ./metadata subpath resolves in Node too.
      metadata: [
        'PATCH',
        '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
      ],
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'PATCH',
      // Each parameter is exactly one encoded path segment.
      url: '/beta/deviceManagement/deviceConfigurations/config%201/deviceStatuses/status%2F1',
      headers: expect.objectContaining({
        authorization: 'Bearer test-token',
        'content-type': expect.stringMatching(/^application\/json/),
      }),
    });
    expect(JSON.parse(seen[0]!.body)).toEqual({ status: 'compliant' });
  });
});
