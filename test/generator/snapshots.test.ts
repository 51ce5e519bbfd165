/**
 * Every generated file of every case, pinned as a real file under test/__file_snapshots__/<case>/
 * (see test/helpers/file-snapshots.ts; `UPDATE_SNAPSHOTS=1 npx jest test/generator/snapshots.test.ts`
 * accepts a change). Cases: the packages of codegen.config.json, and one per fixture spec.
 * The runtime is the same in every package, so only graph-beta's snapshot keeps it; a test
 * below proves the sameness. A case's warnings are pinned beside its files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { expectFileSnapshots, snapshotCases, snapshotModeFromEnv, SNAPSHOT_ROOT } from '../helpers/file-snapshots.js';
import { curatedJobs, FIXTURES, generate, isRuntimeFile, REPO_ROOT, type Generated } from '../helpers/generate.js';

/** The one case whose snapshot keeps src/runtime/ and dist/runtime/. */
const RUNTIME_CASE = 'graph-beta';
/** Not a generated file: the case's warnings, one formatted diagnostic a line. */
const DIAGNOSTICS_FILE = '__diagnostics__.txt';

const cases = [
  ...curatedJobs().map((job) => ({ name: path.basename(job.out), job: { spec: job.spec, name: job.name, version: job.version } })),
  ...FIXTURES.map((f) => ({ name: f.name as string, job: { spec: f.spec } })),
];
const generated = new Map<string, Generated>();

beforeAll(async () => {
  for (const c of cases) generated.set(c.name, await generate(c.job));
}, 120_000);

test.each(cases.map((c) => c.name))('%s: every generated file matches its snapshot', (name) => {
  const result = generated.get(name)!;
  const files = new Map([...result.files].filter(([file]) => name === RUNTIME_CASE || !isRuntimeFile(file)));
  if (result.diagnostics.length > 0) files.set(DIAGNOSTICS_FILE, result.diagnostics.map(formatDiagnostic).join('\n') + '\n');
  expectFileSnapshots(name, files);
});

test('the snapshot folder holds exactly one folder per case', () => {
  const expected = cases.map((c) => c.name).sort();
  const mode = snapshotModeFromEnv();
  if (mode.update && !mode.ci) {
    for (const stale of snapshotCases().filter((c) => !expected.includes(c))) fs.rmSync(path.join(SNAPSHOT_ROOT, stale), { recursive: true });
  }
  expect(snapshotCases()).toEqual(expected);
});

test('every fixture spec under test/fixtures is a case', () => {
  const dir = path.join(REPO_ROOT, 'test', 'fixtures');
  // A top-level file is a spec; a top-level folder holds a multi-file spec whose entry is api.yaml.
  const specs = fs.readdirSync(dir, { withFileTypes: true }).map((e) => `test/fixtures/${e.name}${e.isDirectory() ? '/api.yaml' : ''}`);
  expect(specs.sort()).toEqual(FIXTURES.map((f) => f.spec).sort());
});

test('every package has its sources, their build, package files and a manifest listing exactly them', () => {
  for (const [name, { files }] of generated) {
    const paths = [...files.keys()];
    for (const required of ['package.json', 'README.md', 'tsconfig.json', '.codegen-manifest', 'src/index.ts', 'src/client.ts', 'dist/index.js', 'dist/index.d.ts']) {
      expect({ name, has: paths.includes(required) }).toEqual({ name, has: true });
    }
    const sources = paths.filter((p) => p.startsWith('src/'));
    const built = paths.filter((p) => p.startsWith('dist/'));
    expect(sources.every((p) => p.endsWith('.ts'))).toBe(true);
    expect(built.sort()).toEqual(sources.flatMap((p) => [p.replace(/^src\/(.*)\.ts$/, 'dist/$1.d.ts'), p.replace(/^src\/(.*)\.ts$/, 'dist/$1.js')]).sort());
    const listed = JSON.parse(files.get('.codegen-manifest')!).files;
    expect(listed).toEqual(paths.filter((p) => p !== '.codegen-manifest').sort());
  }
});

test('the runtime is the same in every package, so one snapshot of it is enough', () => {
  const runtime = (name: string) => new Map([...generated.get(name)!.files].filter(([file]) => isRuntimeFile(file)));
  const reference = runtime(RUNTIME_CASE);
  expect(reference.has('src/runtime/index.ts')).toBe(true);
  expect(reference.has('dist/runtime/index.js')).toBe(true);
  for (const c of cases) expect({ name: c.name, runtime: runtime(c.name) }).toEqual({ name: c.name, runtime: reference });
});

test('a JSON spec generates the same package as its YAML twin', () => {
  // But for the spec's file name, which the manifest records.
  const files = (name: string) => new Map([...generated.get(name)!.files].map(([f, t]) => [f, f === '.codegen-manifest' ? t.replace(/"spec": ".*"/, '') : t]));
  expect(files('json-spec')).toEqual(files('nullable-3.0'));
  expect(JSON.parse(generated.get('json-spec')!.files.get('.codegen-manifest')!).spec).toBe('json-spec.json');
});
