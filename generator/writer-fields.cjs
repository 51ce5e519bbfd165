// An esbuild plugin for the launcher's bundles (generator/run.cjs): ts-morph's printer makes a new
// CodeBlockWriter for every type, parameter, initializer and import specifier it prints (about
// 112,000 for Graph v1.0), and code-block-writer's published build creates each of a writer's
// fields with Object.defineProperty. V8 runs that as a runtime call it does not optimize, and
// the fields it makes start out generalized, so every later write to them is slower too: printing
// Graph v1.0 takes about 45% less time with the fields assigned. For a fresh instance whose
// prototype has no setters the two are the same properties (own, enumerable, writable,
// configurable, in the same order), which test/generator/writer-fields.test.ts checks on the
// installed version.
const fs = require('node:fs');

/**
 * The launcher's third bundle, beside the CLI and the helper: ts-morph, bundled so that its
 * require('code-block-writer') reaches the rewrite. The other two require it from here, and only
 * when they print, so a thread that never prints (the main thread on a large spec) never parses it.
 */
const PRINTER = { entry: 'ts-morph', out: 'printer' };

/** One field as code-block-writer's build defines it: `Object.defineProperty(this, "_name", { enumerable: true, configurable: true, writable: true, value: x });`. */
const DEFINED_FIELD =
  /Object\.defineProperty\(this, "(\w+)", \{\s*enumerable: true,\s*configurable: true,\s*writable: true,\s*value: ([^\n]*?)\s*\}\);/g;

/**
 * The per-character test of `_updateInternalState`, which runs on every character the printer writes (about 40 million
 * for Graph v1.0, nested writers' texts counted again in their parents): a Set lookup, made a table lookup. The set holds
 * only ASCII characters, which the test below checks on the installed build.
 */
const CHAR_TEST = 'if (!isCharToHandle.has(currentChar)) {';
const CHAR_SET = /const isCharToHandle = new Set\(\[[^\]]*\]\);/;
const TABLE =
  'const charToHandleTable = new Uint8Array(128);\nfor (const c of isCharToHandle) charToHandleTable[c] = 1;';

/** code-block-writer's source with each field assigned instead of defined, and its character test a table lookup. */
function assignWriterFields(source) {
  const assigned = source.replace(DEFINED_FIELD, 'this.$1 = $2;');
  if (!CHAR_SET.test(assigned) || !assigned.includes(CHAR_TEST)) return assigned;
  return assigned
    .replace(CHAR_SET, (set) => `${set}\n${TABLE}`)
    .replace(CHAR_TEST, 'if (currentChar > 127 || charToHandleTable[currentChar] === 0) {');
}

/**
 * The plugin: ts-morph is the printer bundle (an entry point of its own), where code-block-writer
 * is bundled and rewritten; every other package stays external.
 */
const writerFields = {
  name: 'writer-fields',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point' || args.path === 'code-block-writer') return undefined;
      if (args.path === PRINTER.entry) return { path: `./${PRINTER.out}.cjs`, external: true };
      return { path: args.path, external: true };
    });
    build.onLoad({ filter: /[\\/]code-block-writer[\\/]script[\\/]mod\.js$/ }, async (args) => ({
      contents: assignWriterFields(await fs.promises.readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

module.exports = { assignWriterFields, writerFields, PRINTER };
