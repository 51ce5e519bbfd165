import { transform, transformSync, type TransformResult } from 'oxc-transform';
import { error, type Diagnostic } from '../diagnostics.js';
import { BANNER } from '../emit/banner.js';

/** What building one source gave: its .js and .d.ts, or the problems oxc found. */
export interface BuiltFile {
  /** Each built file's path and text, the banner left out: the whole file is `banner` + text. */
  readonly files: [string, string][];
  /** The "do not edit" banner of a generated file, or '' (see builtFile). */
  readonly banner: string;
  readonly diagnostics: Diagnostic[];
}

/**
 * src/<file>.ts → dist/<file>.js + .d.ts with oxc-transform: every exported signature of the
 * generated code and the runtime is written out in full (isolated declarations), so no type
 * checker is needed. oxc's native transform runs on the thread pool while this thread goes on
 * (the main thread's builds: a small package's files, and those the helper hands back).
 */
export async function transpileFile(file: string, text: string): Promise<BuiltFile> {
  return builtFile(file, text, await transform(file, text, OXC_OPTIONS));
}

/**
 * The same on the calling thread, for a thread that builds each file it prints (the helper, see
 * tasks.ts's deliver): the pool then never holds printed texts and built ones waiting for a turn.
 */
export function transpileFileSync(file: string, text: string): BuiltFile {
  return builtFile(file, text, transformSync(file, text, OXC_OPTIONS));
}

/** One parse gives both: the declarations are emitted from the same tree as the JavaScript. */
const OXC_OPTIONS = {
  lang: 'ts',
  sourceType: 'module',
  target: 'es2022',
  typescript: { declaration: { stripInternal: false } },
} as const;

function builtFile(file: string, text: string, built: TransformResult): BuiltFile {
  // Only a generator bug can make a file fail here: say so plainly.
  const diagnostics = built.errors.map((problem) =>
    error('internal-build', `cannot build src/${file}: ${problem.message}`, { file: `src/${file}` }),
  );
  const base = file.replace(/\.ts$/, '');
  return {
    files: [
      [`${base}.js`, built.code],
      [`${base}.d.ts`, built.declaration ?? ''],
    ],
    // oxc drops line comments: the "do not edit" banner goes back on what was built from a generated file.
    // Kept apart until written: prepended here, it would make a two-part string that V8 copies into one before
    // each write (130 ms of Graph v1.0's 36 MB of dist, most of it page faults for the copies).
    banner: text.startsWith(BANNER) ? BANNER : '',
    diagnostics,
  };
}

/**
 * Builds every source, in the sources' order. `started` holds builds already under way (begun
 * as each file was printed); the others start now.
 */
export async function transpileSources(
  sources: ReadonlyMap<string, string>,
  started: ReadonlyMap<string, Promise<BuiltFile>> = new Map(),
): Promise<{ files: Map<string, string>; diagnostics: Diagnostic[] }> {
  const results = await Promise.all([...sources].map(([file, text]) => started.get(file) ?? transpileFile(file, text)));
  return { files: new Map(results.flatMap(withBanner)), diagnostics: results.flatMap((r) => r.diagnostics) };
}

/** A build's files, each text whole (its banner in front). */
export function withBanner(built: BuiltFile): [string, string][] {
  return built.files.map(([file, text]) => [file, built.banner + text]);
}
