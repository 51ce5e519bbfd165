// Launches the generator: bundles generator/*.ts with esbuild (about 0.1 s) into one CommonJS file
// under node_modules/.cache and runs it. Faster to start than a TypeScript loader, and the same
// file serves as the worker script for parallel printing.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'node_modules', '.cache', 'graph-intune-codegen', 'cli.cjs');
await build({
  entryPoints: [path.join(root, 'generator', 'cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
  // The bundle lives elsewhere; templates/ and dependencies are found from the repository root.
  define: { 'process.env.CODEGEN_ROOT': JSON.stringify(root) },
});
createRequire(path.join(root, 'package.json'))(outfile).run();
