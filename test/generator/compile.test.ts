/**
 * Generated packages type-check as they are shipped, with both compilers consumers use, in temp
 * folders where no @types package can leak in:
 * - each curated package on its own: `tsc --noEmit -p <package>`, strict and NodeNext forced on the
 *   command line too, whatever the package's tsconfig says;
 * - every fixture package at once, in one project that uses the packages' own compiler options
 *   (one compiler start instead of sixteen; an error names the package's folder);
 * - a package with more types than one models file holds (see splitSpec), as a large spec's is laid out.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runPipeline } from '../../generator/pipeline.js';
import { curatedJobs, FIXTURES, REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';
import {
  COMPILERS,
  expectClean,
  inPool,
  tsc,
  writeConsumerProject,
  type Compiler,
  type ProcessResult,
} from '../helpers/tsc.js';

const STRICT_NODENEXT = [
  '--noEmit',
  '--strict',
  '--module',
  'NodeNext',
  '--moduleResolution',
  'NodeNext',
  '--pretty',
  'false',
];
const curated = curatedJobs().map((job) => ({
  name: path.basename(job.out),
  job: { spec: job.spec, name: job.name, version: job.version },
}));
/** Each compiler run: a curated package, the project holding every fixture package, or the split package. */
const targets = [...curated.map((c) => c.name), 'fixtures', 'split'];
const results = new Map<string, ProcessResult>();
const key = (target: string, compiler: Compiler) => `${compiler.name} ${target}`;
let temp: string;

beforeAll(async () => {
  temp = makeTempDir('compile');
  for (const c of curated) await generateInto(path.join(temp, c.name), c.job);
  const fixtures = path.join(temp, 'fixtures');
  for (const f of FIXTURES) await generateInto(path.join(fixtures, f.name), { spec: f.spec });
  // The packages' own compiler options (the template is the same for all); the project includes every package.
  const own = JSON.parse(fs.readFileSync(path.join(fixtures, FIXTURES[0].name, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: Record<string, unknown>;
  };
  const { outDir: _outDir, rootDir: _rootDir, ...options } = own.compilerOptions;
  fs.writeFileSync(
    path.join(fixtures, 'tsconfig.json'),
    JSON.stringify(
      { compilerOptions: { ...options, noEmit: true }, include: FIXTURES.map((f) => `${f.name}/src`) },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(temp, 'split.json'), JSON.stringify(splitSpec()));
  await generateInto(path.join(temp, 'split'), { spec: path.join(temp, 'split.json') });

  const runs = targets.flatMap((target) => COMPILERS.map((compiler) => ({ target, compiler })));
  const outputs = await inPool(
    runs.map(
      ({ target, compiler }) =>
        () =>
          tsc(compiler, [
            '-p',
            path.join(temp, target),
            ...(target === 'fixtures' ? ['--pretty', 'false'] : STRICT_NODENEXT),
          ]),
    ),
    Math.max(1, Math.min(2, os.availableParallelism())),
  );
  runs.forEach(({ target, compiler }, i) => results.set(key(target, compiler), outputs[i]!));
}, 240_000);

afterAll(() => removeTempDir(temp));

/**
 * Above 300 types models are split by name, component schemas in models/<xx>.ts and the body
 * shapes made from them (write and PATCH variants, inline bodies) in models/bodies/<xx>.ts, which
 * import both `../` and `./`: schemas with read-only properties, referring to each other across
 * files, written by POST and PATCH, and an inline body and response that refer to them; a query list two groups take.
 */
function splitSpec(): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < 320; i++) {
    schemas[`${i % 2 === 0 ? 'Alpha' : 'Beta'}${i}`] = {
      type: 'object',
      properties: {
        id: { type: 'string', readOnly: true },
        next: { $ref: `#/components/schemas/${i % 2 === 0 ? 'Beta' : 'Alpha'}${(i + 1) % 320}` },
      },
    };
  }
  const ok = (schema: unknown) => ({ '200': { description: 'OK', content: { 'application/json': { schema } } } });
  const body = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } });
  // One query list that both groups take: declared in parameters/, so that neither group's file imports the other's.
  const fields = { name: 'fields', in: 'query', schema: { type: 'array', items: { type: 'string' } } };
  return {
    openapi: '3.1.0',
    info: { title: 'Split', version: '1.0.0' },
    paths: {
      '/alphas': {
        post: {
          operationId: 'createAlpha',
          requestBody: body({ $ref: '#/components/schemas/Alpha0' }),
          responses: ok({ $ref: '#/components/schemas/Alpha0' }),
        },
      },
      '/alphas/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'getAlpha',
          parameters: [fields],
          responses: ok({ $ref: '#/components/schemas/Alpha2' }),
        },
        patch: {
          operationId: 'updateAlpha',
          requestBody: body({ $ref: '#/components/schemas/Alpha2' }),
          responses: ok({ $ref: '#/components/schemas/Alpha2' }),
        },
      },
      '/betas': {
        get: {
          operationId: 'listBetas',
          parameters: [fields],
          responses: ok({ type: 'array', items: { $ref: '#/components/schemas/Beta1' } }),
        },
        post: {
          operationId: 'createBetas',
          requestBody: body({
            type: 'object',
            properties: { first: { $ref: '#/components/schemas/Beta1' }, kind: { type: 'string' } },
          }),
          responses: ok({
            type: 'object',
            properties: { created: { type: 'array', items: { $ref: '#/components/schemas/Beta1' } } },
          }),
        },
      },
    },
    components: { schemas },
  };
}

async function generateInto(out: string, job: { spec: string; name?: string; version?: string }): Promise<void> {
  const result = await runPipeline({ ...job, out }, { cwd: REPO_ROOT, check: false });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
}

test.each(COMPILERS.map((c) => [c.name, c] as const))('%s is the expected version', async (_name, compiler) => {
  expect((await tsc(compiler, ['--version'])).stdout.trim()).toMatch(compiler.version);
});

test('the fixture project holds every fixture package, strict and NodeNext', () => {
  const config = JSON.parse(fs.readFileSync(path.join(temp, 'fixtures', 'tsconfig.json'), 'utf8')) as {
    compilerOptions: Record<string, unknown>;
    include: string[];
  };
  expect(config.compilerOptions).toMatchObject({ strict: true, module: 'NodeNext', moduleResolution: 'NodeNext' });
  expect(config.include).toHaveLength(FIXTURES.length);
});

test('the split package has models in both folders, the body shapes importing from each', () => {
  const models = path.join(temp, 'split', 'src', 'models');
  expect(fs.readdirSync(path.join(models, 'bodies')).sort()).toEqual(['al.ts', 'be.ts', 'cr.ts']);
  // The inline body and response: a component from `..`, a write variant from `.`.
  expect(fs.readFileSync(path.join(models, 'bodies', 'cr.ts'), 'utf8')).toContain(
    "import type { Beta1 } from '../be.js';\nimport type { Beta1Input } from './be.js';\n",
  );
  expect(fs.readFileSync(path.join(models, 'bodies', 'al.ts'), 'utf8')).toMatch(/from '\.\/be\.js'/);
  expect(fs.readFileSync(path.join(models, 'al.ts'), 'utf8')).not.toMatch(/Input|Update/);
});

test('in the split package a consumer of one group loads no other group: its parameter lists live apart', async () => {
  const split = path.join(temp, 'split');
  expect(fs.readFileSync(path.join(split, 'src', 'parameters', 'fi.ts'), 'utf8')).toContain(
    '/** Query parameters of `getAlpha`, and of one other operation that takes the same. */\nexport type FieldsQuery = {',
  );
  expect(fs.readFileSync(path.join(split, 'src', 'operations', 'betas.ts'), 'utf8')).toContain(
    "import type { FieldsQuery } from '../parameters/fi.js';",
  );
  // What the compiler loads for a consumer that imports the betas group by its subpath, as the README recommends.
  const consumer = path.join(temp, 'consumer-of-betas');
  fs.mkdirSync(path.join(consumer, 'node_modules'), { recursive: true });
  fs.symlinkSync(split, path.join(consumer, 'node_modules', 'split'), 'dir');
  fs.writeFileSync(
    path.join(consumer, 'calls.ts'),
    "import { createClient } from 'split/client';\nimport { listBetas } from 'split/operations/betas';\n\nexport const betas = listBetas(createClient(), { query: { fields: ['id'] } });\n",
  );
  writeConsumerProject(consumer, ['calls.ts']);
  const listed = await tsc(COMPILERS[1], ['-p', consumer, '--listFilesOnly', '--pretty', 'false']);
  expectClean(listed, 'listing the consumer of the betas group');
  const loaded = listed.stdout
    .split('\n')
    .filter((f) => f.includes('/split/dist/'))
    .map((f) => f.slice(f.indexOf('/split/dist/') + '/split/dist/'.length));
  expect(loaded).toEqual(expect.arrayContaining(['operations/betas.d.ts', 'parameters/fi.d.ts', 'models/be.d.ts']));
  expect(loaded.filter((f) => /^(operations|paths)\//.test(f))).toEqual(['operations/betas.d.ts']);
  expect(loaded).not.toContain('index.d.ts');
  expect(loaded).not.toContain('models/index.d.ts');
  // And it type-checks.
  expectClean(await tsc(COMPILERS[1], ['-p', consumer, '--pretty', 'false']), 'the consumer of the betas group');
});

test("the split package's README recommends importing by group, and its sample compiles as it stands", async () => {
  const split = path.join(temp, 'split');
  const { name } = JSON.parse(fs.readFileSync(path.join(split, 'package.json'), 'utf8')) as { name: string };
  const readme = fs.readFileSync(path.join(split, 'README.md'), 'utf8');
  const sample = /This package covers a large API[^]*?```ts\n([^]*?)```/.exec(readme)?.[1];
  expect(sample).toBe(
    `import { createClient } from '${name}/client';\nimport { updateAlpha } from '${name}/operations/alphas';\n`,
  );
  expect(readme).toContain('declared under `parameters/` (and exported by the index)');
  const consumer = path.join(temp, 'consumer-of-the-readme');
  fs.mkdirSync(path.join(consumer, 'node_modules'), { recursive: true });
  fs.symlinkSync(split, path.join(consumer, 'node_modules', name), 'dir');
  fs.writeFileSync(path.join(consumer, 'calls.ts'), `${sample}\nexport const calls = [createClient, updateAlpha];\n`);
  writeConsumerProject(consumer, ['calls.ts']);
  expectClean(await tsc(COMPILERS[0], ['-p', consumer, '--pretty', 'false']), "the README's sample");
});

test.each(targets.flatMap((target) => COMPILERS.map((c) => [c.name, target, c] as const)))(
  '%s type-checks %s',
  (_c, target, compiler) => {
    expectClean(
      results.get(key(target, compiler))!,
      `${compiler.name} on ${target === 'fixtures' ? 'the fixture packages' : `the generated package ${target}`}`,
    );
  },
);
