// `npm pack` and `npm publish` run this first: the published generator carries its bundles in lib/, built here,
// found from the bundles' own folder (no path of this machine inside), so an installed copy never bundles.
const path = require('node:path');
const fs = require('node:fs');
const { bundle, root } = require('./bundle.cjs');

const lib = path.join(root, 'lib');
fs.rmSync(lib, { recursive: true, force: true });
bundle(lib, { sourcemap: false }).catch((e) => {
  console.error(`cannot bundle the generator: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
