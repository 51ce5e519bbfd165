// Bundles generator/*.ts with esbuild into CommonJS files: the CLI, its helper thread, the printer
// (ts-morph, see printer-rewrites.cjs) and the permissions report. generator/run.cjs builds them into
// node_modules/.cache for `npm run generate`; generator/prepack.cjs into lib/ for the published package.
const fs = require('node:fs');
const path = require('node:path');
const { PRINTER, printerRewrites } = require('./printer-rewrites.cjs');

const root = path.resolve(__dirname, '..');

/** Each bundle (a `<name>.cjs` file) and the source it is built from. */
const ENTRIES = {
  cli: 'generator/cli.ts',
  worker: 'generator/parallel/worker.ts',
  [PRINTER.out]: PRINTER.entry,
  permissions: 'permissions/cli.ts',
};

/**
 * Builds every bundle into `outdir`, each file replaced whole, so a run starting meanwhile never loads half a bundle;
 * returns the repository files they were built from. `rootOf` is the generator's root as the bundles will find it:
 * this repository (a fixed path), or, when omitted, the folder above the bundles' own (the published package).
 */
async function bundle(outdir, { rootOf, sourcemap = true } = {}) {
  // Loaded only when needed: esbuild starts a service process, which a current bundle can skip.
  const { build } = require('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.entries(ENTRIES).map(([out, input]) => ({ in: input, out })),
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Dependencies are required at run time, but ts-morph, which is the printer bundle (see printer-rewrites.cjs).
    plugins: [printerRewrites],
    sourcemap: sourcemap ? 'linked' : false,
    metafile: true,
    write: false,
    logLevel: 'error',
    // templates/ and dependencies are found from the generator's root (generator/root.ts).
    define: rootOf ? { 'process.env.CODEGEN_ROOT': JSON.stringify(rootOf) } : {},
  });
  fs.mkdirSync(outdir, { recursive: true });
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temp, file.contents);
    fs.renameSync(temp, file.path);
  }
  return Object.keys(result.metafile.inputs);
}

module.exports = { bundle, ENTRIES, root };
