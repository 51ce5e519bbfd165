// Validates OpenAPI files with @seriousme/openapi-schema-validator and prints one JSON line:
// [{ file, valid, version, errors }]. The library is ESM only, which Jest's CommonJS runtime
// cannot load, so the test runs this script in a child Node process.
import { Validator } from '@seriousme/openapi-schema-validator';

const results = [];
for (const file of process.argv.slice(2)) {
  // Default options: the library turns Ajv's strict mode off for its own meta-schemas.
  const validator = new Validator();
  const res = await validator.validate(file);
  results.push({ file, valid: res.valid, version: validator.version ?? null, errors: res.errors ?? null });
}
process.stdout.write(`${JSON.stringify(results)}\n`);
