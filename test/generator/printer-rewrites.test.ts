/**
 * generator/printer-rewrites.cjs: the launcher's printer bundle rewrites hot spots of code-block-writer
 * (fields assigned instead of defined, a table for its per-character test, a line without a break
 * written whole) and of ts-morph (comma lists read back by slices, a cheaper memoization), and that
 * changes nothing but speed. Checked on the installed packages, so an upgrade that changes their build
 * fails here rather than silently losing a rewrite or printing other text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, type Plugin } from 'esbuild';
import type CodeBlockWriter from 'code-block-writer';
import { printStructure, StructureKind } from 'ts-morph';
import { planPackage } from '../../generator/emit/plan.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { buildIr } from '../../generator/model/build.js';
import { REPO_ROOT } from '../helpers/generate.js';
import { run } from '../helpers/tsc.js';

const { printerRewrites } = require('../../generator/printer-rewrites.cjs') as { printerRewrites: Plugin };

type WriterClass = new (options: { indentNumberOfSpaces: number; useSingleQuote: boolean }) => CodeBlockWriter;

/** code-block-writer as the launcher bundles it: through the plugin, then loaded from the bundle's text. */
async function rewrittenWriter(): Promise<{ Writer: WriterClass; code: string }> {
  const bundled = await build({
    stdin: { contents: "module.exports = require('code-block-writer');", resolveDir: REPO_ROOT },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    plugins: [printerRewrites],
  });
  const code = bundled.outputFiles[0]!.text;
  const loaded = { exports: {} as { default: WriterClass } };
  new Function('module', 'exports', 'require', code)(loaded, loaded.exports, require);
  return { Writer: loaded.exports.default, code };
}

/**
 * A writer's own fields (name and attributes) and what it writes for code with comments, strings, blocks and
 * indentation.
 */
function drive(Writer: WriterClass) {
  const w = new Writer({ indentNumberOfSpaces: 2, useSingleQuote: true });
  const fields = Object.entries(Object.getOwnPropertyDescriptors(w)).map(([k, d]) => [
    k,
    d.enumerable,
    d.writable,
    d.configurable,
    typeof d.value,
  ]);
  w.writeLine('// a comment with a { brace')
    .write('export function f(a: string)')
    .block(() => {
      w.write('const s = ').quote("it's").write(';').newLine().write('/* a\n * b */ const t = `x${1}`;');
      w.newLine().write("const u = 'é → \\'{'; // ü *").newLine().write('const r = /a\\/b/;');
      w.newLine()
        .write('return [')
        .indent(() => w.write('1,').newLine().write('2'))
        .write('];');
    });
  return { fields, text: w.toString(), length: w.getLength() };
}

test('a writer from the rewritten module has the same fields, in the same order, and writes the same text', async () => {
  const { Writer, code } = await rewrittenWriter();
  expect(code).not.toMatch(/Object\.defineProperty\(this, "_/);
  // The per-character test is a table lookup (the text below has characters outside it, and beyond ASCII).
  expect(code).toContain('charToHandleTable[currentChar] === 0');
  const installed = drive((require('code-block-writer') as { default: WriterClass }).default);
  expect(installed.fields.length).toBeGreaterThan(10);
  expect(drive(Writer)).toEqual(installed);
  expect(installed.text).toContain("const s = 'it\\'s';");
});

test("the printer bundle's rewrites of ts-morph print every file of the curated packages exactly as ts-morph does", async () => {
  const built = await run(process.execPath, [path.join(REPO_ROOT, 'generator', 'run.cjs'), '--help'], {
    cwd: REPO_ROOT,
    timeoutMs: 60_000,
  });
  expect(built.code).toBe(0);
  const bundlePath = path.join(REPO_ROOT, 'node_modules', '.cache', 'graph-intune-codegen', 'printer.cjs');
  const code = fs.readFileSync(bundlePath, 'utf8');
  // Each rewrite applied: the comma lists' read-back, the factory's memoization, the unsplit line.
  expect(code).toContain('const texts = writer._texts;');
  expect(code).toContain('[memoizeFast]');
  expect(code).not.toContain('[common.Memoize]');
  expect(code).toContain('if (!text.includes("\\n"))');
  // ts-morph's comma lists ask printer-comma-position.cjs first, and create TypeScript's scanner only when it cannot
  // tell.
  expect(code).toContain('const position = appendCommaPosition(text);');
  expect(code).not.toContain('const scanner = common.ts.createScanner');
  const bundled = require(bundlePath) as typeof import('ts-morph');
  const options = { indentNumberOfSpaces: 2, useSingleQuote: true };
  let files = 0;
  for (const spec of ['graph-v1.0.yaml', 'graph-beta.yaml']) {
    const loaded = loadSpec(path.join('spec', spec), REPO_ROOT);
    for (const file of planPackage(buildIr(loaded.spec!.document).ir, { name: 'p', version: '1.0.0' })) {
      const structure = { kind: StructureKind.SourceFile, statements: file.statements() } as const;
      expect(bundled.printStructure(structure, options)).toBe(printStructure(structure, options));
      files++;
    }
  }
  expect(files).toBeGreaterThan(20);
});

test('the installed code-block-writer still defines its fields the way the rewrite expects', () => {
  const source = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'code-block-writer', 'script', 'mod.js'), 'utf8');
  // The fields the probe above sees, one definition each: a new build that writes them otherwise must be looked at
  // again.
  expect((source.match(/Object\.defineProperty\(this, "_\w+", \{/g) ?? []).length).toBeGreaterThan(10);
});

test("the launcher's printer bundle carries the rewritten writer, and the CLI and the helper load ts-morph only from it", async () => {
  const built = await run(process.execPath, [path.join(REPO_ROOT, 'generator', 'run.cjs'), '--help'], {
    cwd: REPO_ROOT,
    timeoutMs: 60_000,
  });
  expect(built.code).toBe(0);
  const bundle = (name: string) =>
    fs.readFileSync(path.join(REPO_ROOT, 'node_modules', '.cache', 'graph-intune-codegen', name), 'utf8');
  const printer = bundle('printer.cjs');
  expect(printer).toContain('this._indentationText = void 0;');
  expect(printer).not.toMatch(/Object\.defineProperty\(this, "_indentationText"/);
  for (const name of ['worker.cjs', 'cli.cjs']) {
    const code = bundle(name);
    expect(code).toContain('require("./printer.cjs")');
    expect(code).not.toContain('require("ts-morph")');
    expect(code).not.toContain('class CodeBlockWriter');
  }
});
