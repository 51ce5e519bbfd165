/**
 * generator/printer-lazy-typescript.cjs: the printer bundle prints without loading TypeScript, and loads it at the
 * first use of anything beyond what it snapshotted. Each case runs in a child Node process: the stand-in lives in
 * Node's module cache, which Jest's module registry does not use.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, readTree, removeTempDir } from '../helpers/temp.js';
import { run } from '../helpers/tsc.js';

const BUNDLES = path.join(REPO_ROOT, 'node_modules', '.cache', 'graph-intune-codegen');
const TYPESCRIPT = path.join(path.dirname(require.resolve('@ts-morph/common')), 'typescript.js');

let dir: string;
beforeAll(async () => {
  dir = makeTempDir('lazy-ts');
  // The launcher builds the bundles when they are missing or stale.
  const built = await run(process.execPath, [path.join(REPO_ROOT, 'generator', 'run.cjs'), '--help'], {
    cwd: REPO_ROOT,
    timeoutMs: 60_000,
  });
  expect(built.code).toBe(0);
});
afterAll(() => removeTempDir(dir));

/** Runs a CommonJS script in a fresh Node process; returns what it printed, parsed as JSON. */
async function inChild(script: string): Promise<unknown> {
  const file = path.join(dir, `script-${Math.random().toString(36).slice(2)}.cjs`);
  fs.writeFileSync(file, script);
  const result = await run(process.execPath, [file], { cwd: REPO_ROOT, timeoutMs: 60_000 });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as unknown;
}

/** Script text: whether TypeScript's cache entry is still the stand-in (false once the real one loaded). */
const STAND_IN = `require.cache[${JSON.stringify(TYPESCRIPT)}]?.standIn === true`;

test('generating a curated package loads no TypeScript, and writes the same files', async () => {
  // A probe, given to Node with --require, says at exit what the cache held (the curated packages print on the main
  // thread).
  const probe = path.join(dir, 'probe.cjs');
  fs.writeFileSync(
    probe,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(path.join(dir, 'probe.json'))}, JSON.stringify({ standIn: ${STAND_IN} })));`,
  );
  const out = path.join(dir, 'v1');
  const generated = await run(
    process.execPath,
    [
      '--require',
      probe,
      path.join(REPO_ROOT, 'generator', 'run.cjs'),
      '--spec',
      'spec/graph-v1.0.yaml',
      '--out',
      out,
      '--quiet',
    ],
    { cwd: REPO_ROOT, timeoutMs: 120_000 },
  );
  expect(generated.stderr).toBe('');
  expect(generated.code).toBe(0);
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'probe.json'), 'utf8'))).toEqual({ standIn: true });
  // Every source as committed, but the client, which carries the package's name and version from codegen.config.json.
  const written = readTree(path.join(out, 'src'));
  const committed = readTree(path.join(REPO_ROOT, 'generated', 'graph-v1.0', 'src'));
  written.delete('client.ts');
  committed.delete('client.ts');
  expect(written.size).toBeGreaterThan(10);
  expect(written).toEqual(committed);
});

test("the stand-in's snapshot is the real TypeScript's, which loads at the first read of anything else", async () => {
  const result = await inChild(`
const tsMorph = require(${JSON.stringify(path.join(BUNDLES, 'printer.cjs'))});
const before = ${STAND_IN};
const snapshot = { version: tsMorph.ts.version, SyntaxKind: { ...tsMorph.ts.SyntaxKind }, ScriptTarget: { ...tsMorph.ts.ScriptTarget } };
const still = ${STAND_IN};
// A Project needs the compiler itself.
const project = new tsMorph.Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
project.createSourceFile('a.ts', 'export const n: number = "text";');
const diagnostics = project.getPreEmitDiagnostics().map((d) => d.getCode());
const real = require(${JSON.stringify(TYPESCRIPT)});
console.log(JSON.stringify({
  before, still, after: ${STAND_IN}, diagnostics,
  same: JSON.stringify(snapshot) === JSON.stringify({ version: real.version, SyntaxKind: real.SyntaxKind, ScriptTarget: real.ScriptTarget }),
  // @ts-morph/common's namespace of TypeScript: every export, and its own \`default\`.
  sameKeys: JSON.stringify(Object.keys(tsMorph.ts).filter((k) => k !== 'default').sort()) === JSON.stringify(Object.keys(real).sort()),
}));
`);
  expect(result).toEqual({ before: true, still: true, after: false, diagnostics: [2322], same: true, sameKeys: true });
});

test('beside another @ts-morph/common than the snapshot was taken of, TypeScript loads as it always did', async () => {
  const result = await inChild(`
const { installLazyTypescript, takeSnapshot } = require(${JSON.stringify(path.join(REPO_ROOT, 'generator', 'printer-lazy-typescript.cjs'))});
const snapshot = takeSnapshot(${JSON.stringify(REPO_ROOT)});
installLazyTypescript({ ...snapshot, common: '0.0.0-other' }, ${JSON.stringify(REPO_ROOT)});
const other = require.cache[${JSON.stringify(TYPESCRIPT)}];
installLazyTypescript(snapshot, ${JSON.stringify(REPO_ROOT)});
console.log(JSON.stringify({ other: other === undefined, standIn: ${STAND_IN} }));
`);
  expect(result).toEqual({ other: true, standIn: true });
});

test("an item printer-comma-position.cjs cannot place is placed by TypeScript's scanner, loaded then", async () => {
  const result = await inChild(`
const tsMorph = require(${JSON.stringify(path.join(BUNDLES, 'printer.cjs'))});
const print = (type) => tsMorph.printStructure(
  { kind: tsMorph.StructureKind.Function, name: 'f', parameters: [{ name: 'a', type }, { name: 'b', type: 'U' }] },
  { indentNumberOfSpaces: 2 },
);
const plain = print('T');
const plainStandIn = ${STAND_IN};
// A backslash outside a literal: an identifier spelled with a Unicode escape, for TypeScript's rules to read.
const escaped = print('T\\\\u0061');
console.log(JSON.stringify({ plain, plainStandIn, escaped, escapedStandIn: ${STAND_IN} }));
`);
  expect(result).toEqual({
    plain: 'function f(a: T, b: U) {\n}',
    plainStandIn: true,
    escaped: 'function f(a: T\\u0061, b: U) {\n}',
    escapedStandIn: false,
  });
});
