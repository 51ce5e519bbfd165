// Starts the generator from its bundles: the helper thread first, so that it builds the runtime (and loads ts-morph
// for a large spec) while the CLI loads and reads. Shared by generator/run.cjs and the published bin.
const path = require('node:path');
const v8 = require('node:v8');
const { Worker } = require('node:worker_threads');

/**
 * The V8 flags of `npm run generate`'s command line that can still be set once Node runs (docs/PERFORMANCE.md, "Two
 * threads", says what each is worth). The published bin cannot pass flags (its `#!/usr/bin/env node` line takes
 * none): set here, before the bundles are compiled and the helper's isolate exists, they reach all of the generator's
 * code on both threads. `--single-threaded` is not among them: V8 reads it only at start. A test holds this list
 * and package.json's script together.
 */
const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=300', '--interrupt-budget=270336'];

function start(bundles) {
  for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
  const helper = new Worker(path.join(bundles, 'worker.cjs'));
  helper.unref();
  require(path.join(bundles, 'cli.cjs')).run(helper);
}

module.exports = { start, V8_FLAGS };
