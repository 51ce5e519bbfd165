import * as path from 'node:path';

/**
 * The repository: where templates/ and node_modules/ are. generator/run.cjs sets it for the
 * bundled CLI, which runs from node_modules/.cache; from source, it is this folder's parent.
 */
export const ROOT_DIR = process.env.CODEGEN_ROOT ?? path.resolve(__dirname, '..');

/**
 * The generator's own caches (its bundle, Prettier's results): under node_modules, never committed. An installed
 * copy is told the project's cache by its bin (CODEGEN_CACHE), so that it never writes into its own folder.
 */
export const CACHE_DIR =
  process.env.CODEGEN_CACHE ?? path.join(ROOT_DIR, 'node_modules', '.cache', 'graph-intune-codegen');
