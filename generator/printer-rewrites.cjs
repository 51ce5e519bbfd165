// An esbuild plugin for the launcher's bundles (generator/run.cjs): ts-morph and code-block-writer
// are bundled into the printer bundle and a few of their hot spots rewritten, each to print the same
// text faster (test/generator/printer-rewrites.test.ts prints the curated packages both ways). The
// largest: ts-morph's printer makes a new CodeBlockWriter for every type, parameter, initializer and
// import specifier it prints (about 112,000 for Graph v1.0), and code-block-writer's published build
// creates each of a writer's fields with Object.defineProperty. V8 runs that as a runtime call it
// does not optimize, and the fields it makes start out generalized, so every later write to them is
// slower too: printing Graph v1.0 takes about 45% less time with the fields assigned. For a fresh
// instance whose prototype has no setters the two are the same properties (own, enumerable,
// writable, configurable, in the same order), which the test checks on the installed version.
const fs = require('node:fs');

/**
 * The launcher's third bundle, beside the CLI and the helper: ts-morph, bundled so that its
 * require('code-block-writer') reaches the rewrite. The other two require it from here, and only
 * when they print, so a thread that never prints (the main thread on a large spec) never parses it.
 */
const PRINTER = { entry: 'ts-morph', out: 'printer' };

/**
 * One field as code-block-writer's build defines it: `Object.defineProperty(this, "_name", { enumerable: true,
 * configurable: true, writable: true, value: x });`.
 */
const DEFINED_FIELD =
  /Object\.defineProperty\(this, "(\w+)", \{\s*enumerable: true,\s*configurable: true,\s*writable: true,\s*value: ([^\n]*?)\s*\}\);/g;

/**
 * The per-character test of `_updateInternalState`, which runs on every character the printer writes (about 40 million
 * for Graph v1.0, nested writers' texts counted again in their parents): a Set lookup, made a lookup in a table filled
 * from that set, one entry per UTF-16 code unit.
 */
const CHAR_TEST = 'if (!isCharToHandle.has(currentChar)) {';
const CHAR_SET = /const isCharToHandle = new Set\(\[[^\]]*\]\);/;
const TABLE =
  'const charToHandleTable = new Uint8Array(65536);\nfor (const c of isCharToHandle) charToHandleTable[c] = 1;';

/**
 * A text without a line break is written as the one piece `split` would have made of it, without splitting it (most
 * of what the printer writes: names, keywords, one-line types).
 */
const SPLIT = 'const items = text.split(CodeBlockWriter._newLineRegEx);';
const UNSPLIT = `if (!text.includes("\\n")) {\n            writeIndividual(this, text);\n            return;\n        }\n        ${SPLIT}`;

/**
 * code-block-writer's source with each field assigned instead of defined, its character test a table lookup, and a
 * line without a break written whole. Each rewrite applies only where the source still reads as expected.
 */
function fastWriter(source) {
  let rewritten = source.replace(DEFINED_FIELD, 'this.$1 = $2;');
  if (CHAR_SET.test(rewritten) && rewritten.includes(CHAR_TEST))
    rewritten = rewritten
      .replace(CHAR_SET, (set) => `${set}\n${TABLE}`)
      .replace(CHAR_TEST, 'if (charToHandleTable[currentChar] === 0) {');
  return rewritten.replace(SPLIT, UNSPLIT);
}

/**
 * ts-morph's printer, two of its helpers made cheaper, with the same results:
 * - a comma-separated list (parameters, import names) reads back what each item printed, one character at a time
 *   through a callback into an array joined again (`getLastCharactersToPos`): read as the writer's last texts instead;
 * - its printer factory memoizes each `forX()` per instance under a key built as a new string on every call (the
 *   arguments as JSON): a call whose arguments are strings and booleans only is looked up in maps keyed by them,
 *   and one without arguments under the method's own map.
 */
const LAST_CHARS = /static getLastCharactersToPos\(writer, pos\) \{[^]*?return chars\.join\(""\);\n {4}\}/;
const LAST_CHARS_FAST = `static getLastCharactersToPos(writer, pos) {
        const texts = writer._texts;
        let count = writer.getLength() - pos;
        const parts = [];
        for (let i = texts.length - 1; i >= 0 && count > 0; i--) {
            const text = texts[i];
            parts.push(text.length <= count ? text : text.slice(text.length - count));
            count -= text.length;
        }
        return parts.reverse().join("");
    }`;
const MEMOIZE = '[common.Memoize]';
const STRICT = "'use strict';\n";
const MEMOIZE_FAST = `
const memoizedValues = new WeakMap();
let memoizedCount = 0;
function memoizeFast(target, context) {
    if (context.kind !== "method" && context.kind !== "getter")
        throw new Error("Not implemented.");
    const id = memoizedCount++;
    return function memoized(...args) {
        let methods = memoizedValues.get(this);
        if (methods === undefined) {
            methods = new Map();
            memoizedValues.set(this, methods);
        }
        let cache = methods.get(id);
        if (cache === undefined) {
            cache = new Map();
            methods.set(id, cache);
        }
        // By the number of arguments, then each argument, when all are strings and booleans (which a map tells apart
        // as their JSON does); by the arguments' JSON otherwise.
        let key = args.length;
        for (const arg of args) {
            if (typeof arg !== "string" && typeof arg !== "boolean") {
                key = JSON.stringify(args);
                break;
            }
        }
        if (typeof key === "number") {
            for (const arg of args) {
                let next = cache.get(key);
                if (next === undefined) {
                    next = new Map();
                    cache.set(key, next);
                }
                cache = next;
                key = arg;
            }
        }
        if (cache.has(key))
            return cache.get(key);
        const value = target.apply(this, args);
        cache.set(key, value);
        return value;
    };
}
`;

/**
 * ts-morph's comma lists find where an item's comma goes with TypeScript's scanner, which it creates as it loads:
 * created when first needed instead, and needed only where printer-comma-position.cjs cannot tell, so that printing
 * loads no TypeScript (printer-lazy-typescript.cjs).
 */
const SCANNER = 'const scanner = common.ts.createScanner(common.ts.ScriptTarget.Latest, true);';
const COMMA_POS = 'function getAppendCommaPos(text) {\n    scanner.setText(text);';
const COMMA_POS_FAST = `function getAppendCommaPos(text) {
    const position = appendCommaPosition(text);
    if (position !== undefined)
        return position;
    scanner ??= common.ts.createScanner(common.ts.ScriptTarget.Latest, true);
    scanner.setText(text);`;
const COMMA_MODULE = 'printer-comma-position';
const LAZY_MODULE = 'printer-lazy-typescript';

/** ts-morph's source with the rewrites above, each only where the source still reads as expected. */
function fastPrinter(source) {
  let rewritten = LAST_CHARS.test(source) ? source.replace(LAST_CHARS, LAST_CHARS_FAST) : source;
  // What the rewrites below declare goes after the module's 'use strict'.
  if (!rewritten.startsWith(STRICT)) return rewritten;
  let head = '';
  if (rewritten.includes(SCANNER) && rewritten.includes(COMMA_POS)) {
    rewritten = rewritten.replace(SCANNER, 'let scanner;').replace(COMMA_POS, COMMA_POS_FAST);
    head += `const { appendCommaPosition } = require("${COMMA_MODULE}");\n`;
  }
  // Declared before the classes it decorates.
  if (rewritten.includes(MEMOIZE)) {
    rewritten = rewritten.split(MEMOIZE).join('[memoizeFast]');
    head += MEMOIZE_FAST;
  }
  return `${STRICT}${head}${rewritten.slice(STRICT.length)}`;
}

/**
 * The printer bundle's entry: TypeScript's stand-in is put in place, with a snapshot of the TypeScript that
 * @ts-morph/common has here and now, before ts-morph (and so @ts-morph/common) loads.
 */
function printerEntry(root) {
  const snapshot = require(`./${LAZY_MODULE}.cjs`).takeSnapshot(root);
  return `require("${LAZY_MODULE}").installLazyTypescript(${JSON.stringify(snapshot)}, __dirname);
module.exports = require("${PRINTER.entry}");
`;
}

/**
 * The plugin: ts-morph is the printer bundle (an entry point of its own, which first puts TypeScript's stand-in in
 * place), where code-block-writer is bundled and rewritten and the two printer-*.cjs modules are bundled; every other
 * package stays external.
 */
const printerRewrites = {
  name: 'printer-rewrites',
  setup(build) {
    const root = build.initialOptions.absWorkingDir ?? process.cwd();
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path === PRINTER.entry) {
        if (args.kind === 'entry-point') return { path: PRINTER.entry, namespace: 'printer-entry' };
        // The entry's own require of ts-morph is the package, bundled; everyone else's is the printer bundle.
        if (args.namespace === 'printer-entry') return undefined;
        return { path: `./${PRINTER.out}.cjs`, external: true };
      }
      if (args.path === COMMA_MODULE || args.path === LAZY_MODULE)
        return { path: require.resolve(`./${args.path}.cjs`) };
      if (args.kind === 'entry-point' || args.path === 'code-block-writer') return undefined;
      return { path: args.path, external: true };
    });
    build.onLoad({ filter: /.*/, namespace: 'printer-entry' }, () => ({
      contents: printerEntry(root),
      loader: 'js',
      resolveDir: root,
    }));
    build.onLoad({ filter: /[\\/]code-block-writer[\\/]script[\\/]mod\.js$/ }, async (args) => ({
      contents: fastWriter(await fs.promises.readFile(args.path, 'utf8')),
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]ts-morph[\\/]dist[\\/]ts-morph\.js$/ }, async (args) => ({
      contents: fastPrinter(await fs.promises.readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

module.exports = { printerRewrites, PRINTER };
