import * as prettier from 'prettier';

/**
 * Above this much TypeScript, Prettier costs more than it gives: on the whole of
 * Microsoft Graph it would take longer than everything else together, and the
 * printer's own output is already consistently indented. Measured numbers in the README.
 */
export const FORMAT_LIMIT_BYTES = 3 * 1024 * 1024;

/** The style of every formatted file; the repo's own code uses the same (.prettierrc.json). */
export const PRETTIER_OPTIONS: prettier.Options = { singleQuote: true, printWidth: 120, trailingComma: 'all' };

/** True when a package's TypeScript sources are small enough for Prettier to be worth its time. */
export function worthFormatting(files: ReadonlyMap<string, string>): boolean {
  let total = 0;
  for (const [file, text] of files) if (file.endsWith('.ts') && !file.endsWith('.d.ts')) total += text.length;
  return total <= FORMAT_LIMIT_BYTES;
}

/** Formats the package's code (.ts sources, built .js and .d.ts) with Prettier, in place. */
export async function formatCode(files: Map<string, string>): Promise<void> {
  for (const [file, text] of files) {
    // One parser for .ts, .d.ts and .js alike: loading a second Prettier plugin costs more than it gives.
    if (/\.(ts|js)$/.test(file)) files.set(file, await prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript' }));
  }
}
