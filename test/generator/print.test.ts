/**
 * emit/print.ts: the printer's own output, which large packages keep unformatted, reads as a
 * person would write it: text statements at the file's margin, blank lines between declarations.
 */
import { printStructure, StructureKind } from 'ts-morph';
import { planPackage } from '../../generator/emit/plan.js';
import { BANNER } from '../../generator/emit/banner.js';
import { Kind } from '../../generator/emit/kinds.js';
import { printFile } from '../../generator/emit/print.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { buildIr } from '../../generator/model/build.js';
import { fixtureSpec, REPO_ROOT } from '../helpers/generate.js';

test('text statements keep their own indentation, and each is set apart by a blank line', () => {
  const text = printFile([
    { kind: Kind.ImportDeclaration, moduleSpecifier: './a.js', namedImports: ['A'] },
    '/** Q. */\nexport type Q = {\n  /** Page size. */\n  $top?: number;\n};',
    '/** R. */\nexport type R = {\n  a?: string;\n};',
    { kind: Kind.TypeAlias, isExported: true, name: 'S', type: 'string' },
    { kind: Kind.Function, isExported: true, name: 'f', statements: ['return 1;'] },
    '/** T. */\nexport type T = {\n  b?: number;\n};',
    { kind: Kind.Function, isExported: true, name: 'g', statements: ['return 2;'] },
  ]);
  expect(text).toBe(
    BANNER +
      [
        "import { A } from './a.js';",
        '',
        '/** Q. */',
        'export type Q = {',
        '  /** Page size. */',
        '  $top?: number;',
        '};',
        '',
        '/** R. */',
        'export type R = {',
        '  a?: string;',
        '};',
        '',
        'export type S = string;',
        '',
        'export function f() {',
        '  return 1;',
        '}',
        '',
        '/** T. */',
        'export type T = {',
        '  b?: number;',
        '};',
        '',
        'export function g() {',
        '  return 2;',
        '}',
        '',
      ].join('\n'),
  );
});

test('a file of text statements only is written as the printer would print it, without it', () => {
  const texts = [
    '/** A. */\nexport type A = {\n  a?: string;\n};',
    "/** `GET /b` */\nexport const b: B = {\n  path: '/b',\n  docs: 'https://example.com/b',\n};",
    'export const c = 1;',
  ];
  // What printFile did before it went around the printer: the texts, each after the first set apart by a blank line.
  const printed = printStructure(
    {
      kind: StructureKind.SourceFile,
      leadingTrivia: BANNER,
      statements: texts.map((t, i) => (i === 0 ? t : `\n${t}`)),
    },
    { indentNumberOfSpaces: 2, useSingleQuote: true },
  );
  expect(printFile(texts)).toBe(printed);
  expect(printFile(texts)).toBe(`${BANNER}${texts.join('\n\n')}\n`);
});

test("an operations file's query and header types print at the margin, members indented once, unformatted", () => {
  const loaded = loadSpec(fixtureSpec('parameters'), REPO_ROOT);
  const file = planPackage(buildIr(loaded.spec!.document).ir, { name: 'p', version: '1.0.0' }).find(
    (f) => f.file === 'operations/items.ts',
  )!;
  const text = printFile(file.statements());
  expect(text).toContain(
    [
      '/** Query parameters of {@link listItems}, and of the one operation below that takes the same. */',
      'export type TopSelectTagQuery = {',
      '  /** Page size. */',
      '  $top?: number;',
      '  $select?: string[];',
      '  /** Repeated per value. */',
      '  tag?: string[];',
      '};',
      '',
      '/** Request headers of {@link listItems}, and of 2 operations below that take the same. */',
      'export type XTraceIdHeaders = {',
      "  'X-Trace-Id'?: string;",
      '};',
      '',
      '/**',
    ].join('\n'),
  );
});
