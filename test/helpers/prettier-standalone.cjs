/**
 * Prettier for code running inside Jest. Prettier 3's CommonJS entry loads its core with a dynamic
 * import(), which Jest's CommonJS sandbox refuses (it wants --experimental-vm-modules), so
 * jest.config.js maps `prettier` to this module: the same version's standalone build with the
 * plugins the generator's parsers need. test/generator/cli.test.ts checks that the real CLI, with
 * the real Prettier, writes byte-identical packages.
 */
const prettier = require('prettier/standalone');
const plugins = [
  require('prettier/plugins/estree'),
  require('prettier/plugins/babel'),
  require('prettier/plugins/typescript'),
];

module.exports = {
  ...prettier,
  format: (text, options = {}) =>
    prettier.format(text, { ...options, plugins: [...plugins, ...(options.plugins ?? [])] }),
};
