import type { Node } from 'yaml';
import { error, pointerJoin, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { originalText, type AsciiJson } from './ascii-json.js';
import { lineColumn, locateJson } from './locate-json.js';

let yamlModule: typeof import('yaml') | undefined;
/**
 * The YAML parser, loaded on first use: a JSON spec (Graph's are) never needs it, and loading it takes about 50 ms of
 * the start.
 */
const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml') as typeof import('yaml'));

/** A parsed input file that can say where any of its JSON pointers sits. */
export interface ParsedFile {
  /** The path shown to users (as given, relative when given relative). */
  readonly displayPath: string;
  /** The parsed value. */
  readonly data: unknown;
  /** Line and column of the value at `tokens` (or of its deepest existing ancestor). */
  locate(tokens: readonly string[]): { line: number; column: number };
}

/**
 * Deeper than this, a document is hostile rather than an API (Microsoft Graph's deepest value sits
 * about 20 levels down): every later stage walks the tree recursively and would overflow the stack.
 */
export const MAX_NESTING = 200;

/**
 * Parses YAML or JSON text; syntax problems come back as located diagnostics. `json`, when given, is what `text` is
 * made of (see ascii-json.ts): positions are then told as the file's own text has them, and YAML reads that text.
 */
export function parseText(
  text: string,
  displayPath: string,
  json?: AsciiJson,
): { file?: ParsedFile; diagnostics: Diagnostic[] } {
  const looksJson = /^\s*[{[]/.test(text);
  if (looksJson) {
    try {
      const data: unknown = JSON.parse(text);
      const locate = (tokens: readonly string[]) => lineColumn(text, locateJson(text, tokens), json);
      // A scan of the text is cheaper than a walk of a 20 MB tree; the walk only runs to say where.
      const deep = jsonNestingExceeds(text, MAX_NESTING) ? tooDeep(data, displayPath, locate) : undefined;
      return deep ? { diagnostics: [deep] } : { file: { displayPath, data, locate }, diagnostics: [] };
    } catch {
      // Fall through: the YAML parser reads JSON too and says where the syntax breaks.
    }
  }
  return parseYaml(json ? originalText(json) : text, displayPath);
}

function parseYaml(text: string, displayPath: string): { file?: ParsedFile; diagnostics: Diagnostic[] } {
  const { isMap, isSeq, LineCounter, parseDocument, visit } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number) => lineCounter.linePos(offset);
  const located = (offset: number) => {
    const pos = at(offset);
    return { file: displayPath, line: pos.line, column: pos.col };
  };
  // The parser recurses: a value nested thousands deep overflows the stack, in many places at once.
  const overflow = doc.errors.find((e) => STACK_OVERFLOW.test(e.message));
  if (overflow) return { diagnostics: [tooDeepText(located(overflow.pos[0]))] };
  const unclosed = doc.errors.length > 0 ? unclosedConstructs(text) : [];
  const diagnostics = doc.errors.map((e) => {
    const opened = unclosed.filter((u) => u.offset < e.pos[0]).pop();
    const where = opened ? ` (the ${opened.what} that begins on line ${at(opened.offset).line} is not closed)` : '';
    return error('syntax', `${yamlMessage(e.message)}${where}`, located(e.pos[0]));
  });
  // The YAML parser only warns of a tag it cannot resolve (`!!js/function`) and keeps the text: the value would be a
  // string.
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') {
      diagnostics.push(
        error(
          'yaml-tag',
          'unknown YAML tag: expected plain YAML values (no tags other than the standard !!str, !!int, !!float, !!bool, !!null, !!seq, !!map)',
          located(w.pos[0]),
        ),
      );
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    const message = (e as Error).message;
    return {
      diagnostics: [
        STACK_OVERFLOW.test(message) ? tooDeepText(located(0)) : error('syntax', yamlMessage(message), located(0)),
      ],
    };
  }
  const locate = (tokens: readonly string[]) => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let offset = node?.range?.[0] ?? 0;
    for (const token of tokens) {
      let next: Node | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === token);
        next = (pair?.value ?? pair?.key) as Node | undefined;
        if (!pair) break;
        if (!pair.value) {
          offset = (pair.key as Node | null)?.range?.[0] ?? offset;
          break;
        }
      } else if (isSeq(node)) {
        next = node.items[Number(token)] as Node | undefined;
      }
      if (!next?.range) break;
      node = next;
      offset = next.range[0];
    }
    const pos = at(offset);
    return { line: pos.line, column: pos.col };
  };
  // An alias inside the node it names makes a value that contains itself: every later walk would
  // recurse forever. Only documents with aliases (rare in specs) pay for the search.
  let aliased = false;
  visit(doc, { Alias: () => ((aliased = true), visit.BREAK) });
  const cycle = aliased ? cyclePath(data) : undefined;
  if (cycle) {
    const pos = locate(cycle);
    const pointer = pointerJoin('#', ...cycle);
    return {
      diagnostics: [
        error(
          'yaml-alias-cycle',
          'this YAML alias refers to a node that contains it, which makes an endlessly deep value: use a $ref instead',
          { file: displayPath, pointer, ...pos },
        ),
      ],
    };
  }
  const deep = tooDeep(data, displayPath, locate, aliased);
  if (deep) return { diagnostics: [deep] };
  return { file: { displayPath, data, locate }, diagnostics: [] };
}

/** How V8 says the stack overflowed. */
const STACK_OVERFLOW = /Maximum call stack size exceeded/;

function tooDeepText(at: SourceLocation): Diagnostic {
  return error(
    'too-deep',
    `values are nested too deeply here to be read (more than ${MAX_NESTING} levels are refused anyway); no API needs that: flatten it or use $ref`,
    at,
  );
}

/**
 * The YAML parser's message without what it quotes of the text after a colon (`Unresolved alias …: name`,
 * `Block scalar header includes extra characters: …`): a message says what was expected, and the text may
 * be a file a $ref named that holds a secret.
 */
function yamlMessage(message: string): string {
  return message.split('\n')[0]!.replace(/: .*$/, '');
}

/**
 * Flow collections and quoted strings that are never closed, by where they begin: the parser notices only
 * where the text ends, or where the next thing cannot be parsed, often many lines later.
 */
function unclosedConstructs(text: string): { offset: number; what: string }[] {
  const { CST, Parser } = yaml();
  const found: { offset: number; what: string }[] = [];
  try {
    for (const token of new Parser().parse(text)) {
      if (token.type !== 'document') continue;
      CST.visit(token, (item) => {
        const v = item.value as
          | { type?: string; offset?: number; source?: string; start?: { source?: string }; end?: { type?: string }[] }
          | undefined;
        if (v?.type === 'flow-collection') {
          const seq = v.start?.source === '[';
          if (!v.end?.some((t) => t.type === (seq ? 'flow-seq-end' : 'flow-map-end'))) {
            found.push({ offset: v.offset ?? 0, what: seq ? 'flow sequence [' : 'flow mapping {' });
          }
        } else if (
          (v?.type === 'double-quoted-scalar' || v?.type === 'single-quoted-scalar') &&
          typeof v.source === 'string'
        ) {
          const quote = v.source[0]!;
          if (v.source.length < 2 || !v.source.endsWith(quote))
            found.push({ offset: v.offset ?? 0, what: `${quote === '"' ? 'double' : 'single'}-quoted string` });
        }
      });
    }
  } catch {
    // Only a hint: a text too deep to walk gets the parser's message alone.
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** An error at the first value nested deeper than MAX_NESTING, found without recursion. */
function tooDeep(data: unknown, file: string, locate: ParsedFile['locate'], shared = false): Diagnostic | undefined {
  // Each entry links to its parent: tokens are only spelled out for the one value reported.
  type Entry = { node: unknown; depth: number; key: string; parent?: Entry };
  const stack: Entry[] = [{ node: data, depth: 0, key: '' }];
  // Aliased YAML values are shared (and acyclic by now): one is entered again only when reached deeper.
  const deepest = shared ? new Map<object, number>() : undefined;
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const node = entry.node;
    if (node === null || typeof node !== 'object' || (deepest?.get(node) ?? -1) >= entry.depth) continue;
    deepest?.set(node, entry.depth);
    if (entry.depth > MAX_NESTING) {
      const tokens: string[] = [];
      for (let e: Entry | undefined = entry; e?.parent; e = e.parent) tokens.unshift(e.key);
      return error(
        'too-deep',
        `values are nested more than ${MAX_NESTING} levels deep here; no API needs that: flatten it or use $ref`,
        { file, pointer: pointerJoin('#', ...tokens), ...locate(tokens) },
      );
    }
    for (const key of Object.keys(node))
      stack.push({ node: (node as Record<string, unknown>)[key], depth: entry.depth + 1, key, parent: entry });
  }
  return undefined;
}

/** True when brackets in JSON text nest deeper than `limit` (strings skipped). */
function jsonNestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Strings are most of a spec: jump to each closing quote (indexOf is native) and skip escaped ones.
      for (i = text.indexOf('"', i + 1); i > 0 && escaped(text, i); i = text.indexOf('"', i + 1));
      if (i < 0) return false;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

/** Whether the character at `i` follows an odd number of backslashes. */
function escaped(text: string, i: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * The tokens of the first value that contains itself (through aliases), or undefined. The search
 * stops below MAX_NESTING, where tooDeep takes over, so that it cannot overflow the stack itself.
 */
function cyclePath(data: unknown): string[] | undefined {
  const open = new Set<object>();
  // Aliased values are shared: each is searched once, however often it is used.
  const done = new Set<object>();
  const tokens: string[] = [];
  const walk = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object' || done.has(node) || tokens.length > MAX_NESTING) return false;
    if (open.has(node)) return true;
    open.add(node);
    for (const [key, child] of Object.entries(node)) {
      tokens.push(key);
      if (walk(child)) return true;
      tokens.pop();
    }
    open.delete(node);
    done.add(node);
    return false;
  };
  return walk(data) ? tokens : undefined;
}
