#!/usr/bin/env node
// The published generator's command: `graph-intune-codegen [generate] [options]` or `graph-intune-codegen permissions
// <folder>`. It runs the bundles built into lib/ when the package was packed (generator/prepack.cjs), so an installed
// copy bundles nothing and writes nothing into its own folder; `npm run generate` in the repository uses run.cjs.
// One thread in Node's pool, as run.cjs explains; set before anything starts the pool.
process.env.UV_THREADPOOL_SIZE ??= '1';

const fs = require('node:fs');
const path = require('node:path');

const lib = path.join(__dirname, '..', 'lib');
const [command, ...rest] = process.argv.slice(2);

/**
 * The project's cache (`node_modules/.cache` of the nearest folder with a package.json), as other tools place theirs.
 */
function projectCache() {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')))
      return path.join(dir, 'node_modules', '.cache', 'graph-intune-codegen');
    if (path.dirname(dir) === dir) return path.join(require('node:os').tmpdir(), 'graph-intune-codegen-cache');
  }
}

if (command === 'permissions') {
  require(path.join(lib, 'permissions.cjs')).run(rest);
} else {
  if (command === 'generate') process.argv.splice(2, 1);
  process.env.CODEGEN_CACHE ??= projectCache();
  require('../generator/launch.cjs').start(lib);
}
