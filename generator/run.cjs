// Launches the generator: bundles generator/*.ts with esbuild into CommonJS files under
// node_modules/.cache (the CLI, its helper thread, and the printer: ts-morph, see
// printer-rewrites.cjs) and runs them. Faster to start than a TypeScript loader; the bundles are
// rebuilt only when a file they were built from has changed.

// An older Node gets one line and exit status 2 (a usage problem), before anything it cannot run is loaded.
const { SUPPORTED_NODE, supportsNode } = require('./node-support.cjs');
if (!supportsNode(process.versions.node)) {
  process.stderr.write(
    `error usage: graph-intune-codegen needs Node.js ${SUPPORTED_NODE}; this is Node.js ${process.versions.node}\n`,
  );
  process.exit(2);
}

// CommonJS rather than an ES module, so that this line runs before Node's thread pool starts:
// Node reads an ES module entry through the pool, which then has its default four threads. One
// is enough here: the pool builds the files of a small package and those the helper hands back at
// the end of a large one, while the main thread and the helper keep both cores busy; more pool
// threads only took CPU from them (see README, "How it works"). A value the user set is kept.
if (process.env.UV_THREADPOOL_SIZE === undefined) process.env.UV_THREADPOOL_SIZE = '1';

const fs = require('node:fs');
const path = require('node:path');
const { bundle, ENTRIES, root } = require('./bundle.cjs');
const { start } = require('./launch.cjs');

const outdir = path.join(root, 'node_modules', '.cache', 'graph-intune-codegen');
const stampFile = path.join(outdir, 'bundle-inputs.json');

/** Each input of the last build with its size and mtime: unchanged inputs mean an unchanged bundle. */
function fingerprint(files) {
  return Object.fromEntries(
    files.map((f) => {
      const stat = fs.statSync(path.join(root, f), { throwIfNoEntry: false });
      return [f, stat ? `${stat.size}:${stat.mtimeMs}` : 'missing'];
    }),
  );
}

function isCurrent() {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    if (stamp.root !== root) return false;
    if (Object.keys(ENTRIES).some((name) => !fs.existsSync(path.join(outdir, `${name}.cjs`)))) return false;
    return JSON.stringify(fingerprint(Object.keys(stamp.inputs))) === JSON.stringify(stamp.inputs);
  } catch {
    return false;
  }
}

/** Rebuilds the bundles and records what they were built from. */
async function rebuild() {
  const inputs = await bundle(outdir, { rootOf: root });
  // The launcher and its plugin shape the bundles too, and so do the packages bundled (ts-morph, an upgrade of which
  // must rebuild them), and the TypeScript of which the printer bundle carries a snapshot
  // (printer-lazy-typescript.cjs).
  const shapers = [
    'generator/run.cjs',
    'generator/bundle.cjs',
    'generator/launch.cjs',
    'generator/printer-rewrites.cjs',
    'node_modules/@ts-morph/common/package.json',
  ];
  fs.writeFileSync(stampFile, JSON.stringify({ root, inputs: fingerprint([...inputs, ...shapers]) }));
}

if (isCurrent()) start(outdir);
else
  rebuild().then(
    () => start(outdir),
    (e) => {
      // esbuild has printed what it found; this says what it means.
      console.error(`cannot bundle the generator: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 3;
    },
  );
