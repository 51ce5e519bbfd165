/**
 * Issue #6, bad specs: every kind of problem is one located line (file, line, column, JSON pointer)
 * that says what was expected, all problems of a spec come together, and the CLI prints no stack
 * trace and writes nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../../generator/diagnostics.js';
import { runPipeline } from '../../generator/pipeline.js';
import { judgeRun, makeTemp, parseDiagnostics, removeTemp, runCli } from './support.js';

/** What a row expects of one diagnostic; file defaults to spec.yaml. */
interface Expected {
  readonly code: string;
  readonly line?: number;
  readonly column?: number;
  readonly file?: string;
  readonly pointer?: string;
  readonly severity?: 'error' | 'warning';
  /** A piece of the message: what was expected, or how to fix it. */
  readonly says?: string | RegExp;
}

interface Row {
  readonly name: string;
  /** Files of the case; the spec is the first (or `spec`). */
  readonly files: Record<string, string>;
  readonly spec?: string;
  readonly expect: readonly Expected[];
}

const HEAD = `openapi: 3.0.3
info: { title: Bad, version: 1.0.0 }
`;
const OK = `responses: { '200': { description: OK } }`;

const ROWS: readonly Row[] = [
  {
    name: 'malformed YAML',
    files: { 'spec.yaml': `${HEAD}paths:\n  /a:\n    get: [\n` },
    expect: [{ code: 'syntax', line: 6, column: 1 }],
  },
  {
    name: 'malformed JSON',
    files: { 'spec.json': '{\n  "openapi": "3.0.3",\n  "info": { "title": "x", "version": "1" },\n  "paths": {\n}\n' },
    expect: [{ code: 'syntax', file: 'spec.json', line: 6, column: 1 }],
  },
  {
    name: 'duplicate keys (YAML forbids them; the second would silently win)',
    files: { 'spec.yaml': `${HEAD}paths: {}\npaths: {}\n` },
    expect: [{ code: 'syntax', line: 4, column: 1, says: /unique/i }],
  },
  {
    name: 'a missing file',
    files: {},
    spec: 'nowhere.yaml',
    expect: [{ code: 'file-missing', file: 'nowhere.yaml', says: 'no such file' }],
  },
  {
    name: 'a document that is not a mapping',
    files: { 'spec.yaml': '- just\n- a list\n' },
    expect: [{ code: 'not-openapi', line: 1, column: 1, says: 'expected a mapping' }],
  },
  {
    name: 'a mapping that is not OpenAPI',
    files: { 'spec.yaml': 'name: my-package\nversion: 1.0.0\n' },
    expect: [{ code: 'not-openapi', line: 1, column: 1, says: '"openapi"' }],
  },
  {
    name: 'Swagger 2.0, with the way to convert it',
    files: { 'spec.yaml': "swagger: '2.0'\ninfo: { title: Old, version: '1' }\npaths: {}\n" },
    expect: [{ code: 'swagger-2', line: 1, column: 10, pointer: '#/swagger', says: 'swagger2openapi' }],
  },
  {
    name: 'an unsupported OpenAPI version',
    files: { 'spec.yaml': "openapi: 4.0.0\ninfo: { title: New, version: '1' }\npaths: {}\n" },
    expect: [{ code: 'openapi-version', line: 1, column: 10, pointer: '#/openapi', says: 'expected 3.0.x or 3.1.x' }],
  },
  {
    name: 'a local $ref that does not resolve',
    files: {
      'spec.yaml': `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Missing' }\ncomponents:\n  schemas:\n    Present: { type: string }\n`,
    },
    expect: [{ code: 'ref-unresolved', line: 11, column: 31, says: '#/components/schemas has no "Missing"' }],
  },
  {
    name: 'a $ref under a property or response named like a keyword (default, example) is still checked',
    files: {
      'spec.yaml': `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        default: { $ref: '#/components/responses/Gone' }\ncomponents:\n  schemas:\n    Flags:\n      properties:\n        default: { $ref: '#/components/schemas/Nope' }\n        example: { type: string, example: { $ref: not-a-reference } }\n`,
    },
    expect: [
      { code: 'ref-unresolved', line: 7, column: 26, says: '#/components has no "responses"' },
      { code: 'ref-unresolved', line: 12, column: 26, says: '#/components/schemas has no "Nope"' },
    ],
  },
  {
    name: 'a $ref to a file that does not exist',
    files: {
      'spec.yaml': `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200': { $ref: 'responses.yaml#/Ok' }\n`,
    },
    expect: [{ code: 'ref-file-missing', line: 7, column: 24, says: 'no such file' }],
  },
  {
    name: 'a $ref to another file whose target does not exist',
    files: {
      'spec.yaml': `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema: { $ref: 'schemas.yaml#/Thing' }\n`,
      'schemas.yaml': 'Other: { type: string }\n',
    },
    expect: [{ code: 'ref-unresolved', line: 11, column: 31, says: 'does not exist in schemas.yaml' }],
  },
  {
    name: 'a $ref inside another file that does not resolve is located in that file',
    files: {
      'spec.yaml': `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema: { $ref: 'schemas.yaml#/Thing' }\n`,
      'schemas.yaml': 'Thing:\n  type: object\n  properties:\n    part: { $ref: "#/Nope" }\n',
    },
    expect: [{ code: 'ref-unresolved', file: 'schemas.yaml', line: 4, column: 19 }],
  },
  {
    name: 'duplicate operationIds (numbered, with a warning)',
    files: {
      'spec.yaml': `${HEAD}paths:\n  /a:\n    get: { operationId: listThings, ${OK} }\n  /b:\n    get: { operationId: listThings, ${OK} }\n`,
    },
    expect: [
      {
        code: 'operation-id-duplicate',
        severity: 'warning',
        line: 7,
        column: 25,
        says: 'this one is named listThings2',
      },
    ],
  },
  {
    name: 'operationIds that name the same function once cased (numbered, with a warning)',
    files: {
      'spec.yaml': `${HEAD}paths:\n  /a:\n    get: { operationId: list-things, ${OK} }\n  /b:\n    get: { operationId: listThings, ${OK} }\n`,
    },
    expect: [
      {
        code: 'operation-id-collision',
        severity: 'warning',
        line: 7,
        column: 25,
        says: 'names the same function (listThings)',
      },
    ],
  },
  {
    name: 'a path parameter used but not declared (a required string, with a warning)',
    files: { 'spec.yaml': `${HEAD}paths:\n  /things/{id}:\n    get: { ${OK} }\n` },
    expect: [
      {
        code: 'path-parameter-undeclared',
        severity: 'warning',
        line: 5,
        column: 10,
        says: 'declare a parameter with in: path, name: id',
      },
    ],
  },
  {
    name: 'a path parameter declared but not used (left out, with a warning)',
    files: {
      'spec.yaml': `${HEAD}paths:\n  /things:\n    get:\n      parameters:\n        - { name: id, in: path, required: true, schema: { type: string } }\n      ${OK}\n`,
    },
    expect: [{ code: 'path-parameter-unused', severity: 'warning', line: 7, column: 11, says: 'has no {id}' }],
  },
  {
    name: 'a query string in a path is kept as written (a warning), and its undeclared {parameters} are strings',
    files: { 'spec.yaml': `${HEAD}paths:\n  /things?limit={limit}:\n    get: { ${OK} }\n` },
    expect: [
      { code: 'path-query-string', severity: 'warning', line: 5, column: 5, says: 'in: query' },
      { code: 'path-parameter-undeclared', severity: 'warning', line: 5, column: 10 },
    ],
  },
  {
    name: 'an unknown type',
    files: { 'spec.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Thing: { type: strng }\n` },
    expect: [
      {
        code: 'unknown-type',
        line: 6,
        column: 20,
        pointer: '#/components/schemas/Thing/type',
        says: 'expected string, number, integer, boolean, object, array or null',
      },
    ],
  },
  {
    name: 'a schema that is not a schema',
    files: {
      'spec.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Thing:\n      type: object\n      properties:\n        name: string\n`,
    },
    expect: [{ code: 'schema-invalid', line: 9, column: 15, says: 'must be an object or a boolean' }],
  },
  {
    name: 'a YAML alias inside the node it names',
    files: {
      'spec.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Node: &node\n      type: object\n      properties:\n        next: *node\n`,
    },
    expect: [{ code: 'yaml-alias-cycle', line: 9, column: 15, says: 'use a $ref instead' }],
  },
  {
    name: 'values nested absurdly deep',
    files: {
      'spec.json': `{"openapi":"3.0.3","info":{"title":"x","version":"1"},"paths":{},"x-deep":${'['.repeat(300)}${']'.repeat(300)}}`,
    },
    expect: [{ code: 'too-deep', file: 'spec.json', line: 1, column: 275, says: 'nested more than 200 levels' }],
  },
  {
    name: 'a keyword TypeScript cannot say is a warning, and the package is generated',
    files: {
      'spec.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Code:\n      type: string\n      not: { enum: [x] }\n`,
    },
    expect: [{ code: 'unsupported-keyword', severity: 'warning', line: 8, column: 12, says: 'the type is wider' }],
  },
  {
    name: 'a schema made only of itself is a warning, and the package is generated',
    files: {
      'spec.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Loop: { $ref: '#/components/schemas/Loop' }\n`,
    },
    expect: [{ code: 'schema-cycle', severity: 'warning', line: 6, column: 11, says: 'typed unknown' }],
  },
];

let temp: string;
beforeAll(() => {
  temp = makeTemp('diagnostics');
});
afterAll(() => removeTemp(temp));

/** Writes a row's files into a folder of its own and runs the pipeline there (check mode: nothing is written). */
async function diagnose(row: Row): Promise<{ diagnostics: Diagnostic[]; files?: Map<string, string> }> {
  const dir = path.join(temp, row.name.replace(/[^a-z0-9]+/gi, '-'));
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(row.files)) fs.writeFileSync(path.join(dir, file), text);
  const spec = row.spec ?? Object.keys(row.files)[0]!;
  const result = await runPipeline({ spec, out: 'out' }, { cwd: dir, check: true });
  expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  return result.files ? { diagnostics: result.diagnostics, files: result.files } : { diagnostics: result.diagnostics };
}

describe('each kind of problem is located and says what was expected', () => {
  test.each(ROWS.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const { diagnostics, files } = await diagnose(row);
    const spec = row.spec ?? Object.keys(row.files)[0]!;
    expect(diagnostics.filter((d) => d.severity === 'error').length).toBe(
      row.expect.filter((e) => (e.severity ?? 'error') === 'error').length,
    );
    for (const want of row.expect) {
      const found = diagnostics.find((d) => d.code === want.code && (want.line === undefined || d.line === want.line));
      expect(found).toBeDefined();
      const d = found!;
      expect(d.severity).toBe(want.severity ?? 'error');
      expect(d.file).toBe(want.file ?? spec);
      if (want.line !== undefined)
        expect({ line: d.line, column: d.column }).toEqual({ line: want.line, column: want.column });
      if (want.pointer !== undefined) expect(d.pointer).toBe(want.pointer);
      if (want.says !== undefined)
        expect(d.message).toEqual(
          typeof want.says === 'string' ? expect.stringContaining(want.says) : expect.stringMatching(want.says),
        );
      // One line, naming the file, line and column, the code and (when known) the pointer.
      const line = formatDiagnostic(d);
      expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(
        line.startsWith(`${d.file}${d.line !== undefined ? `:${d.line}:${d.column}` : ''}: ${d.severity} ${d.code}: `),
      ).toBe(true);
      if (d.pointer) expect(line.endsWith(` (at ${d.pointer})`)).toBe(true);
    }
    // Warnings do not stop generation; errors always do.
    const errors = row.expect.some((e) => (e.severity ?? 'error') === 'error');
    expect(files === undefined).toBe(errors);
  });
});

test('every problem of a spec is reported together, in one run', async () => {
  const spec = `${HEAD}paths:
  /users/{id}:
    get:
      operationId: getUser
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Missing' }
  /groups/{groupId}:
    get:
      operationId: getUser
      parameters:
        - { name: groupId, in: path, required: true, schema: { type: string } }
        - { name: extra, in: path, required: true, schema: { type: string } }
      ${OK}
  /things:
    get: { operationId: get-things, ${OK} }
    post: { operationId: getThings, ${OK} }
components:
  schemas:
    Odd: { type: strin }
    Worse: { type: [string, 7] }
`;
  const { diagnostics } = await diagnose({ name: 'all together', files: { 'spec.yaml': spec }, expect: [] });
  expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`).sort()).toEqual(
    [
      '12:31 ref-unresolved',
      '6:7 path-parameter-undeclared',
      '18:11 path-parameter-unused',
      '25:18 unknown-type',
      '26:29 unknown-type',
    ].sort(),
  );
});

test('names and keys from the spec cannot break a diagnostic over lines or rewrite the terminal', () => {
  const line = formatDiagnostic({
    code: 'x',
    severity: 'error',
    message: 'operationId "a\nb\u2028c\u001b[2Kd\u202ee"',
    file: 'spec.yaml',
    line: 1,
    column: 2,
    pointer: '#/paths/a\rb',
  });
  expect(line).toBe('spec.yaml:1:2: error x: operationId "a\\nb\\u2028c\\u001b[2Kd\\u202ee" (at #/paths/a\\rb)');
});

describe('the CLI', () => {
  test('prints one located line per problem and a summary, exits 1, shows no stack trace and writes nothing', async () => {
    const dir = path.join(temp, 'cli');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'spec.yaml'),
      `${HEAD}paths:\n  /a/{id}:\n    get: { operationId: same, ${OK} }\n  /b:\n    get: { operationId: same, ${OK} }\ncomponents:\n  schemas:\n    T: { type: texte }\n`,
    );
    const run = await runCli(['--spec', 'spec.yaml', '--out', 'out'], dir);
    expect(run.status).toBe(1);
    expect(judgeRun(run)).toBeUndefined();
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'spec.yaml:5:10: warning path-parameter-undeclared: path parameter "id" of /a/{id} is not declared: it is taken as a required string (declare a parameter with in: path, name: id) (at #/paths/~1a~1{id}/get)',
      'spec.yaml:10:16: error unknown-type: unknown type: expected string, number, integer, boolean, object, array or null (at #/components/schemas/T/type)',
      'spec.yaml: 1 error; nothing was written to out',
    ]);
    expect(parseDiagnostics(run.stderr).map((d) => d.code)).toEqual(['path-parameter-undeclared', 'unknown-type']);
    expect(run.stdout).toBe('');
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  test('a spec that breaks the generator in ways once fatal (prototype keys, cycles, depth) fails cleanly', async () => {
    const dir = path.join(temp, 'cli-hostile-structure');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'alias.yaml'),
      `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: &a\n      properties: { self: *a }\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'deep.json'),
      `{"openapi":"3.0.3","info":{"title":"x","version":"1"},"paths":{},"x":${'['.repeat(20000)}${']'.repeat(20000)}}`,
    );
    for (const spec of ['alias.yaml', 'deep.json']) {
      const run = await runCli(['--spec', spec, '--out', 'out'], dir);
      expect(judgeRun(run)).toBeUndefined();
      expect(run.status).toBe(1);
    }
  });
});
