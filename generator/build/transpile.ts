import { isolatedDeclaration, transform } from 'oxc-transform';
import { error, type Diagnostic } from '../diagnostics.js';
import { BANNER } from '../emit/banner.js';

/**
 * src/*.ts → dist/*.js + dist/*.d.ts with oxc-transform: every exported signature of the
 * generated code and the runtime is written out in full (isolated declarations), so no type
 * checker is needed, and oxc's native transforms run on the thread pool, in parallel.
 */
export async function transpileSources(sources: ReadonlyMap<string, string>): Promise<{ files: Map<string, string>; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const results = await Promise.all(
    [...sources].map(async ([file, text]) => {
      const [js, dts] = await Promise.all([
        transform(file, text, { lang: 'ts', sourceType: 'module', target: 'es2022' }),
        isolatedDeclaration(file, text, { stripInternal: false }),
      ]);
      for (const problem of [...js.errors, ...dts.errors]) {
        // Only a generator bug can make a file fail here: say so plainly.
        diagnostics.push(error('internal-build', `cannot build src/${file}: ${problem.message}`, { file: `src/${file}` }));
      }
      const base = file.replace(/\.ts$/, '');
      // oxc drops line comments: the "do not edit" banner is put back on what was built from a generated file.
      const banner = text.startsWith(BANNER) ? BANNER : '';
      return [
        [`${base}.js`, banner + js.code],
        [`${base}.d.ts`, banner + dts.code],
      ] as const;
    }),
  );
  return { files: new Map(results.flat()), diagnostics };
}
