/**
 * Problems are values until the CLI prints them: every stage collects Diagnostics
 * instead of throwing, so one run reports every problem of a spec at once.
 */

/** How bad a problem is: errors stop generation, warnings only lose information, notes only inform. */
export type Severity = 'error' | 'warning' | 'note';

/** Where a problem sits in the input. Line and column are 1-based. */
export interface SourceLocation {
  /** File path as the user gave it (relative paths stay relative). */
  readonly file: string;
  /** JSON pointer inside that file, e.g. `#/paths/~1users/get`. */
  readonly pointer?: string;
  readonly line?: number;
  readonly column?: number;
}

/** One problem found in a spec or on the command line. */
export interface Diagnostic extends Partial<SourceLocation> {
  /** Stable, greppable code such as `ref-unresolved`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
}

/** A place in the spec being read, by its JSON pointer alone: the pipeline adds the file, line and column. */
export interface SpecPointer {
  readonly pointer: string;
}

/** Creates an error diagnostic. */
export function error(code: string, message: string, at?: SourceLocation | SpecPointer): Diagnostic {
  return { code, severity: 'error', message, ...at };
}

/** Creates a warning diagnostic. */
export function warning(code: string, message: string, at?: SourceLocation | SpecPointer): Diagnostic {
  return { code, severity: 'warning', message, ...at };
}

/** Creates a note: something the user should know that is not a problem. */
export function note(code: string, message: string, at?: SourceLocation): Diagnostic {
  return { code, severity: 'note', message, ...at };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * One line per problem: `file:line:column: error code: message (at #/pointer)`. Messages quote the
 * spec's own names and keys, so line breaks and terminal controls in them are escaped: a problem
 * never spans two lines, and text from the spec cannot rewrite the terminal or reorder the line.
 */
export function formatDiagnostic(d: Diagnostic): string {
  let where = d.file ?? '';
  if (d.file && d.line !== undefined) where += `:${d.line}:${d.column ?? 1}`;
  const pointer = d.pointer ? ` (at ${d.pointer})` : '';
  return oneLine(`${where ? where + ': ' : ''}${d.severity} ${d.code}: ${d.message}${pointer}`);
}

/** Control characters, line and paragraph separators, and bidirectional overrides. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function oneLine(text: string): string {
  return text.replace(UNPRINTABLE, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Escapes one JSON pointer token (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  const text = String(token);
  // Most tokens need no escaping; skipping the regexes matters on a 20 MB spec.
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

/** Joins tokens onto a `#/…` pointer. */
export function pointerJoin(base: string, ...tokens: (string | number)[]): string {
  let pointer = base;
  for (const token of tokens) pointer += `/${escapePointerToken(token)}`;
  return pointer;
}

/**
 * The tokens of a local $ref. Its fragment is a URI fragment, so percent-encoded characters are decoded
 * first (`#/paths/~1users~1%7Bid%7D` names the path `/users/{id}`), then the pointer is split.
 */
export function refTokens(ref: string): readonly string[] {
  const known = refTokenCache.get(ref);
  if (known) return known;
  let decoded = ref;
  try {
    decoded = decodeURIComponent(ref);
  } catch {
    // A lone % is not an escape: the pointer is taken as written.
  }
  const tokens = pointerTokens(decoded);
  if (refTokenCache.size > 100_000) refTokenCache.clear();
  refTokenCache.set(ref, tokens);
  return tokens;
}

/** Tokens of refs already split: a large spec follows the same few thousand refs hundreds of thousands of times. */
const refTokenCache = new Map<string, readonly string[]>();

/** Splits `#/a/b~1c` into ['a', 'b/c']. */
export function pointerTokens(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '' || body === '/') return body === '/' ? [''] : [];
  return body
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
