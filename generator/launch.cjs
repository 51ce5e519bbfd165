// Starts the generator from its bundles: the helper thread first, so that it builds the runtime (and loads ts-morph
// for a large spec) while the CLI loads and reads. Shared by generator/run.cjs and the published bin.
const path = require('node:path');
const { Worker } = require('node:worker_threads');

function start(bundles) {
  const helper = new Worker(path.join(bundles, 'worker.cjs'));
  helper.unref();
  require(path.join(bundles, 'cli.cjs')).run(helper);
}

module.exports = { start };
