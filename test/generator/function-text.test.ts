/**
 * emit/function-text.ts writes functions as ts-morph's printer writes them. Every planned file of the curated specs
 * and of every fixture is printed twice, once as planned and once with function-text.js replaced by one that hands
 * every function to the printer, and the two must be the same text. (Graph v1.0 and beta were checked the same way
 * when it was written: 508 and 734 files, the same.)
 */
import { FIXTURES, REPO_ROOT } from '../helpers/generate.js';
import type { FunctionDeclarationStructure } from 'ts-morph';
import type { PlainData, Statement } from '../../generator/emit/emitter.js';

const SPECS = ['spec/graph-v1.0.yaml', 'spec/graph-beta.yaml', ...FIXTURES.map((f) => f.spec)];
const FUNCTION = 13; // StructureKind.Function

/** Every planned file of `spec`, printed; and how many of its functions were planned as text. */
function printed(spec: string, printerWritesFunctions: boolean): { files: Map<string, string>; texts: number } {
  let result: { files: Map<string, string>; texts: number } | undefined;
  jest.isolateModules(() => {
    // A mock outlives isolateModules: each run says which function-text.js it wants.
    if (printerWritesFunctions)
      jest.doMock('../../generator/emit/function-text.js', () => ({
        functionText: (fn: PlainData<FunctionDeclarationStructure>) => fn,
      }));
    else jest.dontMock('../../generator/emit/function-text.js');
    const { loadSpec } =
      require('../../generator/load/load-spec.js') as typeof import('../../generator/load/load-spec.js');
    const { buildIr } = require('../../generator/model/build.js') as typeof import('../../generator/model/build.js');
    const { planPackage } = require('../../generator/emit/plan.js') as typeof import('../../generator/emit/plan.js');
    const { printFile } = require('../../generator/emit/print.js') as typeof import('../../generator/emit/print.js');
    const loaded = loadSpec(spec, REPO_ROOT);
    const files = new Map<string, string>();
    let texts = 0;
    for (const file of planPackage(buildIr(loaded.spec!.document).ir, { name: 'p', version: '1.0.0' })) {
      const statements: Statement[] = file.statements();
      texts += statements.filter(
        (s) => typeof s === 'string' && /^(\/\*\*[^]*?\*\/\n)?export function /.test(s),
      ).length;
      files.set(file.file, printFile(statements));
    }
    result = { files, texts };
  });
  return result!;
}

test.each(SPECS)('%s: every file prints the same with its functions written out', (spec) => {
  const written = printed(spec, false);
  const byPrinter = printed(spec, true);
  expect([...written.files.keys()]).toEqual([...byPrinter.files.keys()]);
  for (const [file, text] of written.files) expect({ file, text }).toEqual({ file, text: byPrinter.files.get(file) });
  // The comparison means something only where functions were written out: every spec with operations has some.
  if ([...written.files.keys()].some((f) => f.startsWith('operations') || f.startsWith('paths')))
    expect(written.texts).toBeGreaterThan(0);
});

test('a function with a part over several lines, or a feature written only by the printer, is left to it', () => {
  // The module itself: the printer's stand-in above stays registered for this file.
  const { functionText } = jest.requireActual<typeof import('../../generator/emit/function-text.js')>(
    '../../generator/emit/function-text.js',
  );
  const base: PlainData<FunctionDeclarationStructure> = {
    kind: FUNCTION,
    isExported: true,
    name: 'f',
    docs: ['Does f.'],
    parameters: [{ name: 'a', type: 'string' }],
    returnType: 'number',
    statements: ['return 1;'],
  } as PlainData<FunctionDeclarationStructure>;
  expect(functionText(base)).toBe('/** Does f. */\nexport function f(a: string): number {\n  return 1;\n}');
  for (const changed of [
    { parameters: [{ name: 'a', type: '{\n  b: string;\n}' }] },
    { returnType: 'Promise<{\n  b: string;\n}>' },
    { statements: ['const x = 1;', 'return x;'] },
    { isAsync: true },
    { parameters: [{ name: 'a', type: 'string /* a comment */' }] },
  ]) {
    const fn = { ...base, ...changed } as PlainData<FunctionDeclarationStructure>;
    expect(functionText(fn)).toBe(fn);
  }
});
