/** Jest runs the TypeScript sources through SWC (no type-check: `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
    // oxc-transform (the generator's build stage) ships only ESM, which Jest cannot require on Node 20:
    // its loader is compiled to CommonJS like the sources (SWC turns import.meta.url into a file URL).
    '/node_modules/oxc-transform/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!oxc-transform/)'],
  // Sources import siblings as './x.js' (NodeNext); Jest resolves the .ts file.
  // Prettier's CommonJS entry needs a dynamic import Jest refuses: see test/helpers/prettier-standalone.cjs.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^prettier$': '<rootDir>/test/helpers/prettier-standalone.cjs' },
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
