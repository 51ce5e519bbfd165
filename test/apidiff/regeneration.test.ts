/**
 * Regenerating over a package: the CHANGELOG kept and prepended, no bump when nothing changed,
 * and `--check` refusing breaking changes that were generated without a major version.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { release } from '../../generator/apidiff/release.js';
import { EXIT } from '../../generator/cli.js';
import { readManifest } from '../../generator/write/manifest.js';
import { cli } from '../helpers/cli.js';
import { makeTempDir, readTree, removeTempDir } from '../helpers/temp.js';
import { baseSpec, DATE, generateInto, versionIn } from './support.js';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('apidiff-regen');
});
afterEach(() => removeTempDir(dir));

const changelog = () => fs.readFileSync(path.join(dir, 'pkg', 'CHANGELOG.md'), 'utf8');
const withWidget = () => {
  const spec = baseSpec();
  spec.components.schemas.widget = { type: 'object', properties: { id: { type: 'string' } } };
  return spec;
};
const withoutGadget = (spec = baseSpec()) => {
  delete spec.components.schemas.gadget;
  return spec;
};

test('the CHANGELOG keeps every entry, newest first; an unchanged regeneration changes nothing', async () => {
  await generateInto(dir, baseSpec(), { version: 'auto' });
  expect(versionIn(dir)).toBe('0.1.0');
  expect(fs.existsSync(path.join(dir, 'pkg', 'CHANGELOG.md'))).toBe(false);

  await generateInto(dir, withWidget(), { version: 'auto' });
  expect(versionIn(dir)).toBe('0.1.1');
  const first = changelog();
  expect(first).toBe(
    `# Changelog\n\nEach generated version of things, newest first: what changed for code that uses it.\n\n## 0.1.1 (${DATE})\n\nAdditions since 0.1.0:\n\n- \`Widget\`: added\n`,
  );

  await generateInto(dir, withoutGadget(withWidget()), { version: 'auto' });
  expect(versionIn(dir)).toBe('0.2.0');
  const second = changelog();
  expect(second).toContain(`## 0.2.0 (${DATE})\n\nBreaking changes since 0.1.1:\n\n- \`Gadget\`: removed\n`);
  expect(second.endsWith(first.slice(first.indexOf('## 0.1.1')))).toBe(true);
  const manifest = readManifest(path.join(dir, 'pkg'));
  expect(manifest !== undefined && manifest !== 'unreadable' && manifest.files.has('CHANGELOG.md')).toBe(true);

  const before = readTree(path.join(dir, 'pkg'));
  const again = await generateInto(dir, withoutGadget(withWidget()), { version: 'auto' });
  expect(again.apiChange).toBeUndefined();
  expect(readTree(path.join(dir, 'pkg'))).toEqual(before);
  const check = await generateInto(dir, withoutGadget(withWidget()), { version: 'auto', check: true });
  expect(check.differences).toEqual([]);
}, 120_000);

describe('a breaking change without a major version', () => {
  const args = (spec: string, version: string) => [
    '--spec',
    spec,
    '--out',
    'pkg',
    '--name',
    'things',
    '--package-version',
    version,
  ];

  beforeEach(async () => {
    await generateInto(dir, baseSpec(), { version: '0.1.0', file: 'base.json' });
    fs.writeFileSync(path.join(dir, 'breaking.json'), JSON.stringify(withoutGadget()));
  });

  test('--check on an out-of-date package fails with the report', async () => {
    const r = await cli([...args('breaking.json', '0.1.0'), '--check'], dir);
    expect(r.status).toBe(EXIT.spec);
    expect(r.stderr).toContain(
      'error api-breaking-without-major: breaking changes to the public API were generated without a major version (0.1.0 → 0.1.0); set the version to 0.2.0 or "auto"',
    );
    expect(r.stderr).toContain('pkg: breaking changes (0.1.0 → 0.1.0)\n  breaking Gadget: removed');
    expect(versionIn(dir)).toBe('0.1.0');
  }, 120_000);

  test('generating warns, and --check then fails on what was generated', async () => {
    const generated = await cli(args('breaking.json', '0.1.0'), dir);
    expect(generated.status).toBe(EXIT.ok);
    expect(generated.stderr).toContain('warning api-breaking-without-major');
    expect(generated.stdout).toContain('breaking Gadget: removed');
    const check = await cli([...args('breaking.json', '0.1.0'), '--check'], dir);
    expect(check.status).toBe(EXIT.spec);
    expect(check.stderr).toContain(
      'error api-breaking-without-major: breaking changes to the public API were generated without a major version (0.1.0 → 0.1.0)',
    );
  }, 120_000);

  test('with a major version (0.2.0 for 0.1.0), generating and --check pass', async () => {
    const generated = await cli(args('breaking.json', '0.2.0'), dir);
    expect(generated.status).toBe(EXIT.ok);
    expect(generated.stderr).not.toContain('api-breaking-without-major');
    expect((await cli([...args('breaking.json', '0.2.0'), '--check'], dir)).status).toBe(EXIT.ok);
  }, 120_000);
});

test('a large package is not compared: its version and CHANGELOG stay, and a warning says so', async () => {
  await generateInto(dir, baseSpec(), { version: '0.3.0' });
  const files = readTree(path.join(dir, 'pkg'));
  files.delete('.codegen-manifest');
  files.set('README.md', `${files.get('README.md')}\nchanged\n`);
  const pkg = path.join(dir, 'pkg');
  const r = release({
    outDir: pkg,
    display: 'pkg',
    name: 'things',
    version: '0.3.0',
    requested: 'auto',
    origin: { spec: 'spec.json', title: 'Things', package: 'things' },
    files,
    largeAbove: 2 * 1024 * 1024,
    check: false,
    date: DATE,
  });
  expect(r.version).toBe('0.3.0');
  expect(r.entry).toBeUndefined();
  expect(r.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual([
    'warning api-not-compared: public API not compared with the previous package: the spec is above 2 MB, where the comparison is skipped; the version stays 0.3.0 and CHANGELOG.md gets no entry',
  ]);
  expect(r.files.has('CHANGELOG.md')).toBe(false);
});
