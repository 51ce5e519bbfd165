/**
 * Publishing through a real registry: Verdaccio on 127.0.0.1 (test/helpers/registry.ts, no uplinks), both curated
 * packages published as generated, installed into a fresh consumer project from the registry alone, then the beta spec
 * changed additively (a new optional property), regenerated with the generator's CLI, published as the next version,
 * and `npm update` in the consumer takes it: code using the new property fails to type-check before and passes after.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { curatedJobs, REPO_ROOT } from '../helpers/generate.js';
import { startRegistry, type LocalRegistry } from '../helpers/registry.js';
import { writeTree } from '../helpers/temp.js';
import { COMPILERS, expectClean, run, tsc } from '../helpers/tsc.js';

const [v1, beta] = ['graph-v1.0', 'graph-beta'].map((folder) => curatedJobs().find((j) => j.out.endsWith(folder))!);
/** The version a curated package has now (version auto moves each as it changes). */
const versionOf = (job: { out: string }): string =>
  (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, job.out, 'package.json'), 'utf8')) as { version: string }).version;
/** The beta package's, which the additive regeneration moves on. */
const CURRENT = versionOf(beta!);
// An additive change before 1.0: npm's ^0.1.0 accepts 0.1.x and not 0.2.0, so additions take the last number.
const NEXT = CURRENT.replace(/\d+$/, (patch) => String(Number(patch) + 1));
const NPM_TIMEOUT_MS = 120_000;

let registry: LocalRegistry | undefined;
let consumer: string;

beforeAll(async () => {
  registry = await startRegistry();
  consumer = path.join(registry.dir, 'consumer');
}, 60_000);

afterAll(async () => {
  await registry?.stop();
});

const npm = (args: string[], cwd: string) => run('npm', args, { cwd, env: registry!.env, timeoutMs: NPM_TIMEOUT_MS });

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022'],
    types: [],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
  },
};

/** Uses the property the additive change brings; does not compile against the current version. */
const USES_NEW_PROPERTY = `import type { DeviceConfigurationDeviceStatus } from '${beta!.name}';
export const serial = (status: DeviceConfigurationDeviceStatus): string | null | undefined => status.deviceSerialNumber;
`;

test('the curated packages publish to the registry and a fresh consumer installs them from it', async () => {
  for (const job of [v1!, beta!])
    expectClean(await npm(['publish', path.join(REPO_ROOT, job.out)], registry!.dir), `npm publish ${job.name}`);
  writeTree(consumer, {
    'package.json': JSON.stringify(
      {
        name: 'intune-automation',
        private: true,
        type: 'module',
        dependencies: { [v1!.name!]: `^${versionOf(v1!)}`, [beta!.name!]: `^${CURRENT}` },
      },
      null,
      2,
    ),
    'tsconfig.json': JSON.stringify(TSCONFIG, null, 2),
    'src/sync.ts': `import { createClient, updateDeviceConfigurationDeviceStatus } from '${beta!.name}';
import { updateMobileAppConfigurationDeviceStatus } from '${v1!.name}';

const client = createClient({ credential: async () => 'token' });
export const both = () =>
  Promise.all([
    updateDeviceConfigurationDeviceStatus(client, { deviceConfigurationId: 'c', deviceConfigurationDeviceStatusId: 's' }, { status: 'compliant' }),
    updateMobileAppConfigurationDeviceStatus(client, { managedDeviceMobileAppConfigurationId: 'c', managedDeviceMobileAppConfigurationDeviceStatusId: 's' }, { status: 'compliant' }),
  ]);
`,
  });
  expectClean(await npm(['install'], consumer), 'npm install from the registry');
  const lock = JSON.parse(fs.readFileSync(path.join(consumer, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version: string; resolved: string }>;
  };
  for (const job of [v1!, beta!]) {
    expect(lock.packages[`node_modules/${job.name}`]).toMatchObject({
      version: versionOf(job),
      resolved: expect.stringMatching(new RegExp(`^${registry!.url}`)),
    });
  }
  for (const compiler of COMPILERS)
    expectClean(await tsc(compiler, ['-p', consumer]), `${compiler.name} on the consumer`);
  writeTree(consumer, { 'src/serial.ts': USES_NEW_PROPERTY });
  const before = await tsc(COMPILERS[1], ['-p', consumer]);
  expect(before.stdout).toContain(
    "error TS2339: Property 'deviceSerialNumber' does not exist on type 'DeviceConfigurationDeviceStatus'.",
  );
}, 300_000);

test('an additive regeneration publishes the next version, and npm update brings it to the consumer, which still type-checks', async () => {
  const spec = parseDocument(fs.readFileSync(path.join(REPO_ROOT, beta!.spec), 'utf8'));
  const properties = spec.getIn([
    'components',
    'schemas',
    'microsoft.graph.deviceConfigurationDeviceStatus',
    'allOf',
    1,
    'properties',
  ]) as { set(key: string, value: unknown): void };
  properties.set(
    'deviceSerialNumber',
    spec.createNode({
      type: 'string',
      nullable: true,
      description: 'Serial number of the device that is being reported.',
    }),
  );
  const changed = path.join(registry!.dir, 'graph-beta.yaml');
  fs.writeFileSync(changed, spec.toString());
  const out = path.join(registry!.dir, 'graph-beta');
  const generated = await run(
    process.execPath,
    [
      path.join(REPO_ROOT, 'generator/run.cjs'),
      '--spec',
      changed,
      '--out',
      out,
      '--name',
      beta!.name!,
      '--package-version',
      NEXT,
      '--quiet',
    ],
    { timeoutMs: 120_000 },
  );
  expectClean(generated, 'regenerating the beta package');
  expectClean(await npm(['publish', out], registry!.dir), `npm publish ${beta!.name}@${NEXT}`);

  const outdated = await npm(['outdated', '--json'], consumer);
  expect(JSON.parse(outdated.stdout)).toEqual({
    [beta!.name!]: expect.objectContaining({ current: CURRENT, wanted: NEXT, latest: NEXT }),
  });
  expectClean(await npm(['update'], consumer), 'npm update');
  const installed = JSON.parse(
    fs.readFileSync(path.join(consumer, 'node_modules', beta!.name!, 'package.json'), 'utf8'),
  ) as { version: string };
  expect(installed.version).toBe(NEXT);
  for (const compiler of COMPILERS)
    expectClean(await tsc(compiler, ['-p', consumer]), `${compiler.name} on the updated consumer`);
}, 300_000);
