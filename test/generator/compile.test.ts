/**
 * Generated packages type-check as they are shipped, with both compilers consumers use, in temp
 * folders where no @types package can leak in:
 * - each curated package on its own: `tsc --noEmit -p <package>`, strict and NodeNext forced on the
 *   command line too, whatever the package's tsconfig says;
 * - every fixture package at once, in one project that uses the packages' own compiler options
 *   (one compiler start instead of sixteen; an error names the package's folder).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runPipeline } from '../../generator/pipeline.js';
import { curatedJobs, FIXTURES, REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';
import { COMPILERS, expectClean, inPool, tsc, type Compiler, type ProcessResult } from '../helpers/tsc.js';

const STRICT_NODENEXT = ['--noEmit', '--strict', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--pretty', 'false'];
const curated = curatedJobs().map((job) => ({ name: path.basename(job.out), job: { spec: job.spec, name: job.name, version: job.version } }));
/** Each compiler run: a curated package, or the project holding every fixture package. */
const targets = [...curated.map((c) => c.name), 'fixtures'];
const results = new Map<string, ProcessResult>();
const key = (target: string, compiler: Compiler) => `${compiler.name} ${target}`;
let temp: string;

beforeAll(async () => {
  temp = makeTempDir('compile');
  for (const c of curated) await generateInto(path.join(temp, c.name), c.job);
  const fixtures = path.join(temp, 'fixtures');
  for (const f of FIXTURES) await generateInto(path.join(fixtures, f.name), { spec: f.spec });
  // The packages' own compiler options (the template is the same for all); the project includes every package.
  const own = JSON.parse(fs.readFileSync(path.join(fixtures, FIXTURES[0].name, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
  const { outDir: _outDir, rootDir: _rootDir, ...options } = own.compilerOptions;
  fs.writeFileSync(path.join(fixtures, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...options, noEmit: true }, include: FIXTURES.map((f) => `${f.name}/src`) }, null, 2));

  const runs = targets.flatMap((target) => COMPILERS.map((compiler) => ({ target, compiler })));
  const outputs = await inPool(
    runs.map(({ target, compiler }) => () => tsc(compiler, ['-p', path.join(temp, target), ...(target === 'fixtures' ? ['--pretty', 'false'] : STRICT_NODENEXT)])),
    Math.max(1, Math.min(2, os.availableParallelism())),
  );
  runs.forEach(({ target, compiler }, i) => results.set(key(target, compiler), outputs[i]!));
}, 240_000);

afterAll(() => removeTempDir(temp));

async function generateInto(out: string, job: { spec: string; name?: string; version?: string }): Promise<void> {
  const result = await runPipeline({ ...job, out }, { cwd: REPO_ROOT, check: false });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
}

test.each(COMPILERS.map((c) => [c.name, c] as const))('%s is the expected version', async (_name, compiler) => {
  expect((await tsc(compiler, ['--version'])).stdout.trim()).toMatch(compiler.version);
});

test('the fixture project holds every fixture package, strict and NodeNext', () => {
  const config = JSON.parse(fs.readFileSync(path.join(temp, 'fixtures', 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown>; include: string[] };
  expect(config.compilerOptions).toMatchObject({ strict: true, module: 'NodeNext', moduleResolution: 'NodeNext' });
  expect(config.include).toHaveLength(FIXTURES.length);
});

test.each(targets.flatMap((target) => COMPILERS.map((c) => [c.name, target, c] as const)))('%s type-checks %s', (_c, target, compiler) => {
  expectClean(results.get(key(target, compiler))!, `${compiler.name} on ${target === 'fixtures' ? 'the fixture packages' : `the generated package ${target}`}`);
});
