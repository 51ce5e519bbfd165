// @ts-morph/common requires its own copy of TypeScript (9 MB) as it loads, which takes about half
// a second and 60 MB on the thread that prints. Printing structures reads nothing of it but a few
// enums (once ts-morph's comma lists have a scanner of their own, printer-comma-position.cjs). The
// printer bundle therefore puts a stand-in where @ts-morph/common will require TypeScript from the
// module cache: it answers those enums from a snapshot taken of the same TypeScript when the bundle
// was built, and loads the real TypeScript at the first read of anything else, then defers to it.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

/**
 * The snapshot's keys: what loading ts-morph reads of TypeScript (docs/PERFORMANCE.md, "Printing without TypeScript").
 */
const SNAPSHOT_VALUES = ['version', 'SyntaxKind', 'ScriptTarget'];

/** Where @ts-morph/common's TypeScript is, and @ts-morph/common's version, as `require` finds them from `from`. */
function locate(from) {
  const dist = path.dirname(require.resolve('@ts-morph/common', { paths: [from] }));
  const { version } = JSON.parse(fs.readFileSync(path.join(dist, '..', 'package.json'), 'utf8'));
  return { file: path.join(dist, 'typescript.js'), common: version };
}

/** At bundle time: what the stand-in needs to know of TypeScript (its export names, the snapshot's values). */
function takeSnapshot(from) {
  const { file, common } = locate(from);
  const cached = require.cache[file];
  const ts = require(file);
  // The bundling process does not keep it (a run that follows in this process starts from a clean cache).
  if (!cached) delete require.cache[file];
  return {
    common,
    keys: Object.keys(ts),
    values: Object.fromEntries(SNAPSHOT_VALUES.map((key) => [key, ts[key]])),
  };
}

/**
 * At run time, before ts-morph loads: the stand-in, in the cache entry @ts-morph/common will require. Nothing is
 * done when TypeScript is loaded already, or when the installed @ts-morph/common is not the one the snapshot was
 * taken of (the published bundle, installed beside another version): TypeScript then loads as it always did.
 */
function installLazyTypescript(snapshot, from) {
  let located;
  try {
    located = locate(from);
  } catch {
    return;
  }
  const { file, common } = located;
  if (common !== snapshot.common || require.cache[file]) return;
  let real;
  const load = () => {
    if (real === undefined) {
      delete require.cache[file];
      real = require(file);
    }
    return real;
  };
  const known = new Set(snapshot.keys);
  const has = (key) => (real === undefined ? known.has(key) : key in real);
  const standIn = new Proxy(
    {},
    {
      get: (_, key) =>
        real === undefined && typeof key === 'string' && Object.hasOwn(snapshot.values, key)
          ? snapshot.values[key]
          : load()[key],
      has: (_, key) => has(key),
      ownKeys: () => (real === undefined ? [...snapshot.keys] : Reflect.ownKeys(real)),
      // As TypeScript's own exports are: getters (which @ts-morph/common's namespace copies as they are).
      getOwnPropertyDescriptor: (_, key) =>
        has(key) ? { configurable: true, enumerable: true, get: () => standIn[key] } : undefined,
    },
  );
  const entry = new Module(file);
  entry.filename = file;
  entry.loaded = true;
  entry.exports = standIn;
  // Until the real TypeScript replaces this entry: what tells a test that printing did not need it.
  entry.standIn = true;
  require.cache[file] = entry;
}

module.exports = { installLazyTypescript, takeSnapshot };
