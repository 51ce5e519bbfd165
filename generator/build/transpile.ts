import { ts } from 'ts-morph';
import { error, type Diagnostic } from '../diagnostics.js';

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  strict: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * src/*.ts → dist/*.js + dist/*.d.ts, one file at a time with no type checker:
 * every exported signature is written out in full, so declarations need no inference.
 */
export function transpileSources(sources: ReadonlyMap<string, string>): { files: Map<string, string>; diagnostics: Diagnostic[] } {
  const files = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const [file, text] of sources) {
    const js = ts.transpileModule(text, { compilerOptions: OPTIONS, fileName: file, reportDiagnostics: false });
    const dts = ts.transpileDeclaration(text, { compilerOptions: OPTIONS, fileName: file, reportDiagnostics: true });
    for (const d of dts.diagnostics ?? []) {
      // Only a generator bug can make a declaration need inference: say so plainly.
      diagnostics.push(error('internal-declaration', `cannot emit declarations for src/${file}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`, { file: `src/${file}` }));
    }
    const base = file.replace(/\.ts$/, '');
    files.set(`${base}.js`, js.outputText);
    files.set(`${base}.d.ts`, dts.outputText);
  }
  return { files, diagnostics };
}
