/**
 * generator/writer-fields.mjs: the launcher's bundle assigns code-block-writer's fields instead of
 * defining them, and that changes nothing but speed. Checked on the installed code-block-writer,
 * so an upgrade that changes its build fails here rather than silently losing the rewrite.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/generate.js';
import { run } from '../helpers/tsc.js';

/**
 * Runs in a child process (the plugin is an ES module, as run.mjs is): bundles code-block-writer
 * through the plugin, as the launcher does, and drives a writer from it and one from the installed
 * package through the same writes.
 */
const PROBE = `
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { writerFields } from './generator/writer-fields.mjs';
const require = createRequire(process.cwd() + '/package.json');
const bundled = await build({ stdin: { contents: "module.exports = require('code-block-writer');", resolveDir: process.cwd() }, bundle: true, platform: 'node', format: 'cjs', write: false, plugins: [writerFields] });
const code = bundled.outputFiles[0].text;
const module = { exports: {} };
new Function('module', 'exports', 'require', code)(module, module.exports, require);
const drive = (Writer) => {
  const w = new Writer({ indentNumberOfSpaces: 2, useSingleQuote: true });
  const fields = Object.entries(Object.getOwnPropertyDescriptors(w)).map(([k, d]) => [k, d.enumerable, d.writable, d.configurable, typeof d.value]);
  w.writeLine('// a comment with a { brace').write('export function f(a: string)').block(() => {
    w.write('const s = ').quote('it\\'s').write(';').newLine().write('/* a\\n * b */ const t = \`x\${1}\`;');
    w.newLine().write('return [').indent(() => w.write('1,').newLine().write('2')).write('];');
  });
  return { fields, text: w.toString(), length: w.getLength() };
};
console.log(JSON.stringify({
  defined: (code.match(/Object\\.defineProperty\\(this, "_/g) ?? []).length,
  installed: drive(require('code-block-writer').default),
  rewritten: drive(module.exports.default),
}));
`;

test('a writer from the rewritten module has the same fields, in the same order, and writes the same text', async () => {
  const result = await run(process.execPath, ['--input-type=module', '-e', PROBE], { cwd: REPO_ROOT });
  expect(result.stderr).toBe('');
  const probe = JSON.parse(result.stdout) as { defined: number; installed: { fields: unknown[]; text: string }; rewritten: { fields: unknown[]; text: string } };
  expect(probe.defined).toBe(0);
  expect(probe.installed.fields.length).toBeGreaterThan(10);
  expect(probe.rewritten).toEqual(probe.installed);
  expect(probe.installed.text).toContain("const s = 'it\\'s';");
});

test('the installed code-block-writer still defines its fields the way the rewrite expects', () => {
  const source = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'code-block-writer', 'script', 'mod.js'), 'utf8');
  // The fields the probe above sees, one definition each: a new build that writes them otherwise must be looked at again.
  expect((source.match(/Object\.defineProperty\(this, "_\w+", \{/g) ?? []).length).toBeGreaterThan(10);
});

test("the launcher's bundles carry the rewritten writer", async () => {
  const built = await run(process.execPath, [path.join(REPO_ROOT, 'generator', 'run.mjs'), '--help'], { cwd: REPO_ROOT, timeoutMs: 60_000 });
  expect(built.code).toBe(0);
  for (const bundle of ['worker.cjs', 'cli.cjs']) {
    const code = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', '.cache', 'graph-intune-codegen', bundle), 'utf8');
    expect(code).toContain('this._indentationText = void 0;');
    expect(code).not.toMatch(/Object\.defineProperty\(this, "_indentationText"/);
  }
});
