/**
 * emit/declaration-text.ts writes functions and interfaces as ts-morph's printer writes them. Every planned file of
 * the curated specs and of every fixture is printed twice by printFile, once as it is and once with
 * declaration-text.js replaced by one that hands every declaration to the printer, and the two must be the same
 * text. (Graph v1.0's and beta's whole outputs were compared with `diff -r` when it was written: the same.)
 */
import type { FunctionDeclarationStructure, InterfaceDeclarationStructure } from 'ts-morph';
import type { PlainData } from '../../generator/emit/emitter.js';
import { FIXTURES, REPO_ROOT } from '../helpers/generate.js';

const SPECS = ['spec/graph-v1.0.yaml', 'spec/graph-beta.yaml', ...FIXTURES.map((f) => f.spec)];
const MODULE = '../../generator/emit/declaration-text.js';
type DeclarationText = typeof import('../../generator/emit/declaration-text.js');
const FUNCTION = 13; // StructureKind.Function
const INTERFACE = 19; // StructureKind.Interface

interface Printed {
  readonly files: Map<string, string>;
  /** How many functions and interfaces were written out rather than printed. */
  readonly functions: number;
  readonly interfaces: number;
}

/** Every planned file of `spec`, printed by printFile, with declaration-text.js or with the printer's stand-in. */
function printed(spec: string, byPrinter: boolean): Printed {
  let result: Printed | undefined;
  jest.isolateModules(() => {
    // A mock outlives isolateModules: each run says which declaration-text.js it wants.
    if (byPrinter) jest.doMock(MODULE, () => ({ writtenOut: (statement: unknown) => statement }));
    else jest.dontMock(MODULE);
    const { loadSpec } =
      require('../../generator/load/load-spec.js') as typeof import('../../generator/load/load-spec.js');
    const { buildIr } = require('../../generator/model/build.js') as typeof import('../../generator/model/build.js');
    const { planPackage } = require('../../generator/emit/plan.js') as typeof import('../../generator/emit/plan.js');
    const { printFile } = require('../../generator/emit/print.js') as typeof import('../../generator/emit/print.js');
    const { writtenOut } = jest.requireActual<DeclarationText>(MODULE);
    const loaded = loadSpec(spec, REPO_ROOT);
    const files = new Map<string, string>();
    let functions = 0;
    let interfaces = 0;
    for (const file of planPackage(buildIr(loaded.spec!.document).ir, { name: 'p', version: '1.0.0' })) {
      const statements = file.statements();
      for (const s of statements) {
        if (typeof s === 'string') continue;
        if (typeof writtenOut(s) !== 'string') continue;
        if (s.kind === FUNCTION) functions++;
        if (s.kind === INTERFACE) interfaces++;
      }
      files.set(file.file, printFile(statements));
    }
    result = { files, functions, interfaces };
  });
  return result!;
}

test.each(SPECS)('%s: every file prints the same with its declarations written out', (spec) => {
  const written = printed(spec, false);
  const byPrinter = printed(spec, true);
  expect([...written.files.keys()]).toEqual([...byPrinter.files.keys()]);
  for (const [file, text] of written.files) expect({ file, text }).toEqual({ file, text: byPrinter.files.get(file) });
  // The comparison means something only where declarations were written out: each spec's operations and models.
  expect(written.functions).toBeGreaterThan(0);
  if (spec.startsWith('spec/')) expect(written.interfaces).toBeGreaterThan(0);
});

describe('what is left to the printer', () => {
  // The module itself: the printer's stand-in above stays registered for this file.
  const { writtenOut } = jest.requireActual<DeclarationText>(MODULE);

  /** Each change to `base` makes `write` hand the declaration back as it is, for the printer. */
  function leftToPrinter<T extends object>(write: (d: T) => unknown, base: T, changes: readonly object[]): void {
    for (const changed of changes) {
      const declaration = { ...base, ...changed } as T;
      expect(write(declaration)).toBe(declaration);
    }
  }

  test('a function with a part over several lines, or a field written only by the printer', () => {
    const base = {
      kind: FUNCTION,
      isExported: true,
      name: 'f',
      docs: ['Does f.'],
      parameters: [{ name: 'a', type: 'string' }],
      returnType: 'number',
      statements: ['return 1;'],
    } as PlainData<FunctionDeclarationStructure>;
    expect(writtenOut(base)).toBe('/** Does f. */\nexport function f(a: string): number {\n  return 1;\n}');
    leftToPrinter(writtenOut, base, [
      { parameters: [{ name: 'a', type: '{\n  b: string;\n}' }] },
      { returnType: 'Promise<{\n  b: string;\n}>' },
      { statements: ['const x = 1;', 'return x;'] },
      { isAsync: true },
      { parameters: [{ name: 'a', type: 'string /* a comment */' }] },
    ]);
  });

  test('an interface with a member over several lines, or a field written only by the printer', () => {
    const base = {
      kind: INTERFACE,
      isExported: true,
      name: 'Thing',
      docs: ['A thing.\n\nSee the docs.'],
      extends: ['Base'],
      properties: [{ name: 'id', type: 'string', docs: ['Its id.'] }],
      indexSignatures: [{ keyName: 'key', keyType: 'string', returnType: 'unknown' }],
    } as PlainData<InterfaceDeclarationStructure>;
    expect(writtenOut(base)).toBe(
      '/**\n * A thing.\n *\n * See the docs.\n */\nexport interface Thing extends Base {\n' +
        '  [key: string]: unknown;\n  /** Its id. */\n  id: string;\n}',
    );
    leftToPrinter(writtenOut, base, [
      { properties: [{ name: 'id', type: '{\n    a: string;\n  }' }] },
      { properties: [{ name: 'id', type: 'string', isReadonly: true }] },
      { typeParameters: ['T'] },
      { methods: [{ name: 'm' }] },
    ]);
  });
});
