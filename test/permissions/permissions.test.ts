/**
 * The permissions report on a fixture consumer project (test/permissions/fixtures/consumer) that uses the curated
 * packages, installed as a consumer has them (node_modules links to generated/): named imports (one renamed, one
 * imported but only used in a type), a namespace import of an operations module, a call made only through the
 * createSdk object, an operation whose permissions are undocumented, and two
 * packages at once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXACT_LIMIT, minimumCover } from '../../permissions/cover.js';
import { main } from '../../permissions/cli.js';
import { REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';
import { COMPILERS, expectClean, tsc } from '../helpers/tsc.js';

const FIXTURE = path.join(__dirname, 'fixtures', 'consumer');
let project: string;

beforeAll(() => {
  project = makeTempDir('permissions');
  fs.cpSync(FIXTURE, project, { recursive: true });
  fs.mkdirSync(path.join(project, 'node_modules', '@graph-intune'), { recursive: true });
  for (const [name, folder] of [
    ['client-beta', 'graph-beta'],
    ['client-v1.0', 'graph-v1.0'],
  ]) {
    fs.symlinkSync(
      path.join(REPO_ROOT, 'generated', folder!),
      path.join(project, 'node_modules', '@graph-intune', name!),
      'dir',
    );
  }
});
afterAll(() => removeTempDir(project));

function report(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, {
    stdout: { write: (t: string) => ((stdout += t), true) } as never,
    stderr: { write: (t: string) => ((stderr += t), true) } as never,
    cwd: project,
  });
  return { code, stdout, stderr };
}

const BETA = '@graph-intune/client-beta';
const V1 = '@graph-intune/client-v1.0';

test('the fixture project type-checks against the installed packages: its calls are real', async () => {
  expectClean(await tsc(COMPILERS[1], ['-p', project]), 'TypeScript 5.9 on the fixture project');
});

test('finds the operations the sources call, through imports, a namespace and the sdk object, and where', () => {
  const { code, stdout } = report(['src', '--json']);
  expect(code).toBe(0);
  const parsed = JSON.parse(stdout) as {
    filesScanned: number;
    operations: { package: string; operation: string; at: string[] }[];
  };
  expect(parsed.filesScanned).toBe(4);
  expect(parsed.operations.map((o) => [o.package, o.operation, o.at])).toEqual([
    [BETA, 'updateDeviceConfigurationDeviceStatus', ['statuses.ts:16:9']],
    [BETA, 'updateIosLobAppProvisioningConfigurationDeviceStatus', ['statuses.ts:28:9']],
    [BETA, 'updateIosLobAppProvisioningConfigurationDeviceStatuses', ['jobs/collection.ts:5:9']],
    // Called only through the object createSdk returns.
    [BETA, 'updateMobileAppConfigurationUserStatus', ['jobs/sdk.ts:11:9']],
    [V1, 'updateMobileAppConfigurationDeviceStatus', ['v1.ts:11:3']],
  ]);
});

test('prints per kind of access the smallest set of least privileged permissions, and what it cannot cover', () => {
  const { code, stdout } = report(['src']);
  expect(code).toBe(0);
  const kinds = stdout.slice(stdout.indexOf('\n\n') + 2);
  expect(kinds).toBe(
    [
      'Delegated (work or school account): 2 permissions (the smallest set, least privileged first)',
      `  DeviceManagementApps.ReadWrite.All           for updateMobileAppConfigurationDeviceStatus (${V1})`,
      `  DeviceManagementConfiguration.ReadWrite.All  for updateDeviceConfigurationDeviceStatus (${BETA}), updateIosLobAppProvisioningConfigurationDeviceStatus (${BETA}), updateMobileAppConfigurationUserStatus (${BETA})`,
      `  not documented (check the operation's page): updateIosLobAppProvisioningConfigurationDeviceStatuses (${BETA})`,
      '',
      'Application: 2 permissions (the smallest set, least privileged first)',
      `  DeviceManagementApps.ReadWrite.All           for updateMobileAppConfigurationDeviceStatus (${V1})`,
      `  DeviceManagementConfiguration.ReadWrite.All  for updateDeviceConfigurationDeviceStatus (${BETA}), updateIosLobAppProvisioningConfigurationDeviceStatus (${BETA}), updateMobileAppConfigurationUserStatus (${BETA})`,
      `  not documented (check the operation's page): updateIosLobAppProvisioningConfigurationDeviceStatuses (${BETA})`,
      '',
    ].join('\n'),
  );
});

test('one permission is enough where it covers every operation, the least privileged when several would', () => {
  // updateMobileAppConfigurationUserStatus takes DeviceManagementConfiguration (first) or DeviceManagementApps;
  // with the v1.0 call, which takes only DeviceManagementApps, one permission covers both.
  fs.mkdirSync(path.join(project, 'narrow'));
  fs.writeFileSync(
    path.join(project, 'narrow', 'app.ts'),
    `import { createSdk } from '${BETA}';\nimport * as v1 from '${V1}';\nconst sdk = createSdk();\nexport const calls = [sdk.deviceAppManagement.updateMobileAppConfigurationUserStatus, v1.updateMobileAppConfigurationDeviceStatus];\n`,
  );
  const parsed = JSON.parse(report(['narrow', '--json']).stdout) as {
    kinds: Record<string, { method: string; permissions: { permission: string; for: string[] }[] }>;
  };
  expect(parsed.kinds.application).toEqual({
    method: 'exact',
    permissions: [
      {
        permission: 'DeviceManagementApps.ReadWrite.All',
        for: [`updateMobileAppConfigurationDeviceStatus (${V1})`, `updateMobileAppConfigurationUserStatus (${BETA})`],
      },
    ],
    notDocumented: [],
    notSupported: [],
  });
});

test('a folder that is not there is a located usage error', () => {
  expect(report(['missing'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'missing: error permissions-folder: not a folder of sources\n',
  });
  expect(report([]).code).toBe(2);
});

describe('minimumCover', () => {
  // Greedy takes A (it covers four operations) and then needs B and C; the smallest cover is B and C.
  const items = [
    { id: '1', permissions: ['A', 'B'] },
    { id: '2', permissions: ['A', 'C'] },
    { id: '3', permissions: ['A', 'B'] },
    { id: '4', permissions: ['A', 'C'] },
    { id: '5', permissions: ['B'] },
    { id: '6', permissions: ['C'] },
  ];

  test('is exact where a greedy choice is not', () => {
    expect(minimumCover(items)).toEqual({
      method: 'exact',
      permissions: [
        { permission: 'B', for: ['1', '3', '5'] },
        { permission: 'C', for: ['2', '4', '6'] },
      ],
    });
  });

  test('prefers, among covers of one size, the permissions each operation lists first', () => {
    expect(
      minimumCover([
        { id: 'x', permissions: ['Read', 'ReadWrite'] },
        { id: 'y', permissions: ['ReadWrite', 'Read'] },
        { id: 'z', permissions: ['Read'] },
      ]).permissions,
    ).toEqual([{ permission: 'Read', for: ['x', 'y', 'z'] }]);
  });

  test('says so when it falls back to greedy', () => {
    const many = Array.from({ length: EXACT_LIMIT + 1 }, (_, i) => ({
      id: `op${i}`,
      permissions: [`P${i}`, 'Shared'],
    }));
    expect(minimumCover(many)).toEqual({
      method: 'greedy',
      permissions: [{ permission: 'Shared', for: many.map((m) => m.id).sort() }],
    });
  });
});

test('an operation that a kind of access cannot call is listed apart, and the others of that kind still covered', () => {
  // The curated specs document Application permissions for every operation, so a package of another API stands in.
  const pkg = path.join(project, 'node_modules', '@fixture', 'devices');
  fs.mkdirSync(pkg, { recursive: true });
  fs.writeFileSync(
    path.join(pkg, 'package.json'),
    JSON.stringify({
      name: '@fixture/devices',
      type: 'module',
      exports: { '.': './index.js', './metadata': './metadata.js' },
    }),
  );
  // As the generator writes it: the entry point re-exports one module per group (and once more does no harm).
  fs.mkdirSync(path.join(pkg, 'metadata'));
  fs.writeFileSync(
    path.join(pkg, 'metadata.js'),
    "export * from './metadata/devices.js';\nexport * from './metadata/devices.js';\nexport * from './metadata.js';\n",
  );
  fs.writeFileSync(
    path.join(pkg, 'metadata', 'devices.js'),
    [
      "export const wipeDevice = { operationId: 'wipeDevice', method: 'POST', path: '/devices/{id}/wipe',",
      "  permissions: { delegatedWorkOrSchool: ['Devices.ReadWrite.All'], delegatedPersonalMicrosoftAccount: 'notSupported', application: 'notSupported' } };",
      "export const listDevices = { operationId: 'listDevices', method: 'GET', path: '/devices',",
      "  permissions: { delegatedWorkOrSchool: ['Devices.Read.All'], delegatedPersonalMicrosoftAccount: 'notSupported', application: ['Devices.Read.All'] } };",
      '',
    ].join('\n'),
  );
  fs.mkdirSync(path.join(project, 'devices'));
  fs.writeFileSync(
    path.join(project, 'devices', 'job.ts'),
    "import { listDevices, wipeDevice } from '@fixture/devices';\nexport const job = [listDevices, wipeDevice];\n",
  );
  const { code, stdout } = report(['devices']);
  expect(code).toBe(0);
  const application = stdout.slice(stdout.indexOf('Application:'));
  expect(application).toBe(
    [
      'Application: 1 permission (the smallest set, least privileged first)',
      // One package in use: the report names operations without it.
      '  Devices.Read.All  for listDevices',
      '  not supported with this kind of access: wipeDevice',
      '',
    ].join('\n'),
  );
});
