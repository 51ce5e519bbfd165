/**
 * `$select` and `$expand` on the curated packages (v1.0 and beta, generated from spec/): each operation's `$select`
 * takes its entity's property names and `$expand` its navigation properties, so a consumer's wrong reads fail to
 * compile. One consumer project per package, type-checked with TypeScript 7 and 5.9; every @ts-expect-error must be
 * used (an unused one is itself an error), and the rest must compile. Beta's deviceConfiguration names seven of its
 * kinds (an open mapping, C30): its consumer also reads them through their guards, and holds a kind the spec does not
 * name.
 */
import * as path from 'node:path';
import { curatedJobs, generate } from '../helpers/generate.js';
import { makeTempDir, removeTempDir, writeTree } from '../helpers/temp.js';
import { COMPILERS, expectClean, tsc, writeConsumerProject } from '../helpers/tsc.js';

const CONSUMER = `import {
  batch,
  createClient,
  getDeviceConfiguration,
  getDeviceConfigurationDeviceStatus,
  listDeviceConfigurations,
  listDeviceConfigurationsAll,
  type DeviceConfiguration,
  type DeviceConfigurationDeviceStatus,
} from './package/dist/index.js';

export const client = createClient({ credential: async () => 'token' });
/** Needs two properties of a device configuration, present. */
const label = (c: Required<Pick<DeviceConfiguration, 'id' | 'displayName'>>): string => \`\${c.displayName} (\${c.id})\`;

export async function calls(): Promise<void> {
  const page = await listDeviceConfigurations(client, { query: { $select: ['id', 'displayName'], $top: 5 } });
  for (const c of page.hasContent ? (page.data.value ?? []) : []) {
    label(c);
    // @ts-expect-error version was not selected
    void c.version;
  }
  // Through the paging function, every item of every page alike.
  for await (const c of listDeviceConfigurationsAll(client, { query: { $select: ['id', 'displayName'] } })) {
    label(c);
    // @ts-expect-error description was not selected
    void c.description;
  }
  // @ts-expect-error passcodeRequired is not a property of deviceConfiguration
  await listDeviceConfigurations(client, { query: { $select: ['id', 'passcodeRequired'] } });
  // @ts-expect-error displayName is not a navigation property
  await getDeviceConfiguration(client, { deviceConfigurationId: 'c', query: { $expand: ['displayName'] } });

  const one = await getDeviceConfiguration(client, { deviceConfigurationId: 'c', query: { $select: ['id'] } });
  // @ts-expect-error displayName was not selected, so the result does not do where both are needed
  if (one.hasContent) label(one.data);

  // An expanded navigation property is in the result; selected but not expanded, it is not (Graph leaves it out).
  const expanded = await getDeviceConfiguration(client, {
    deviceConfigurationId: 'c',
    query: { $select: ['id', 'displayName'], $expand: ['deviceStatuses'] },
  });
  if (expanded.hasContent) {
    label(expanded.data);
    const statuses: DeviceConfigurationDeviceStatus[] | undefined = expanded.data.deviceStatuses;
    void statuses;
  }
  const unexpanded = await getDeviceConfiguration(client, {
    deviceConfigurationId: 'c',
    query: { $select: ['id', 'deviceStatuses'] },
  });
  // @ts-expect-error deviceStatuses is selected but not expanded
  if (unexpanded.hasContent) void unexpanded.data.deviceStatuses;

  // Another entity's list: its own names.
  const status = await getDeviceConfigurationDeviceStatus(client, {
    deviceConfigurationId: 'c',
    deviceConfigurationDeviceStatusId: 's',
    query: { $select: ['status', 'deviceDisplayName'] },
  });
  if (status.hasContent) {
    void status.data.status;
    // @ts-expect-error userName was not selected
    void status.data.userName;
  }
  // @ts-expect-error displayName is a property of deviceConfiguration, not of its statuses
  await getDeviceConfigurationDeviceStatus(client, { deviceConfigurationId: 'c', deviceConfigurationDeviceStatusId: 's', query: { $select: ['displayName'] } });

  // A batch outcome holds the call's own narrowed result.
  const [outcome] = await batch(client, [
    (client) => getDeviceConfiguration(client, { deviceConfigurationId: 'c', query: { $select: ['id', 'displayName'] } }),
  ]);
  if (outcome.ok && outcome.result.hasContent) {
    label(outcome.result.data);
    // @ts-expect-error version was not selected in the batched call
    void outcome.result.data.version;
  }

  // Without $select, the whole type.
  const full = await getDeviceConfiguration(client, { deviceConfigurationId: 'c' });
  if (full.hasContent) {
    const whole: DeviceConfiguration = full.data;
    void whole.version;
  }
}
`;

const KINDS = `import {
  isIosScepCertificateProfile,
  isWindowsDomainJoinConfiguration,
  listDeviceConfigurations,
  listDeviceConfigurationsAll,
  type AnyDeviceConfiguration,
  type DeviceConfigurationCollectionResponse,
} from './package/dist/index.js';
import { client } from './consumer.js';

type IosScep = '#microsoft.graph.iosScepCertificateProfile';

export async function kinds(): Promise<void> {
  const page = await listDeviceConfigurations(client);
  for (const c of page.hasContent ? (page.data.value ?? []) : []) {
    // @ts-expect-error any kind may arrive: without the guard, @odata.type is any string
    const before: IosScep = c['@odata.type'];
    if (isIosScepCertificateProfile(c)) {
      const kind: IosScep = c['@odata.type'];
      void kind;
      // @ts-expect-error the guard narrowed to one kind: it is not another
      const other: '#microsoft.graph.windowsDomainJoinConfiguration' = c['@odata.type'];
      void other;
    }
    void before;
  }
  // The guards narrow a $select-narrowed item too, which keeps its selected properties.
  for await (const c of listDeviceConfigurationsAll(client, { query: { $select: ['id', 'displayName'] } })) {
    if (isWindowsDomainJoinConfiguration(c)) {
      const kind: '#microsoft.graph.windowsDomainJoinConfiguration' = c['@odata.type'];
      void [kind, c.displayName];
      // @ts-expect-error version was not selected
      void c.version;
    }
  }
}

// A kind the spec does not name is a deviceConfiguration all the same (the service has about a hundred kinds).
const windows10: AnyDeviceConfiguration = {
  '@odata.type': '#microsoft.graph.windows10GeneralConfiguration',
  id: 'c',
  displayName: 'Windows baseline',
};
const named: AnyDeviceConfiguration = { '@odata.type': '#microsoft.graph.iosScepCertificateProfile', id: 'd' };
export const mixed: DeviceConfigurationCollectionResponse = { value: [windows10, named] };
// @ts-expect-error an unnamed kind is still a deviceConfiguration: its properties keep their types
export const wrong: AnyDeviceConfiguration = { '@odata.type': '#microsoft.graph.windows10GeneralConfiguration', version: 'one' };
`;

const jobs = curatedJobs();
/** The packages whose deviceConfiguration names its kinds (beta's pages name them; v1.0's do not). */
const withKinds = (job: (typeof jobs)[number]) => path.basename(job.out) === 'graph-beta';
let temp: string;

beforeAll(async () => {
  temp = makeTempDir('odata-curated');
  for (const job of jobs) {
    const dir = path.join(temp, path.basename(job.out));
    const { files } = await generate({ spec: job.spec, name: job.name!, version: '1.0.0' });
    writeTree(path.join(dir, 'package'), files);
    const sources = { 'consumer.ts': CONSUMER, ...(withKinds(job) ? { 'kinds.ts': KINDS } : {}) };
    writeTree(dir, sources);
    writeConsumerProject(dir, Object.keys(sources));
  }
}, 180_000);

afterAll(() => removeTempDir(temp));

const cases = jobs.flatMap((job) => COMPILERS.map((c) => [path.basename(job.out), c.name, c] as const));

test.each(cases)('%s, %s: wrong reads and lists fail to compile, right ones compile', async (dir, _name, compiler) => {
  expectClean(
    await tsc(compiler, ['-p', 'tsconfig.json', '--pretty', 'false'], path.join(temp, dir)),
    `${compiler.name} on the consumer of ${dir}`,
  );
});
