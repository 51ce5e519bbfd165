/**
 * Every generated file of every case, pinned as a real file under test/__file_snapshots__/<case>/
 * (see test/helpers/file-snapshots.ts; `UPDATE_SNAPSHOTS=1 npx jest test/generator/snapshots.test.ts`
 * accepts a change). Cases: the packages of codegen.config.json, and one per fixture spec.
 * The runtime is the same in every package of a profile, so only graph-beta's (Graph) and
 * openapi-profile's (plain OpenAPI) snapshots keep it; a test below proves the sameness. A case's
 * warnings are pinned beside its files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { expectFileSnapshots, snapshotCases, snapshotModeFromEnv, SNAPSHOT_ROOT } from '../helpers/file-snapshots.js';
import { curatedJobs, FIXTURES, generate, isRuntimeFile, REPO_ROOT, type Generated } from '../helpers/generate.js';

/** The case of each profile whose snapshot keeps src/runtime/ and dist/runtime/. */
const RUNTIME_CASES = { graph: 'graph-beta', openapi: 'openapi-profile' } as const;
/** A package's profile, as its runtime shows it. */
const profileOf = (files: ReadonlyMap<string, string>) => (files.has('src/runtime/graph.ts') ? 'graph' : 'openapi');
/** Not a generated file: the case's warnings, one formatted diagnostic a line. */
const DIAGNOSTICS_FILE = '__diagnostics__.txt';

const cases = [
  ...curatedJobs().map((job) => ({
    name: path.basename(job.out),
    job: { spec: job.spec, name: job.name, version: job.version },
  })),
  ...FIXTURES.map((f) => ({ name: f.name as string, job: { spec: f.spec } })),
];
const generated = new Map<string, Generated>();

beforeAll(async () => {
  for (const c of cases) generated.set(c.name, await generate(c.job));
}, 120_000);

test.each(cases.map((c) => c.name))('%s: every generated file matches its snapshot', (name) => {
  const result = generated.get(name)!;
  const keepsRuntime = (Object.values(RUNTIME_CASES) as string[]).includes(name);
  const files = new Map([...result.files].filter(([file]) => keepsRuntime || !isRuntimeFile(file)));
  if (result.diagnostics.length > 0)
    files.set(DIAGNOSTICS_FILE, result.diagnostics.map(formatDiagnostic).join('\n') + '\n');
  expectFileSnapshots(name, files);
});

test('the snapshot folder holds exactly one folder per case', () => {
  const expected = cases.map((c) => c.name).sort();
  const mode = snapshotModeFromEnv();
  if (mode.update && !mode.ci) {
    for (const stale of snapshotCases().filter((c) => !expected.includes(c)))
      fs.rmSync(path.join(SNAPSHOT_ROOT, stale), { recursive: true });
  }
  expect(snapshotCases()).toEqual(expected);
});

test('every fixture spec under test/fixtures is a case', () => {
  const dir = path.join(REPO_ROOT, 'test', 'fixtures');
  // A top-level file is a spec; a top-level folder holds a multi-file spec whose entry is api.yaml.
  const specs = fs
    .readdirSync(dir, { withFileTypes: true })
    .map((e) => `test/fixtures/${e.name}${e.isDirectory() ? '/api.yaml' : ''}`);
  expect(specs.sort()).toEqual(FIXTURES.map((f) => f.spec).sort());
});

test('every package has its sources, their build, package files and a manifest listing exactly them', () => {
  for (const [name, { files }] of generated) {
    const paths = [...files.keys()];
    for (const required of [
      'package.json',
      'README.md',
      'tsconfig.json',
      '.codegen-manifest',
      'src/index.ts',
      'src/client.ts',
      'dist/index.js',
      'dist/index.d.ts',
    ]) {
      expect({ name, has: paths.includes(required) }).toEqual({ name, has: true });
    }
    const sources = paths.filter((p) => p.startsWith('src/'));
    const built = paths.filter((p) => p.startsWith('dist/'));
    expect(sources.every((p) => p.endsWith('.ts'))).toBe(true);
    expect(built.sort()).toEqual(
      sources
        .flatMap((p) => [p.replace(/^src\/(.*)\.ts$/, 'dist/$1.d.ts'), p.replace(/^src\/(.*)\.ts$/, 'dist/$1.js')])
        .sort(),
    );
    const listed = JSON.parse(files.get('.codegen-manifest')!).files;
    expect(listed).toEqual(paths.filter((p) => p !== '.codegen-manifest').sort());
  }
});

test('the runtime is the same in every package of a profile, so one snapshot of each is enough', () => {
  const runtime = (name: string) => new Map([...generated.get(name)!.files].filter(([file]) => isRuntimeFile(file)));
  for (const [profile, name] of Object.entries(RUNTIME_CASES)) {
    const reference = runtime(name);
    expect(profileOf(generated.get(name)!.files)).toBe(profile);
    expect(reference.has('src/runtime/index.ts')).toBe(true);
    expect(reference.has('dist/runtime/index.js')).toBe(true);
    for (const c of cases.filter((c) => profileOf(generated.get(c.name)!.files) === profile)) {
      expect({ name: c.name, runtime: runtime(c.name) }).toEqual({ name: c.name, runtime: reference });
    }
  }
  // The two runtimes share their core; each ships only its own profile's modules.
  expect(runtime('graph-beta').has('src/runtime/serialize.ts')).toBe(false);
  expect(runtime('openapi-profile').has('src/runtime/clouds.ts')).toBe(false);
});

test('a JSON spec generates the same package as its YAML twin', () => {
  // But for the spec's file name, which the manifest records.
  const files = (name: string) =>
    new Map(
      [...generated.get(name)!.files].map(([f, t]) => [
        f,
        f === '.codegen-manifest' ? t.replace(/"spec": ".*"/, '') : t,
      ]),
    );
  expect(files('json-spec')).toEqual(files('nullable-3.0'));
  expect(JSON.parse(generated.get('json-spec')!.files.get('.codegen-manifest')!).spec).toBe('json-spec.json');
});
