// Launches the generator: bundles generator/*.ts with esbuild into two CommonJS files under
// node_modules/.cache (the CLI and its helper thread) and runs them. Faster to start than a
// TypeScript loader; the bundle is rebuilt only when a file it was built from has changed.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { writerFields } from './writer-fields.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'node_modules', '.cache', 'graph-intune-codegen');
const stampFile = path.join(outdir, 'bundle-inputs.json');
const entries = { cli: 'generator/cli.ts', worker: 'generator/parallel/worker.ts' };

/** Each input of the last build with its size and mtime: unchanged inputs mean an unchanged bundle. */
function fingerprint(files) {
  return Object.fromEntries(files.map((f) => {
    const stat = fs.statSync(path.join(root, f), { throwIfNoEntry: false });
    return [f, stat ? `${stat.size}:${stat.mtimeMs}` : 'missing'];
  }));
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

if (!isCurrent()) {
  // Loaded only when needed: esbuild starts a service process, which a current bundle can skip.
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.entries(entries).map(([out, input]) => ({ in: input, out })),
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Dependencies are required at run time, but for ts-morph's writer (see writer-fields.mjs).
    plugins: [writerFields],
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'error',
    // The bundle lives elsewhere; templates/ and dependencies are found from the repository root.
    define: { 'process.env.CODEGEN_ROOT': JSON.stringify(root) },
  });
  // Each file replaced whole (temp file, then rename): a run starting meanwhile never loads half a bundle.
  fs.mkdirSync(outdir, { recursive: true });
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temp, file.contents);
    fs.renameSync(temp, file.path);
  }
  // The launcher and its plugin shape the bundle too: a change to either rebuilds it.
  const inputs = [...Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules')), 'generator/run.mjs', 'generator/writer-fields.mjs'];
  fs.writeFileSync(stampFile, JSON.stringify({ root, inputs: fingerprint(inputs) }));
}

// The helper thread starts first, so that it builds the runtime (and loads ts-morph for a large spec) while the CLI loads and reads.
const helper = new Worker(path.join(outdir, 'worker.cjs'));
helper.unref();
createRequire(path.join(root, 'package.json'))(path.join(outdir, 'cli.cjs')).run(helper);
