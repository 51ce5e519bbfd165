import * as path from 'node:path';
import { error, pointerJoin, pointerTokens, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { bundleExternalRefs, type Origin } from './bundle.js';
import { parseText, type ParsedFile } from './parse.js';
import { resolveOperationRefs } from './operation-refs.js';
import { readSpecFile } from './read-file.js';
import { strictly } from '../validate/strict.js';

/** A spec read from disk with every $ref made local, and a way back to source positions. */
export interface LoadedSpec {
  /** The bundled document (plain JSON values). */
  readonly document: Record<string, unknown>;
  /** Path of the entry file as the user gave it. */
  readonly displayPath: string;
  /** Source location of a pointer into the bundled document. */
  locate(pointer: string): SourceLocation;
}

/** How to load: see LoadOptions' fields. */
export interface LoadOptions {
  /** The folder `$ref`s may read files below (default: the spec's own folder), relative to `cwd`. */
  readonly refRoot?: string;
  /** Warnings about leniency (see strict.ts) are errors. */
  readonly strict?: boolean;
}

/** Reads and parses the spec at `specPath` and every file its $refs reach. */
export function loadSpec(
  specPath: string,
  cwd: string = process.cwd(),
  options: LoadOptions = {},
): { spec?: LoadedSpec; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const absolute = path.resolve(cwd, specPath);
  const display = (abs: string) => path.relative(cwd, abs).split(path.sep).join('/') || abs;
  const rootPath = options.refRoot === undefined ? path.dirname(absolute) : path.resolve(cwd, options.refRoot);
  const root = {
    path: rootPath,
    shown: path.relative(cwd, rootPath) === '' ? 'the current folder' : display(rootPath),
  };

  let entryRefsLocal = false;
  const read = (abs: string, from?: SourceLocation): ParsedFile | undefined => {
    // The spec itself is the user's choice; a file a $ref names must lie below the root.
    const result = readSpecFile(abs, from ? root : undefined);
    if ('problem' in result) {
      const problem = result.problem;
      diagnostics.push(
        from
          ? error(
              result.missing ? 'ref-file-missing' : 'ref-file-refused',
              `$ref points to ${display(abs)}: ${problem}`,
              from,
            )
          : error('file-missing', `cannot read the spec: ${problem}`, { file: display(abs) }),
      );
      return undefined;
    }
    const text = result.text;
    if (abs === absolute) entryRefsLocal = onlyLocalRefs(text);
    const parsed = parseText(text.replace(/^\uFEFF/, ''), display(abs), result.json);
    diagnostics.push(...parsed.diagnostics);
    return parsed.file;
  };

  const entry = read(absolute);
  if (!entry) return { diagnostics };
  if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) {
    diagnostics.push(
      error('not-openapi', 'the file is not an OpenAPI document: expected a mapping at the top level', {
        file: entry.displayPath,
        line: 1,
        column: 1,
      }),
    );
    return { diagnostics };
  }
  const withLocation = (file: ParsedFile, tokens: readonly string[], pointer?: string): SourceLocation => {
    const pos = file.locate(tokens);
    return { file: file.displayPath, pointer, line: pos.line, column: pos.column };
  };
  const bundled = entryRefsLocal ? undefined : bundleExternalRefs(entry, absolute, (abs, from) => read(abs, from));
  const origins = bundled?.origins ?? new Map<string, Origin>();
  diagnostics.push(...(bundled?.diagnostics ?? []));

  const operations = resolveOperationRefs(entry.data as Record<string, unknown>);
  diagnostics.push(...operations.diagnostics);
  const locate = (written: string): SourceLocation => {
    // Inside an operation given by $ref, a problem is shown where the operation is written.
    const moved = operations.moved.size > 0 ? originOf(operations.moved, written) : undefined;
    const pointer = moved ? moved.origin + written.slice(moved.prefix.length) : written;
    const origin = originOf(origins, pointer);
    if (origin) {
      const rest = pointerTokens(pointer).slice(pointerTokens(origin.prefix).length);
      const tokens = [...origin.origin.tokens, ...rest];
      return withLocation(origin.origin.file, tokens, pointerJoin('#', ...tokens));
    }
    return withLocation(entry, pointerTokens(pointer), pointer);
  };
  // $ref problems are found while bundling, when only the bundled pointer is known.
  const withLines = diagnostics.map((d) =>
    strictly(d.line === undefined && d.pointer ? { ...d, ...locate(d.pointer) } : d, options.strict),
  );
  return {
    spec: { document: entry.data as Record<string, unknown>, displayPath: entry.displayPath, locate },
    diagnostics: withLines,
  };
}

/**
 * True when the text shows that every `$ref` in it is local (`"$ref": "#…"`, `$ref: '#…'`): then
 * no other file is read, and the bundler's walk over every node (a fifth of a second on Microsoft
 * Graph) is skipped. Anything else spelling "$ref" (a reference to another file, the word in a
 * description, a key written with escapes) leaves the walk to decide; a path ending in `/$ref` does not.
 */
export function onlyLocalRefs(text: string): boolean {
  if (/\\(u00|x)(24|72|65|66)/i.test(text)) return false;
  let mentions = 0;
  // `…/$ref` ends a path (OData's reference endpoints, hundreds in Graph), never a key.
  for (let i = text.indexOf('$ref'); i >= 0; i = text.indexOf('$ref', i + 4)) if (text[i - 1] !== '/') mentions++;
  return mentions === (text.match(/\$ref["']?[ \t]*:[ \t]*["']?#/g)?.length ?? 0);
}

function originOf<T>(origins: Map<string, T>, pointer: string): { prefix: string; origin: T } | undefined {
  let best: { prefix: string; origin: T } | undefined;
  for (const [prefix, origin] of origins) {
    if ((pointer === prefix || pointer.startsWith(prefix + '/')) && (!best || prefix.length > best.prefix.length)) {
      best = { prefix, origin };
    }
  }
  return best;
}
