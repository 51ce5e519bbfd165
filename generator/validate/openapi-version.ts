import { error, warning, type Diagnostic } from '../diagnostics.js';
import { isObject, type Json, type Rule } from './rule.js';

/**
 * The document must say it is OpenAPI 3.0 or 3.1 (a loose `3.0` with a warning); Swagger 2.0 gets a way to convert it.
 */
export const openapiVersion: Rule = {
  name: 'openapi-version',
  check(document: Json): Diagnostic[] {
    if (document.swagger !== undefined) {
      return [
        error(
          'swagger-2',
          `Swagger ${String(document.swagger)} is not supported: convert it to OpenAPI 3 first, e.g. \`npx swagger2openapi spec.yaml -o spec.openapi.yaml\`, then generate from the result`,
          { pointer: '#/swagger' },
        ),
      ];
    }
    const version = document.openapi;
    if (version === undefined) {
      return [error('not-openapi', 'this is not an OpenAPI document: it has no "openapi" field', { pointer: '#' })];
    }
    const problems: Diagnostic[] = [];
    if (typeof version !== 'string' || !/^3\.[01]\.\d+(-.+)?$/.test(version)) {
      // `openapi: 3.0` is the number 3 to YAML, and "3.0" names no patch version: the intent is clear, as peers agree.
      const loose = typeof version === 'number' ? String(version) : version;
      if (typeof loose !== 'string' || !/^3(\.[01])?$/.test(loose)) {
        return [
          error('openapi-version', `OpenAPI ${JSON.stringify(version)} is not supported: expected 3.0.x or 3.1.x`, {
            pointer: '#/openapi',
          }),
        ];
      }
      const read = loose === '3.1' ? '3.1' : '3.0';
      problems.push(
        warning(
          'openapi-version-form',
          `read as OpenAPI ${read}: expected a version string with its patch number, such as "${read}.0" (quoted, since YAML reads 3.0 as the number 3)`,
          { pointer: '#/openapi' },
        ),
      );
    }
    if (!isObject(document.info))
      problems.push(
        warning(
          'missing-info',
          'the document has no "info" object (OpenAPI requires one): the package is titled "API", version 0.0.0, unless --name and --package-version say otherwise',
          { pointer: '#' },
        ),
      );
    if (document.paths !== undefined && !isObject(document.paths)) {
      problems.push(
        error('invalid-paths', '"paths" must be a mapping of path templates to path items', { pointer: '#/paths' }),
      );
    }
    return problems;
  },
};
