import { error, type Diagnostic } from '../diagnostics.js';
import { isObject, type Json, type Rule } from './rule.js';

/** The document must say it is OpenAPI 3.0 or 3.1; Swagger 2.0 gets a way to convert it. */
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
    if (typeof version !== 'string' || !/^3\.[01]\.\d+(-.+)?$/.test(version)) {
      return [error('openapi-version', `OpenAPI ${JSON.stringify(version)} is not supported: expected 3.0.x or 3.1.x`, { pointer: '#/openapi' })];
    }
    const problems: Diagnostic[] = [];
    if (!isObject(document.info)) problems.push(error('missing-info', 'the document has no "info" object', { pointer: '#' }));
    if (document.paths !== undefined && !isObject(document.paths)) {
      problems.push(error('invalid-paths', '"paths" must be a mapping of path templates to path items', { pointer: '#/paths' }));
    }
    return problems;
  },
};
