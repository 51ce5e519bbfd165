import * as fs from 'node:fs';
import * as path from 'node:path';
import { error, pointerJoin, pointerTokens, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { bundleExternalRefs, type Origin } from './bundle.js';
import { parseText, type ParsedFile } from './parse.js';

/** A spec read from disk with every $ref made local, and a way back to source positions. */
export interface LoadedSpec {
  /** The bundled document (plain JSON values). */
  readonly document: Record<string, unknown>;
  /** Path of the entry file as the user gave it. */
  readonly displayPath: string;
  /** Source location of a pointer into the bundled document. */
  locate(pointer: string): SourceLocation;
}

/** Reads and parses the spec at `specPath` and every file its $refs reach. */
export function loadSpec(specPath: string, cwd: string = process.cwd()): { spec?: LoadedSpec; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const absolute = path.resolve(cwd, specPath);
  const display = (abs: string) => path.relative(cwd, abs).split(path.sep).join('/') || abs;

  let entryRefsLocal = false;
  const read = (abs: string, from?: SourceLocation): ParsedFile | undefined => {
    let text: string;
    try {
      // Decoding the buffer is faster than readFileSync's own utf8 path on large files (Node 20).
      text = fs.readFileSync(abs).toString('utf8');
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
      diagnostics.push(
        from
          ? error('ref-file-missing', `$ref points to ${display(abs)}: ${reason}`, from)
          : error('file-missing', `cannot read the spec: ${reason}`, { file: display(abs) }),
      );
      return undefined;
    }
    if (abs === absolute) entryRefsLocal = onlyLocalRefs(text);
    const parsed = parseText(text.replace(/^\uFEFF/, ''), display(abs));
    diagnostics.push(...parsed.diagnostics);
    return parsed.file;
  };

  const entry = read(absolute);
  if (!entry) return { diagnostics };
  if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) {
    diagnostics.push(error('not-openapi', 'the file is not an OpenAPI document: expected a mapping at the top level', { file: entry.displayPath, line: 1, column: 1 }));
    return { diagnostics };
  }
  const withLocation = (file: ParsedFile, tokens: readonly string[], pointer?: string): SourceLocation => {
    const pos = file.locate(tokens);
    return { file: file.displayPath, pointer, line: pos.line, column: pos.column };
  };
  const bundled = entryRefsLocal ? undefined : bundleExternalRefs(entry, absolute, (abs, from) => read(abs, from));
  const origins = bundled?.origins ?? new Map<string, Origin>();
  diagnostics.push(...(bundled?.diagnostics ?? []));

  const locate = (pointer: string): SourceLocation => {
    const origin = originOf(origins, pointer);
    if (origin) {
      const rest = pointerTokens(pointer).slice(pointerTokens(origin.prefix).length);
      const tokens = [...origin.origin.tokens, ...rest];
      return withLocation(origin.origin.file, tokens, pointerJoin('#', ...tokens));
    }
    return withLocation(entry, pointerTokens(pointer), pointer);
  };
  // $ref problems are found while bundling, when only the bundled pointer is known.
  const withLines = diagnostics.map((d) => (d.line === undefined && d.pointer ? { ...d, ...locate(d.pointer) } : d));
  return { spec: { document: entry.data as Record<string, unknown>, displayPath: entry.displayPath, locate }, diagnostics: withLines };
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

function originOf(origins: Map<string, Origin>, pointer: string): { prefix: string; origin: Origin } | undefined {
  let best: { prefix: string; origin: Origin } | undefined;
  for (const [prefix, origin] of origins) {
    if ((pointer === prefix || pointer.startsWith(prefix + '/')) && (!best || prefix.length > best.prefix.length)) {
      best = { prefix, origin };
    }
  }
  return best;
}
