// Code a user does not import never reaches their bundle: a PATCH-only entry, bundled by esbuild from the built
// package of the paging fixture (whose operations module also holds a list and its paging function), has none of
// the paging or $batch code; entries that page or batch have it (so the strings looked for are the right ones).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { fixtureSpec, generate } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';

const NAME = '@example/paging';
/** Strings that survive minification, one of each feature's own code. */
const PAGING = ['@odata.nextLink', 'not a collection'];
const BATCH = ['/$batch', 'Failed Dependency'];

const ENTRIES = {
  patch: `import { createClient, updateDeviceConfigurationDeviceStatus } from '${NAME}';
export const run = () => updateDeviceConfigurationDeviceStatus(createClient(), { deviceConfigurationId: 'a', deviceConfigurationDeviceStatusId: 'b' }, { status: 'remediated' });`,
  paging: `import { createClient, listDeviceConfigurationDeviceStatusesAll } from '${NAME}';
export const run = () => listDeviceConfigurationDeviceStatusesAll(createClient(), { deviceConfigurationId: 'a' });`,
  batch: `import { batch, createClient, updateDeviceConfigurationDeviceStatus } from '${NAME}';
export const run = () => batch(createClient(), [(c) => updateDeviceConfigurationDeviceStatus(c, { deviceConfigurationId: 'a', deviceConfigurationDeviceStatusId: 'b' }, {})]);`,
};

let temp: string;
const bundles: Record<string, string> = {};

beforeAll(async () => {
  const { files } = await generate({ spec: fixtureSpec('paging'), name: NAME, version: '1.0.0' });
  temp = makeTempDir('tree-shaking');
  const pkg = path.join(temp, 'node_modules', ...NAME.split('/'));
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(pkg, file)), { recursive: true });
    fs.writeFileSync(path.join(pkg, file), text);
  }
  for (const [name, source] of Object.entries(ENTRIES)) {
    fs.writeFileSync(path.join(temp, `${name}.js`), source);
    const out = await build({
      entryPoints: [path.join(temp, `${name}.js`)],
      absWorkingDir: temp,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    bundles[name] = out.outputFiles[0].text;
  }
}, 60_000);
afterAll(() => removeTempDir(temp));

it('a PATCH-only bundle holds no paging and no $batch code', () => {
  expect(bundles.patch).toContain('client-request-id');
  for (const s of [...PAGING, ...BATCH]) expect(bundles.patch).not.toContain(s);
  expect(bundles.patch).not.toContain('listDeviceConfigurationDeviceStatuses');
});

it('a bundle that pages holds the paging code and no $batch code', () => {
  for (const s of PAGING) expect(bundles.paging).toContain(s);
  for (const s of BATCH) expect(bundles.paging).not.toContain(s);
});

it('a bundle that batches holds the $batch code and no paging code', () => {
  for (const s of BATCH) expect(bundles.batch).toContain(s);
  for (const s of PAGING) expect(bundles.batch).not.toContain(s);
});
