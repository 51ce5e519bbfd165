// Launches the generator: bundles generator/*.ts with esbuild into CommonJS files under
// node_modules/.cache (the CLI, its helper thread, and the printer: ts-morph, see
// writer-fields.cjs) and runs them. Faster to start than a TypeScript loader; the bundles are
// rebuilt only when a file they were built from has changed.

// An older Node gets one line and exit status 2 (a usage problem), before anything it cannot run is loaded.
const { SUPPORTED_NODE, supportsNode } = require('./node-support.cjs');
if (!supportsNode(process.versions.node)) {
  process.stderr.write(`error usage: graph-intune-codegen needs Node.js ${SUPPORTED_NODE}; this is Node.js ${process.versions.node}\n`);
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
const { Worker } = require('node:worker_threads');
const { PRINTER, writerFields } = require('./writer-fields.cjs');

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'node_modules', '.cache', 'graph-intune-codegen');
const stampFile = path.join(outdir, 'bundle-inputs.json');
const entries = { cli: 'generator/cli.ts', worker: 'generator/parallel/worker.ts', [PRINTER.out]: PRINTER.entry };

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
    if (Object.keys(entries).some((name) => !fs.existsSync(path.join(outdir, `${name}.cjs`)))) return false;
    return JSON.stringify(fingerprint(Object.keys(stamp.inputs))) === JSON.stringify(stamp.inputs);
  } catch {
    return false;
  }
}

/** Bundles the CLI, the helper's entry and the printer (see writer-fields.cjs); each file replaced whole, so a run starting meanwhile never loads half a bundle. */
async function bundle() {
  // Loaded only when needed: esbuild starts a service process, which a current bundle can skip.
  const { build } = require('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.entries(entries).map(([out, input]) => ({ in: input, out })),
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Dependencies are required at run time, but ts-morph, which is the printer bundle (see writer-fields.cjs).
    plugins: [writerFields],
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'error',
    // The bundle lives elsewhere; templates/ and dependencies are found from the repository root.
    define: { 'process.env.CODEGEN_ROOT': JSON.stringify(root) },
  });
  fs.mkdirSync(outdir, { recursive: true });
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temp, file.contents);
    fs.renameSync(temp, file.path);
  }
  // The launcher and its plugin shape the bundles too, and so do the packages bundled (ts-morph, an upgrade of which must rebuild them).
  const inputs = [...Object.keys(result.metafile.inputs), 'generator/run.cjs', 'generator/writer-fields.cjs'];
  fs.writeFileSync(stampFile, JSON.stringify({ root, inputs: fingerprint(inputs) }));
}

/** Starts the helper thread first, so that it builds the runtime (and loads ts-morph for a large spec) while the CLI loads and reads. */
function start() {
  const helper = new Worker(path.join(outdir, 'worker.cjs'));
  helper.unref();
  require(path.join(outdir, 'cli.cjs')).run(helper);
}

if (isCurrent()) start();
else
  bundle().then(start, (e) => {
    // esbuild has printed what it found; this says what it means.
    console.error(`cannot bundle the generator: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 3;
  });
