/** validate/: each rule with documents that pass and documents that fail, and how validateDocument combines them. */
import type { Diagnostic } from '../../generator/diagnostics.js';
import { openapiVersion } from '../../generator/validate/openapi-version.js';
import { operationIdsValid } from '../../generator/validate/operation-ids.js';
import { pathParameters } from '../../generator/validate/path-parameters.js';
import { refsResolve } from '../../generator/validate/refs-resolve.js';
import { schemaTypes } from '../../generator/validate/schema-types.js';
import type { Json } from '../../generator/validate/rule.js';
import { validateDocument } from '../../generator/validate/validate.js';

const info = { title: 'T', version: '1' };
/** A minimal valid document with the given paths and components. */
const doc = (paths: Json = {}, components?: Json): Json => ({
  openapi: '3.1.0',
  info,
  paths,
  ...(components ? { components } : {}),
});
const ok = { '200': { description: 'OK' } };
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
/** Code and pointer of each diagnostic: what a rule's table asserts. */
const found = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, severity: d.severity, pointer: d.pointer }));

describe('openapi-version', () => {
  test.each([
    ['3.0.3', doc()],
    ['3.1.0', doc()],
    ['3.1.1 without paths (webhooks-only documents have none)', { openapi: '3.1.1', info }],
    ['3.0.0-rc2', { ...doc(), openapi: '3.0.0-rc2' }],
  ])('passes %s', (_what, document) => {
    expect(openapiVersion.check(document)).toEqual([]);
  });

  test.each([
    [
      'Swagger 2.0, with the conversion command',
      { swagger: '2.0', info, paths: {} },
      'swagger-2',
      '#/swagger',
      /swagger2openapi/,
    ],
    ['no openapi field', { info, paths: {} }, 'not-openapi', '#', /no "openapi" field/],
    ['OpenAPI 4.0', { ...doc(), openapi: '4.0.0' }, 'openapi-version', '#/openapi', /3\.0\.x or 3\.1\.x/],
    ['OpenAPI 3.2', { ...doc(), openapi: '3.2.0' }, 'openapi-version', '#/openapi', /"3\.2\.0"/],
    ['a number that is no 3.0 or 3.1', { ...doc(), openapi: 3.2 }, 'openapi-version', '#/openapi', /3\.2/],
    ['paths that is not a mapping', { openapi: '3.1.0', info, paths: [] }, 'invalid-paths', '#/paths', /mapping/],
  ])('fails %s', (_what, document, code, pointer, message) => {
    const problems = openapiVersion.check(document as Json);
    expect(found(problems)).toEqual([{ code, severity: 'error', pointer }]);
    expect(problems[0]!.message).toMatch(message);
  });
});

describe('openapi-version, lenient where the intent is clear', () => {
  test.each([
    [
      'the YAML number 3.0 (read as 3)',
      { ...doc(), openapi: 3 },
      'openapi-version-form',
      '#/openapi',
      /read as OpenAPI 3\.0/,
    ],
    ['the number 3.1', { ...doc(), openapi: 3.1 }, 'openapi-version-form', '#/openapi', /read as OpenAPI 3\.1/],
    ['the string "3.0"', { ...doc(), openapi: '3.0' }, 'openapi-version-form', '#/openapi', /"3\.0\.0"/],
    ['no info', { openapi: '3.1.0', paths: {} }, 'missing-info', '#', /titled "API", version 0\.0\.0/],
  ])('warns of %s', (_what, document, code, pointer, message) => {
    const problems = openapiVersion.check(document as Json);
    expect(found(problems)).toEqual([{ code, severity: 'warning', pointer }]);
    expect(problems[0]!.message).toMatch(message);
  });
});

describe('refs-resolve', () => {
  test('passes local refs to existing targets, including escaped and percent-encoded tokens', () => {
    const document = doc(
      { '/a': { get: { responses: { '200': { $ref: '#/components/responses/ok' } } } } },
      {
        responses: {
          ok: { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/a~1b' } } } },
        },
        schemas: {
          'a/b': { type: 'string' },
          'with space': { $ref: '#/components/schemas/with%20space2' },
          'with space2': { type: 'string' },
        },
      },
    );
    expect(refsResolve.check(document)).toEqual([]);
  });

  test('ignores "$ref" inside examples, enums, defaults and consts (values, not references)', () => {
    const document = doc(
      {},
      {
        schemas: {
          S: {
            type: 'object',
            example: { $ref: '#/nowhere' },
            default: { $ref: '#/nowhere' },
            enum: [{ $ref: '#/nowhere' }],
            const: { $ref: '#/nowhere' },
          },
        },
      },
    );
    expect(refsResolve.check(document)).toEqual([]);
  });

  test('fails every ref that does not resolve, each at its own pointer', () => {
    const document = doc(
      { '/a': { get: { responses: { '200': { $ref: '#/components/responses/missing' } } } } },
      {
        schemas: {
          A: { properties: { b: { $ref: '#/components/schemas/B' }, c: { items: { $ref: 'other.yaml#/C' } } } },
        },
      },
    );
    expect(found(refsResolve.check(document))).toEqual([
      { code: 'ref-unresolved', severity: 'error', pointer: '#/paths/~1a/get/responses/200/$ref' },
      { code: 'ref-unresolved', severity: 'error', pointer: '#/components/schemas/A/properties/b/$ref' },
      { code: 'ref-unresolved', severity: 'error', pointer: '#/components/schemas/A/properties/c/items/$ref' },
    ]);
  });
});

describe('operation-ids-valid', () => {
  test('passes distinct operationIds, operations without one, and duplicates (the model numbers those)', () => {
    const document = doc({
      '/a': { get: { operationId: 'getA', responses: ok }, put: { responses: ok } },
      '/b': { get: { operationId: 'getA', responses: ok } },
    });
    expect(operationIdsValid.check(document)).toEqual([]);
  });

  test.each([
    ['empty', ''],
    ['blank', '  '],
    ['not a string', 42],
  ])('fails an operationId that is %s', (_what, id) => {
    expect(found(operationIdsValid.check(doc({ '/a': { get: { operationId: id, responses: ok } } })))).toEqual([
      { code: 'operation-id-invalid', severity: 'error', pointer: '#/paths/~1a/get/operationId' },
    ]);
  });
});

describe('path-parameters', () => {
  test.each([
    ['declared on the operation', { '/a/{id}': { get: { parameters: [pathParam('id')], responses: ok } } }],
    ['declared on the path item', { '/a/{id}': { parameters: [pathParam('id')], get: { responses: ok } } }],
    [
      'declared through a $ref',
      { '/a/{id}': { get: { parameters: [{ $ref: '#/components/parameters/id' }], responses: ok } } },
    ],
    ['two in one segment', { '/a/{x}.{y}': { get: { parameters: [pathParam('x'), pathParam('y')], responses: ok } } }],
    ['no template at all', { '/a': { get: { parameters: [{ name: 'q', in: 'query' }], responses: ok } } }],
  ])('passes a path parameter %s', (_what, paths) => {
    expect(pathParameters.check(doc(paths, { parameters: { id: pathParam('id') } }))).toEqual([]);
  });

  test('warns of a template parameter nobody declares, at the operation: it becomes a required string', () => {
    const problems = pathParameters.check(
      doc({ '/a/{id}/b/{other}': { get: { parameters: [pathParam('id')], responses: ok } } }),
    );
    expect(found(problems)).toEqual([
      { code: 'path-parameter-undeclared', severity: 'warning', pointer: '#/paths/~1a~1{id}~1b~1{other}/get' },
    ]);
    expect(problems[0]!.message).toContain('"other"');
    expect(problems[0]!.message).toContain('required string');
  });

  test('checks a path item given by $ref as the model uses it', () => {
    const document = {
      ...doc({ '/a/{id}': { $ref: '#/components/pathItems/A' } }),
      components: { pathItems: { A: { get: { responses: ok } } } },
    };
    expect(found(pathParameters.check(document))).toEqual([
      { code: 'path-parameter-undeclared', severity: 'warning', pointer: '#/paths/~1a~1{id}/get' },
    ]);
  });

  test('warns of a declared path parameter the template lacks, at its declaration (operation or path item)', () => {
    const problems = pathParameters.check(
      doc({ '/a': { parameters: [pathParam('shared')], get: { parameters: [pathParam('own')], responses: ok } } }),
    );
    expect(found(problems)).toEqual([
      { code: 'path-parameter-unused', severity: 'warning', pointer: '#/paths/~1a/parameters/0' },
      { code: 'path-parameter-unused', severity: 'warning', pointer: '#/paths/~1a/get/parameters/0' },
    ]);
  });
});

describe('schema-types', () => {
  const bad = { type: 'strin' };
  test.each<[string, Json, Json | undefined, string]>([
    ['a component schema', {}, { schemas: { T: bad } }, '#/components/schemas/T/type'],
    [
      'a property, nested',
      {},
      { schemas: { T: { type: 'object', properties: { 'a/b': { type: 'object', properties: { c: bad } } } } } },
      '#/components/schemas/T/properties/a~1b/properties/c/type',
    ],
    [
      'a member of allOf',
      {},
      { schemas: { T: { allOf: [{ type: 'object' }, bad] } } },
      '#/components/schemas/T/allOf/1/type',
    ],
    ['array items', {}, { schemas: { T: { type: 'array', items: bad } } }, '#/components/schemas/T/items/type'],
    ['one of a type list', {}, { schemas: { T: { type: ['string', 'nul'] } } }, '#/components/schemas/T/type/1'],
    [
      'a component parameter',
      {},
      { parameters: { p: { name: 'p', in: 'query', schema: bad } } },
      '#/components/parameters/p/schema/type',
    ],
    [
      'a path item parameter',
      { '/a': { parameters: [{ name: 'p', in: 'query', schema: bad }], get: { responses: ok } } },
      undefined,
      '#/paths/~1a/parameters/0/schema/type',
    ],
    [
      'an operation parameter',
      { '/a/{id}': { get: { parameters: [pathParam('id'), { name: 'p', in: 'query', schema: bad }], responses: ok } } },
      undefined,
      '#/paths/~1a~1{id}/get/parameters/1/schema/type',
    ],
    [
      'a request body',
      { '/a': { post: { requestBody: { content: { 'application/json': { schema: bad } } }, responses: ok } } },
      undefined,
      '#/paths/~1a/post/requestBody/content/application~1json/schema/type',
    ],
    [
      'a response header',
      { '/a': { get: { responses: { '200': { description: 'OK', headers: { 'X-N': { schema: bad } } } } } } },
      undefined,
      '#/paths/~1a/get/responses/200/headers/X-N/schema/type',
    ],
  ])('an unknown type in %s is reported where it is', (_what, paths, components, pointer) => {
    expect(found(schemaTypes.check(doc(paths, components)))).toEqual([
      { code: 'unknown-type', severity: 'error', pointer },
    ]);
  });

  test('a schema that is no schema, lists and mappings that are not, each at its place; a path item is visited once for all its operations', () => {
    const paths = {
      '/a': {
        parameters: [{ name: 'p', in: 'query', schema: 'text' }],
        get: { responses: ok },
        put: { responses: ok },
      },
    };
    const components = { schemas: { T: { allOf: {} }, U: { properties: [] } } };
    expect(found(schemaTypes.check(doc(paths, components)))).toEqual([
      { code: 'schema-invalid', severity: 'error', pointer: '#/components/schemas/T/allOf' },
      { code: 'schema-invalid', severity: 'error', pointer: '#/components/schemas/U/properties' },
      { code: 'schema-invalid', severity: 'error', pointer: '#/paths/~1a/parameters/0/schema' },
    ]);
  });
});

describe('validateDocument', () => {
  test('a valid document has no problems', () => {
    expect(
      validateDocument(
        doc({ '/a/{id}': { get: { operationId: 'getA', parameters: [pathParam('id')], responses: ok } } }),
      ),
    ).toEqual([]);
  });

  test('collects every problem of every rule, not only the first', () => {
    const document = doc({
      '/a/{id}': { get: { operationId: 'x', responses: { '200': { $ref: '#/components/responses/none' } } } },
      b: { get: { operationId: 'x', responses: ok } },
    });
    expect(validateDocument(document).map((d) => d.code)).toEqual([
      'ref-unresolved',
      'path-invalid',
      'path-parameter-undeclared',
    ]);
  });

  test('stops after a wrong version: the other rules would only add noise', () => {
    const document = {
      swagger: '2.0',
      info,
      paths: { '/a/{id}': { get: { responses: { '200': { $ref: '#/nowhere' } } } } },
    };
    expect(validateDocument(document).map((d) => d.code)).toEqual(['swagger-2']);
  });
});
