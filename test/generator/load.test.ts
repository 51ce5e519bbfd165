/** load/: YAML and JSON parsing with source positions, syntax errors, and $refs into other files. */
import { loadSpec, onlyLocalRefs } from '../../generator/load/load-spec.js';
import { lineColumn, locateJson } from '../../generator/load/locate-json.js';
import { parseText } from '../../generator/load/parse.js';
import { REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, removeTempDir, writeTree } from '../helpers/temp.js';

const YAML_TEXT = `openapi: 3.1.0
info:
  title: T
  version: '1'
paths:
  /things/{id}:
    get:
      parameters:
        - name: id
          in: path
      responses: {}
    put:
`;

const JSON_TEXT = `{
  "openapi": "3.1.0",
  "info": { "title": "T", "version": "1" },
  "paths": {
    "/things/{id}": {
      "get": {
        "parameters": [
          { "name": "id", "in": "path" },
          { "name": "q\\"uote", "in": "query", "x": [1, {"y": "}]"}] }
        ]
      },
      "put": null
    }
  }
}
`;

describe('positions of pointers', () => {
  const yaml = parseText(YAML_TEXT, 'spec.yaml');
  const json = parseText(JSON_TEXT, 'spec.json');

  test('both parse without diagnostics', () => {
    expect(yaml.diagnostics).toEqual([]);
    expect(json.diagnostics).toEqual([]);
  });

  test.each([
    ['the document', [], 1, 1],
    ['a scalar', ['info', 'title'], 3, 10],
    ['a mapping value', ['paths', '/things/{id}', 'get'], 8, 7],
    ['inside a sequence item', ['paths', '/things/{id}', 'get', 'parameters', '0', 'in'], 10, 15],
    ['a key without a value (where the value would start)', ['paths', '/things/{id}', 'put'], 12, 9],
    ['a missing key (its deepest existing ancestor)', ['paths', '/nope', 'get'], 6, 3],
    ['below a scalar (the scalar)', ['info', 'title', 'deeper'], 3, 10],
  ])('YAML: %s', (_what, tokens, line, column) => {
    expect(yaml.file!.locate(tokens)).toEqual({ line, column });
  });

  test.each([
    ['the document', [], 1, 1],
    ['a value in an inline object', ['info', 'version'], 3, 38],
    ['an array item', ['paths', '/things/{id}', 'get', 'parameters', '1'], 9, 11],
    [
      'past a key with an escaped quote and brackets inside strings',
      ['paths', '/things/{id}', 'get', 'parameters', '1', 'in'],
      9,
      38,
    ],
    ['a key whose value is null', ['paths', '/things/{id}', 'put'], 12, 14],
    ['a missing key (its deepest existing ancestor)', ['paths', '/things/{id}', 'delete'], 5, 21],
    ['an index past the end (the array)', ['paths', '/things/{id}', 'get', 'parameters', '7'], 7, 23],
  ])('JSON: %s', (_what, tokens, line, column) => {
    expect(json.file!.locate(tokens)).toEqual({ line, column });
  });

  test('JSON values are the parsed document', () => {
    expect(
      (json.file!.data as { paths: Record<string, { get: { parameters: { name: string }[] } }> }).paths['/things/{id}']!
        .get.parameters[1]!.name,
    ).toBe('q"uote');
  });

  test.each([
    ['', 0, 1, 1],
    ['ab\ncd', 4, 2, 2],
    ['ab\r\ncd', 5, 2, 2],
    ['a\n\n\nb', 4, 4, 1],
  ])('lineColumn(%j, %d) is %d:%d', (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });

  test('locateJson finds a value after nested arrays and strings holding brackets', () => {
    const text = '{"a": [[1, "]"], {"}": 2}], "b": {"c": true}}';
    expect(text.slice(locateJson(text, ['b', 'c']))).toBe('true}}');
    expect(text.slice(locateJson(text, ['a', '1', '}']))).toBe('2}], "b": {"c": true}}');
  });
});

describe('the nesting limit counts brackets outside strings only', () => {
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
  test.each([
    ['brackets inside a string', `{"a": "${deep(300)}"}`, false],
    ['brackets after an escaped quote, still inside the string', `{"a": "\\"${deep(300)}"}`, false],
    ['brackets after an escaped backslash, outside the string', `{"a": "\\\\", "b": ${deep(300)}}`, true],
    ['a value 200 levels down', `{"a": ${deep(200)}}`, false],
    ['a value 201 levels down', `{"a": ${deep(201)}}`, true],
  ])('%s', (_what, text, tooDeep) => {
    JSON.parse(text); // each case is valid JSON: only the depth differs
    const parsed = parseText(text, 'spec.json');
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(tooDeep ? ['too-deep'] : []);
  });
});

describe('syntax errors are located', () => {
  test.each([
    ['a bad indentation', 'openapi: 3.1.0\ninfo:\n  title: T\n version: 1\n', 4],
    ['a tab as indentation', 'openapi: 3.1.0\ninfo:\n  title: T\n\tversion: 1\n', 4],
    ['a duplicate key', 'openapi: 3.1.0\ninfo:\n  title: T\n  title: U\n', 4],
    ['an unclosed flow mapping', 'openapi: 3.1.0\npaths: { /a: {}\n', 3],
    [
      'broken JSON (read again by the YAML parser to find the place)',
      '{\n  "openapi": "3.1.0",\n  "info": {"title": "T",, }\n}\n',
      3,
    ],
  ])('%s', (_what, text, line) => {
    const parsed = parseText(text, 'broken.yaml');
    expect(parsed.file).toBeUndefined();
    expect(parsed.diagnostics.length).toBeGreaterThan(0);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'syntax', severity: 'error', file: 'broken.yaml', line });
    expect(parsed.diagnostics[0]!.column).toBeGreaterThanOrEqual(1);
  });
});

describe('loadSpec', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('load');
  });
  afterEach(() => removeTempDir(dir));

  test('a missing file is a located error, with the path as given', () => {
    const result = loadSpec('nope/spec.yaml', dir);
    expect(result.spec).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'file-missing', severity: 'error', file: 'nope/spec.yaml' }),
    ]);
  });

  test('a document that is not a mapping is refused at 1:1', () => {
    writeTree(dir, { 'list.yaml': '- a\n- b\n' });
    expect(loadSpec('list.yaml', dir).diagnostics).toEqual([
      expect.objectContaining({ code: 'not-openapi', file: 'list.yaml', line: 1, column: 1 }),
    ]);
  });

  test('a byte order mark is ignored', () => {
    writeTree(dir, { 'bom.json': '\uFEFF{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}' });
    const result = loadSpec('bom.json', dir);
    expect(result.diagnostics).toEqual([]);
    expect(result.spec!.document.openapi).toBe('3.1.0');
  });

  test('locate() turns a pointer (with escaped tokens) into file, line and column', () => {
    writeTree(dir, { 'spec.yaml': YAML_TEXT });
    const spec = loadSpec('spec.yaml', dir).spec!;
    expect(spec.displayPath).toBe('spec.yaml');
    expect(spec.locate('#/paths/~1things~1{id}/get/parameters/0/in')).toEqual({
      file: 'spec.yaml',
      pointer: '#/paths/~1things~1{id}/get/parameters/0/in',
      line: 10,
      column: 15,
    });
  });

  describe('external $refs (test/fixtures/external-refs)', () => {
    const loaded = loadSpec('test/fixtures/external-refs/api.yaml', REPO_ROOT);
    const doc = loaded.spec!.document as {
      components: { schemas: Record<string, unknown>; parameters: Record<string, unknown> };
      paths: Record<string, { get: { parameters: unknown[] } }>;
    };

    test('loads without diagnostics', () => {
      expect(loaded.diagnostics).toEqual([]);
    });

    test('schemas of other files are bundled under components, renamed on a clash, each file once', () => {
      expect(Object.keys(doc.components.schemas)).toEqual(['Order', 'Money', 'Money2', 'Currency', 'address']);
      expect(doc.components.schemas.Money).toEqual({
        description: 'The local Money; the external one is bundled as Money2.',
        type: 'string',
      });
      expect(doc.components.schemas.Order).toMatchObject({
        properties: {
          total: { $ref: '#/components/schemas/Money2' },
          shipTo: { $ref: '#/components/schemas/address' },
          legacyTotal: { $ref: '#/components/schemas/Money' },
        },
      });
      // A $ref inside the other file (to its own component) and one from a third file reach the same import.
      expect(doc.components.schemas.Money2).toMatchObject({
        properties: { currency: { $ref: '#/components/schemas/Currency' } },
      });
      expect(doc.components.schemas.address).toMatchObject({
        properties: { country: { $ref: '#/components/schemas/Currency' } },
      });
    });

    test('parameters are bundled under components/parameters', () => {
      expect(doc.paths['/orders/{orderId}']!.get.parameters).toEqual([{ $ref: '#/components/parameters/orderId' }]);
      expect(doc.components.parameters.orderId).toMatchObject({ name: 'orderId', in: 'path', required: true });
    });

    test('locate() points into the file a bundled schema came from', () => {
      const at = loaded.spec!.locate('#/components/schemas/Money2/properties/amount');
      expect(at).toEqual({
        file: 'test/fixtures/external-refs/schemas/common.yaml',
        pointer: '#/components/schemas/Money/properties/amount',
        line: 18,
        column: 11,
      });
      const whole = loaded.spec!.locate('#/components/schemas/address/properties/street');
      expect(whole).toEqual({
        file: 'test/fixtures/external-refs/schemas/address.yaml',
        pointer: '#/properties/street',
        line: 6,
        column: 5,
      });
      expect(loaded.spec!.locate('#/components/schemas/Order')).toEqual({
        file: 'test/fixtures/external-refs/api.yaml',
        pointer: '#/components/schemas/Order',
        line: 25,
        column: 7,
      });
    });
  });

  test('a $ref to a missing file, a missing target, and a remote URL are each located at their $ref', () => {
    writeTree(dir, {
      'api.yaml': [
        'openapi: 3.0.3',
        'info: { title: T, version: "1" }',
        'paths: {}',
        'components:',
        '  schemas:',
        '    A:',
        "      $ref: './missing.yaml#/A'",
        '    B:',
        "      $ref: './other.yaml#/Nope'",
        '    C:',
        "      $ref: 'https://example.com/schemas.yaml#/C'",
        '',
      ].join('\n'),
      'other.yaml': 'Yes: { type: string }\n',
    });
    const result = loadSpec('api.yaml', dir);
    const byCode = Object.fromEntries(result.diagnostics.map((d) => [d.code, d]));
    expect(Object.keys(byCode).sort()).toEqual(['ref-file-missing', 'ref-remote', 'ref-unresolved']);
    expect(byCode['ref-file-missing']).toMatchObject({
      severity: 'error',
      file: 'api.yaml',
      line: 7,
      pointer: '#/components/schemas/A/$ref',
    });
    expect(byCode['ref-file-missing']!.message).toContain('missing.yaml');
    expect(byCode['ref-unresolved']).toMatchObject({ file: 'api.yaml', line: 9 });
    expect(byCode['ref-remote']).toMatchObject({ file: 'api.yaml', line: 11 });
  });

  test('a syntax error in a $ref’d file is located in that file', () => {
    writeTree(dir, {
      'api.yaml':
        'openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: "./schemas/a.yaml"\n',
      'schemas/a.yaml': 'type: object\nproperties:\n  x: { type: string\n',
    });
    const result = loadSpec('api.yaml', dir);
    expect(result.diagnostics[0]).toMatchObject({ code: 'syntax', file: 'schemas/a.yaml', line: 4 });
  });

  test('files that $ref each other are bundled once each, and the bundling ends', () => {
    writeTree(dir, {
      'api.yaml':
        'openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Root:\n      $ref: "./a.yaml#/A"\n',
      'a.yaml': 'A:\n  type: object\n  properties:\n    b: { $ref: "./b.yaml#/B" }\n',
      'b.yaml': 'B:\n  type: object\n  properties:\n    a: { $ref: "./a.yaml#/A" }\n',
    });
    const result = loadSpec('api.yaml', dir);
    expect(result.diagnostics).toEqual([]);
    const schemas = (result.spec!.document.components as { schemas: Record<string, unknown> }).schemas;
    // A second import of A would show up as A2.
    expect(Object.keys(schemas)).toEqual(['Root', 'A', 'B']);
    expect(schemas.Root).toEqual({ $ref: '#/components/schemas/A' });
    expect(schemas.A).toEqual({ type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } });
    expect(schemas.B).toEqual({ type: 'object', properties: { a: { $ref: '#/components/schemas/A' } } });
  });
});

describe('onlyLocalRefs: when the bundler may skip its walk', () => {
  test.each([
    ['JSON, local refs only', '{"a": {"$ref": "#/components/schemas/A"}, "b": {"$ref" : "#/x"}}', true],
    [
      'YAML, local refs quoted and bare',
      'a:\n  $ref: \'#/components/schemas/A\'\nb: { $ref: "#/x" }\nc:\n  $ref: #/y\n',
      true,
    ],
    ['no refs at all', '{"openapi": "3.1.0"}', true],
    ['an OData path ending in /$ref', '{"paths": {"/a/{id}/owners/$ref": {"$ref": "#/components/pathItems/p"}}}', true],
    ['a ref into another file', '{"a": {"$ref": "#/x"}, "b": {"$ref": "other.json#/B"}}', false],
    ['a remote ref', 'a:\n  $ref: https://example.com/s.yaml\n', false],
    ['the word in a description', '{"description": "uses $ref to point", "a": {"$ref": "#/x"}}', false],
    ['the value on the next line', 'a:\n  $ref:\n    ./b.yaml\n', false],
    ['a key spelt with a JSON escape', '{"a": {"\\u0024ref": "b.json"}}', false],
  ])('%s', (_name, text, expected) => {
    expect(onlyLocalRefs(text)).toBe(expected);
  });

  test('a spec whose refs are all local loads as before: refs kept, nothing bundled', () => {
    const dir = makeTempDir('local-refs');
    try {
      writeTree(dir, {
        'api.json': JSON.stringify({
          openapi: '3.1.0',
          info: { title: 'T', version: '1' },
          paths: {},
          components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' } } },
        }),
      });
      const result = loadSpec('api.json', dir);
      expect(result.diagnostics).toEqual([]);
      expect((result.spec!.document.components as { schemas: unknown }).schemas).toEqual({
        A: { $ref: '#/components/schemas/B' },
        B: { type: 'string' },
      });
      expect(result.spec!.locate('#/components/schemas/B')).toMatchObject({ file: 'api.json', line: 1 });
    } finally {
      removeTempDir(dir);
    }
  });
});
