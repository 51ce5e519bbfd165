import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { error, type Diagnostic } from '../diagnostics.js';
import { lineColumn, locateJson } from './locate-json.js';

/** A parsed input file that can say where any of its JSON pointers sits. */
export interface ParsedFile {
  /** The path shown to users (as given, relative when given relative). */
  readonly displayPath: string;
  /** The parsed value. */
  readonly data: unknown;
  /** Line and column of the value at `tokens` (or of its deepest existing ancestor). */
  locate(tokens: readonly string[]): { line: number; column: number };
}

/** Parses YAML or JSON text; syntax problems come back as located diagnostics. */
export function parseText(
  text: string,
  displayPath: string,
): { file?: ParsedFile; diagnostics: Diagnostic[] } {
  const looksJson = /^\s*[{[]/.test(text);
  if (looksJson) {
    try {
      const data: unknown = JSON.parse(text);
      return {
        file: { displayPath, data, locate: (tokens) => lineColumn(text, locateJson(text, tokens)) },
        diagnostics: [],
      };
    } catch {
      // Fall through: the YAML parser reads JSON too and says where the syntax breaks.
    }
  }
  return parseYaml(text, displayPath);
}

function parseYaml(text: string, displayPath: string): { file?: ParsedFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number) => lineCounter.linePos(offset);
  const diagnostics = doc.errors.map((e) => {
    const pos = at(e.pos[0]);
    return error('syntax', e.message.split('\n')[0]!, { file: displayPath, line: pos.line, column: pos.col });
  });
  if (diagnostics.length > 0) return { diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return { diagnostics: [error('syntax', (e as Error).message, { file: displayPath, line: 1, column: 1 })] };
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
  return { file: { displayPath, data, locate }, diagnostics: [] };
}
