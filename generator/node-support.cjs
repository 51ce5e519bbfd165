// The Node.js versions the generator runs on: oxc-transform's range (it is loaded with require(),
// which can load an ES module from 20.19 and 22.12 on). package.json's engines says the same, and a
// test holds the two together. CommonJS and free of syntax newer than Node 12, so that it runs first
// on an old Node and says so in one line instead of a stack trace.
'use strict';

const SUPPORTED_NODE = '^20.19.0 || >=22.12.0';

/** Whether a Node.js version (`20.19.1`, `v22.12.0`) is in SUPPORTED_NODE. */
function supportsNode(version) {
  const [major, minor] = String(version).replace(/^v/, '').split('.').map(Number);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 12;
  return major > 22;
}

module.exports = { SUPPORTED_NODE, supportsNode };
