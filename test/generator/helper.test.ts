/**
 * parallel/: the helper thread, run as the CLI runs it (the bundle generator/run.cjs builds),
 * gives exactly what the same tasks give on the calling thread, and a helper that dies fails
 * its tasks plainly and hands later ones back.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { planPackage } from '../../generator/emit/plan.js';
import { printFile } from '../../generator/emit/print.js';
import { formatCode } from '../../generator/format.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { buildIr } from '../../generator/model/build.js';
import type { Statement } from '../../generator/emit/emitter.js';
import { transpileFile, withBanner } from '../../generator/build/transpile.js';
import { Helper } from '../../generator/parallel/helper.js';
import { runTask } from '../../generator/parallel/tasks.js';
import { runPipeline } from '../../generator/pipeline.js';
import { buildRuntime } from '../../generator/templates.js';
import { MANIFEST } from '../../generator/write/output.js';
import { fixtureSpec, REPO_ROOT } from '../helpers/generate.js';
import { readTree } from '../helpers/temp.js';
import { run } from '../helpers/tsc.js';

const WORKER = path.join(REPO_ROOT, 'node_modules', '.cache', 'graph-intune-codegen', 'worker.cjs');

function plannedFixture() {
  const loaded = loadSpec(fixtureSpec('parameters'), REPO_ROOT);
  return planPackage(buildIr(loaded.spec!.document).ir, { name: 'p', version: '1.0.0' });
}

let worker: Worker;
let helper: Helper;
beforeAll(async () => {
  // --help builds the bundles (when they are not current) and does nothing else.
  const built = await run(process.execPath, [path.join(REPO_ROOT, 'generator', 'run.cjs'), '--help'], {
    cwd: REPO_ROOT,
    timeoutMs: 60_000,
  });
  expect(built.code).toBe(0);
  worker = new Worker(WORKER);
  helper = new Helper(worker);
}, 70_000);
afterAll(() => helper.close());

test.each(['graph', 'openapi'] as const)(
  'the %s runtime built in the helper is the one built here',
  async (profile) => {
    expect(await helper.runtime(profile)).toEqual(await buildRuntime(profile));
  },
);

test('files formatted in the helper are the ones formatted here', async () => {
  const files = new Map([
    ['src/a.ts', 'export   const a = {b:1}\n'],
    ['dist/a.js', 'export const a={"b":1};'],
  ]);
  const local = new Map(files);
  await formatCode(local);
  expect(await helper.format(new Map(files))).toEqual(local);
});

test('a warmed helper prints every file (one sent early), and the result is what this thread prints, by path', async () => {
  const planned = plannedFixture();
  const expected = new Map(planned.map((f) => [f.file, printFile(f.statements())]));
  const posted = jest.spyOn(worker, 'postMessage');
  helper.warmPrinter();
  const session = helper.printing();
  // One file goes over early (as if planned while the model was still being built), the rest at the end.
  session.send(planned[0]!);
  const printed = await session.finish(planned.slice(1));
  const shared = posted.mock.calls.filter(([request]) => (request as { task: string }).task === 'print').length;
  posted.mockRestore();
  expect(shared).toBe(planned.length);
  expect([...printed.keys()]).toEqual([...expected.keys()]);
  expect(printed).toEqual(expected);
});

test('a delivery prints, builds and writes each file into the folder, and answers paths only; once the asking thread has planned everything it hands files back printed', async () => {
  const planned = plannedFixture().filter((f) => f.file.startsWith('operations/'));
  const plan: [string, Statement[]][] = planned.map((f) => [f.file, f.statements()]);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'deliver-'));
  try {
    const target = { folder, display: 'pkg' };
    const handBack = new Int32Array(new SharedArrayBuffer(4));
    const busy = await runTask('deliver', { plan, target, handBack });
    const expected = new Map<string, string>();
    for (const [file, statements] of plan) {
      const text = printFile(statements);
      expected.set(`src/${file}`, text);
      for (const [f, t] of withBanner(await transpileFile(file, text))) expected.set(`dist/${f}`, t);
    }
    expect(busy.diagnostics).toEqual([]);
    expect(busy.printed).toEqual([]);
    expect([...busy.written].sort()).toEqual([...expected.keys()].sort());
    expect(readTree(folder)).toEqual(expected);

    Atomics.store(handBack, 0, 1);
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder);
    const handedBack = await runTask('deliver', { plan, target, handBack });
    expect(handedBack.written).toEqual([]);
    expect(handedBack.printed).toEqual(plan.map(([file, statements]) => [file, printFile(statements)]));
    expect(readTree(folder)).toEqual(new Map());
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test("a session's files are delivered by the helper until it is finished, and come back printed after", async () => {
  const [first, second] = plannedFixture().filter(
    (f) => f.file.startsWith('operations/') || f.file.startsWith('paths/'),
  );
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'deliver-'));
  try {
    helper.warmPrinter();
    const back: string[] = [];
    const session = helper.printing((file) => back.push(file), { target: { folder, display: 'pkg' } });
    session.send(first!);
    // The first file is delivered (built and written by the helper) while this thread still has work of its own.
    for (let i = 0; i < 500 && session.done < 1; i++) await new Promise((r) => setTimeout(r, 10));
    // Once this thread only waits (finish), what the helper prints comes back to it.
    await session.finish([second!]);
    expect(back).toEqual([second!.file]);
    expect([...session.delivered.written].sort()).toEqual(
      [
        `src/${first!.file}`,
        `dist/${first!.file.replace(/\.ts$/, '.js')}`,
        `dist/${first!.file.replace(/\.ts$/, '.d.ts')}`,
      ].sort(),
    );
    expect(fs.existsSync(path.join(folder, 'src', second!.file))).toBe(false);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('a delivery refuses a path that would leave the folder, and reports it', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'deliver-'));
  try {
    const delivered = await runTask('deliver', {
      plan: [['../escape.ts', []]],
      target: { folder, display: 'pkg' },
      handBack: new Int32Array(new SharedArrayBuffer(4)),
    });
    expect(delivered.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['unsafe-output-path', 'pkg'],
      ['unsafe-output-path', 'pkg'],
      ['unsafe-output-path', 'pkg'],
    ]);
    // Nothing written, neither in the folder (where src/../escape.ts would land) nor beside it.
    expect(readTree(folder)).toEqual(new Map());
    expect(fs.existsSync(path.join(folder, '..', 'escape.ts'))).toBe(false);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('a task given to a helper that dies is done on this thread instead, and so are later ones', async () => {
  const dying = new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3));", {
    eval: true,
  });
  const failing = new Helper(dying);
  try {
    const exits = new Promise((resolve) => dying.once('exit', resolve));
    expect(await failing.format(new Map([['src/a.ts', 'const a=1']]))).toEqual(
      new Map([['src/a.ts', 'const a = 1;\n']]),
    );
    expect(await exits).toBe(3);
    expect(await failing.format(new Map([['src/b.ts', 'const b=2']]))).toEqual(
      new Map([['src/b.ts', 'const b = 2;\n']]),
    );
  } finally {
    await failing.close();
  }
});

test('files a helper took but never printed, because it died, are printed here: the package is whole', async () => {
  // Answers the warm-up, then dies on the first file it is given.
  const dying = new Worker(
    "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => (m.task === 'print' ? process.exit(3) : parentPort.postMessage({ id: m.id })));",
    { eval: true },
  );
  const failing = new Helper(dying);
  try {
    failing.warmPrinter();
    const planned = plannedFixture();
    const session = failing.printing();
    planned.forEach((f) => session.send(f));
    expect(await session.finish([])).toEqual(new Map(planned.map((f) => [f.file, printFile(f.statements())])));
  } finally {
    await failing.close();
  }
});

describe('a large package: the helper gets every file before validation', () => {
  /**
   * Runs `check` on a spec above the model-file split (so groups print early) and above the
   * large-spec size (so the helper delivers files itself; a padding extension makes the size),
   * its /b path's parameter declared or not, in a folder of its own, with a warmed helper.
   */
  async function withLargeSpec(
    declared: boolean,
    check: (dir: string, warmed: Helper) => Promise<void>,
  ): Promise<void> {
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < 320; i++) schemas[`Thing${i}`] = { type: 'object', properties: { id: { type: 'string' } } };
    const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
    const ok = {
      '200': {
        description: 'OK',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing1' } } },
      },
    };
    const spec = {
      'x-padding': 'x'.repeat(2.2 * 1024 * 1024),
      openapi: '3.1.0',
      info: { title: 'Large', version: '1.0.0' },
      paths: {
        '/a/{id}': { get: { operationId: 'getA', parameters: [id], responses: ok } },
        '/b/{id}': {
          get: {
            operationId: 'getB',
            parameters: declared ? [id] : [{ $ref: '#/components/parameters/missing' }],
            responses: ok,
          },
        },
      },
      components: { schemas },
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'large-'));
    fs.writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(spec));
    const warmed = new Helper(new Worker(WORKER));
    try {
      warmed.warmPrinter();
      await check(dir, warmed);
    } finally {
      await warmed.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test('a valid spec gives the package this thread alone gives', () =>
    withLargeSpec(true, async (dir, warmed) => {
      const shared = await runPipeline({ spec: 'spec.json', out: 'out' }, { cwd: dir, check: true, helper: warmed });
      const alone = await runPipeline({ spec: 'spec.json', out: 'out' }, { cwd: dir, check: true });
      expect(shared.diagnostics).toEqual([]);
      expect(shared.files).toEqual(alone.files);
    }));

  test("a large package keeps the printer's own output: Prettier never runs on it, with the helper or without", () =>
    withLargeSpec(true, async (dir, warmed) => {
      for (const helper of [warmed, undefined]) {
        const run = await runPipeline(
          { spec: 'spec.json', out: 'out' },
          { cwd: dir, check: true, ...(helper ? { helper } : {}) },
        );
        expect(run.diagnostics).toEqual([]);
        expect(run.timings.map((t) => t.stage)).not.toContain('format');
        expect(run.timings.map((t) => t.stage)).toContain('emit');
      }
    }));

  test('written, the package goes to disk file by file as the helper prints and builds it, and is exactly what this thread alone makes', () =>
    withLargeSpec(true, async (dir, warmed) => {
      const alone = await runPipeline({ spec: 'spec.json', out: 'out' }, { cwd: dir, check: true });
      fs.mkdirSync(path.join(dir, 'out'));
      fs.writeFileSync(path.join(dir, 'out', MANIFEST), 'an earlier run\n');
      // What the temporary folder beside the package holds when the write stage starts.
      let stagedBefore = new Map<string, string>();
      const onStage = (stage: string) => {
        const temp = fs.readdirSync(dir).find((e) => e.startsWith('.out.tmp-'));
        if (stage === 'write' && temp) stagedBefore = readTree(path.join(dir, temp));
      };
      const result = await runPipeline(
        { spec: 'spec.json', out: 'out' },
        { cwd: dir, check: false, helper: warmed },
        { onStage },
      );
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // Every printed file and what was built from it, on disk before the write stage (written by
      // the helper, or here when handed back once this thread only waited).
      const printed = [...alone.files!].filter(([f]) =>
        /^(src\/(?!runtime\/)|dist\/(?!runtime\/)).*\.(ts|js)$/.test(f),
      );
      expect(printed.length).toBeGreaterThan(6);
      expect(stagedBefore).toEqual(new Map(printed));
      // The run returns what it holds, and counts what the helper wrote without sending it back.
      for (const [file, text] of result.files!)
        expect({ file, same: alone.files!.get(file) === text }).toEqual({ file, same: true });
      expect(result.counts!.files).toBe(alone.files!.size);
      expect(readTree(path.join(dir, 'out'))).toEqual(alone.files);
      // No temporary folder is left beside the package.
      expect(fs.readdirSync(dir).sort()).toEqual(['out', 'spec.json']);
    }));

  test('an output folder that is not ours is refused before anything is staged', () =>
    withLargeSpec(true, async (dir, warmed) => {
      fs.mkdirSync(path.join(dir, 'out'));
      fs.writeFileSync(path.join(dir, 'out', 'notes.txt'), 'mine');
      const result = await runPipeline({ spec: 'spec.json', out: 'out' }, { cwd: dir, check: false, helper: warmed });
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
        'out-not-generated',
      ]);
      expect(readTree(path.join(dir, 'out'))).toEqual(new Map([['notes.txt', 'mine']]));
      expect(fs.readdirSync(dir).sort()).toEqual(['out', 'spec.json']);
    }));

  test("a spec validation rejects gives validation's error, whatever was planned and printed before", () =>
    withLargeSpec(false, async (dir, warmed) => {
      const result = await runPipeline({ spec: 'spec.json', out: 'out' }, { cwd: dir, check: false, helper: warmed });
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['ref-unresolved']);
      expect(result.files).toBeUndefined();
      // Nothing is left: neither the package nor the temporary folder files were delivered into.
      expect(fs.readdirSync(dir)).toEqual(['spec.json']);
    }));
});
