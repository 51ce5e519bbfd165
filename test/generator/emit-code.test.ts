/**
 * emit/code.ts (and kinds.ts): every spec string that reaches generated code passes through these helpers, so each
 * is checked by running its output as JavaScript: a string must read back unchanged, a comment must
 * end where it should.
 */
import * as tsMorph from 'ts-morph';
import {
  access,
  commentText,
  docLines,
  jsdocBlock,
  propertyKey,
  quote,
  templateText,
  typeText,
} from '../../generator/emit/code.js';
import { CONST, Kind } from '../../generator/emit/kinds.js';
import { byCodePoint, importPath } from '../../generator/emit/layout.js';
import { docPath } from '../../generator/emit/paths.js';
import type { IrProperty, IrType } from '../../generator/model/ir.js';

/** Strings that have broken generators: quotes, escapes, line terminators, template syntax, comment ends. */
const HOSTILE = [
  '',
  'plain',
  "it's",
  'say "hi"',
  'back\\slash',
  'line\nbreak',
  'crlf\r\nend',
  'tab\there',
  'ls\u2028ps\u2029',
  'nul\u0000bell\u0007del\u007f',
  '${template} and `tick`',
  '*/ closes a comment /*',
  "'); process.exit(1); ('",
  'emoji 😀 and accents éü',
];

/** Evaluates a JavaScript expression in a fresh function scope. */
const evaluate = (expression: string): unknown => new Function(`return (${expression});`)();

describe('quote', () => {
  test.each(HOSTILE)('reads back unchanged: %j', (value) => {
    const literal = quote(value);
    expect(evaluate(literal)).toBe(value);
    expect(literal).toMatch(/^'.*'$/s);
    // No raw line terminator may sit inside a string literal.
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

describe('templateText', () => {
  test.each(HOSTILE)('reads back unchanged inside a template literal: %j', (value) => {
    expect(evaluate('`' + templateText(value) + '`')).toBe(value);
  });

  test('a substitution placed next to escaped text still substitutes', () => {
    const x = 'X';
    expect(new Function('x', 'return `' + templateText('a$') + '${x}' + templateText('`b') + '`;')(x)).toBe('a$X`b');
  });
});

describe('comments', () => {
  test.each(HOSTILE)('commentText cannot end the comment early: %j', (value) => {
    const text = commentText(value);
    expect(text).not.toContain('*/');
    const code = `${jsdocBlock(text, '').join('\n')}\nreturn 'after';`;
    expect(new Function(code)()).toBe('after');
  });

  test('commentText normalises line ends, drops control characters and trims', () => {
    expect(commentText('  a\r\nb\rc\u2028d\u0000e\u001f  ')).toBe('a\nb\nc\nde');
  });

  test.each([
    ['one line', 'Hello.', '  ', ['  /** Hello. */']],
    ['several lines, blank ones without trailing space', 'A\n\nB', '', ['/**', ' * A', ' *', ' * B', ' */']],
  ])('jsdocBlock: %s', (_what, text, indent, lines) => {
    expect(jsdocBlock(text, indent)).toEqual(lines);
  });

  test('docPath keeps a path readable and harmless in a comment and inline code', () => {
    expect(docPath('/a/{id}`x`*/y\nz')).toBe("/a/{id}'x'*\\/y z");
  });
});

describe('docLines', () => {
  test.each([
    ['nothing', {}, undefined],
    ['the description wins over summary and title', { description: 'D', summary: 'S', title: 'T' }, 'D'],
    ['the summary, then the title, when there is no description', { summary: 'S', title: 'T' }, 'S'],
    [
      'format and flags as one line of facts',
      { description: 'D', format: 'date-time', readOnly: true },
      'D\n\nFormat: date-time. Read-only: set by the service, never sent.',
    ],
    ['write-only', { writeOnly: true }, 'Write-only: sent, never returned.'],
    [
      'default and deprecated as tags',
      { description: 'D', default: { a: '*/' }, deprecated: true },
      'D\n\n@defaultValue {"a":"*\\/"}\n@deprecated',
    ],
    ['a default of false is kept', { default: false }, '@defaultValue false'],
  ])('%s', (_what, doc, expected) => {
    expect(docLines(doc)).toBe(expected);
  });

  test('extra blocks go after the facts and before the tags', () => {
    expect(docLines({ description: 'D', deprecated: true }, ['Extra.', ''])).toBe('D\n\nExtra.\n\n@deprecated');
  });
});

describe('names in code', () => {
  test.each([
    ['name', 'name', 'params.name'],
    ['$top', '$top', 'params.$top'],
    ['odd-name', "'odd-name'", "params['odd-name']"],
    ['@odata.type', "'@odata.type'", "params['@odata.type']"],
    ['123abc', "'123abc'", "params['123abc']"],
    ["it's", "'it\\'s'", "params['it\\'s']"],
  ])('%j is the key %s and is read as %s', (name, key, read) => {
    expect(propertyKey(name)).toBe(key);
    expect(access('params', name)).toBe(read);
    expect(evaluate(`{ ${key}: 1 }`)).toEqual({ [name]: 1 });
    expect(new Function('params', `return ${read};`)({ [name]: 'v' })).toBe('v');
  });
});

describe('typeText', () => {
  const S = (name: 'string' | 'number' | 'boolean' | 'null' | 'unknown' | 'never'): IrType => ({
    kind: 'scalar',
    name,
  });
  const prop = (name: string, type: IrType, required: boolean, description?: string): IrProperty => ({
    name,
    type,
    required,
    readOnly: false,
    doc: description ? { description } : {},
  });

  test.each<[string, IrType, string]>([
    ['a scalar', S('string'), 'string'],
    ['a string literal, quoted safely', { kind: 'literal', value: "it's */" }, "'it\\'s */'"],
    [
      'number, boolean and null literals',
      {
        kind: 'union',
        members: [
          { kind: 'literal', value: 1.5 },
          { kind: 'literal', value: true },
          { kind: 'literal', value: null },
        ],
      },
      '1.5 | true | null',
    ],
    ['a reference', { kind: 'ref', name: 'Pet' }, 'Pet'],
    ['an array', { kind: 'array', items: S('number') }, 'number[]'],
    [
      'an array of a union, parenthesised',
      { kind: 'array', items: { kind: 'union', members: [S('string'), S('null')] } },
      '(string | null)[]',
    ],
    [
      'an array of an intersection, parenthesised',
      {
        kind: 'array',
        items: {
          kind: 'intersection',
          members: [
            { kind: 'ref', name: 'A' },
            { kind: 'ref', name: 'B' },
          ],
        },
      },
      '(A & B)[]',
    ],
    [
      'an intersection with a union member, parenthesised',
      {
        kind: 'intersection',
        members: [
          { kind: 'ref', name: 'A' },
          {
            kind: 'union',
            members: [
              { kind: 'ref', name: 'B' },
              { kind: 'ref', name: 'C' },
            ],
          },
        ],
      },
      'A & (B | C)',
    ],
    ['an object that allows nothing', { kind: 'object', properties: [] }, '{ [key: string]: never }'],
    ['a map, on one line', { kind: 'object', properties: [], additional: S('string') }, '{ [key: string]: string }'],
    [
      'a map of objects, over several lines',
      { kind: 'object', properties: [], additional: { kind: 'object', properties: [prop('a', S('string'), true)] } },
      '{\n  [key: string]: {\n    a: string;\n  };\n}',
    ],
    [
      'properties (optional, quoted, documented) and other keys',
      {
        kind: 'object',
        properties: [prop('id', S('string'), true), prop('odd-name', S('number'), false, 'Doc */ here')],
        additional: S('number'),
      },
      "{\n  id: string;\n  /** Doc *\\/ here */\n  'odd-name'?: number;\n  [key: string]: number | string | undefined;\n}",
    ],
    [
      'a nested object, indented',
      {
        kind: 'object',
        properties: [prop('inner', { kind: 'object', properties: [prop('x', S('boolean'), true)] }, true)],
      },
      '{\n  inner: {\n    x: boolean;\n  };\n}',
    ],
  ])('%s', (_what, type, expected) => {
    expect(typeText(type)).toBe(expected);
  });
});

describe('layout helpers', () => {
  test.each([
    ['index.ts', 'models.ts', './models.js'],
    ['operations/a.ts', 'models.ts', '../models.js'],
    ['operations/a.ts', 'runtime/index.ts', '../runtime/index.js'],
    ['operations/a.ts', 'paths/a.ts', '../paths/a.js'],
    ['models/ab.ts', 'models/cd.ts', './cd.js'],
  ])('importPath(%j, %j) is %j', (from, to, expected) => {
    expect(importPath(from, to)).toBe(expected);
  });

  test('byCodePoint orders by code point, not by locale', () => {
    expect(['b', 'a', 'B', 'ä', '_', 'A'].sort(byCodePoint)).toEqual(['A', 'B', '_', 'a', 'b', 'ä']);
  });
});

describe('structure kinds written without loading ts-morph', () => {
  test('each equals ts-morph’s own value', () => {
    const { StructureKind, VariableDeclarationKind } = tsMorph;
    for (const [name, value] of Object.entries(Kind))
      expect({ name, value }).toEqual({ name, value: StructureKind[name as keyof typeof StructureKind] });
    expect(CONST).toBe(VariableDeclarationKind.Const);
  });
});
