import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Options } from 'prettier';
import { CACHE_DIR } from './root.js';

/** The style of every formatted file; the repo's own code uses the same (.prettierrc.json). */
export const PRETTIER_OPTIONS: Options = { singleQuote: true, printWidth: 120, trailingComma: 'all' };

/**
 * Prettier's output by a hash of its input, version and options: regenerating a package whose
 * files mostly did not change (the usual edit, one endpoint at a time) skips Prettier for them,
 * which is most of a small package's generation time.
 */
export const FORMAT_CACHE_DIR = path.join(CACHE_DIR, 'prettier');

let prettier: Promise<typeof import('prettier')> | undefined;

/**
 * Loads Prettier (once). Only a thread that formats loads it: requiring it starts loading its
 * whole ES module graph, about 0.2 s of CPU that a large package, never formatted, need not pay.
 */
export function loadPrettier(): Promise<typeof import('prettier')> {
  return (prettier ??= import('prettier'));
}

/** Formats the package's code (.ts sources, built .js and .d.ts) with Prettier, in place. */
export async function formatCode(files: Map<string, string>): Promise<void> {
  for (const [file, text] of files) {
    if (/\.(ts|js)$/.test(file)) files.set(file, await formatCached(text));
  }
}

/** Prettier's version, as its package.json says (what `prettier.version` reports), read without loading Prettier. */
let prettierVersion: string | undefined;

async function formatCached(text: string): Promise<string> {
  // A hit needs only the version: a large package's runtime files, formatted once, never load Prettier again.
  prettierVersion ??= (require('prettier/package.json') as { version: string }).version;
  const key = createHash('sha256')
    .update(`${prettierVersion}\0${JSON.stringify(PRETTIER_OPTIONS)}\0${text}`)
    .digest('hex');
  const entry = path.join(FORMAT_CACHE_DIR, key.slice(0, 2), key);
  try {
    return fs.readFileSync(entry, 'utf8');
  } catch {
    // Not formatted before: Prettier it is.
  }
  const prettier = await loadPrettier();
  // One parser for .ts, .d.ts and .js alike: loading a second Prettier plugin costs more than it gives.
  const formatted = await prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript' });
  try {
    fs.mkdirSync(path.dirname(entry), { recursive: true });
    // Written whole, then renamed: another run reading the entry meanwhile never sees half of it.
    const temp = `${entry}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(temp, formatted);
    fs.renameSync(temp, entry);
  } catch {
    // A cache that cannot be written costs only time.
  }
  return formatted;
}
