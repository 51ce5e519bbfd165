/**
 * Finds where a JSON pointer's value starts in JSON text, without building a tree:
 * huge specs are parsed with JSON.parse, and positions are only looked up when a
 * diagnostic needs one.
 */
import { originalColumn, type AsciiJson } from './ascii-json.js';

/** Offset of the value at `tokens`, or of the deepest existing ancestor. */
export function locateJson(text: string, tokens: readonly string[]): number {
  let i = skipWs(text, 0);
  for (const token of tokens) {
    const found = findChild(text, i, token);
    if (found < 0) return i;
    i = found;
  }
  return i;
}

function skipWs(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}

/** Offset of the value of `token` inside the object or array starting at `start`; -1 if absent. */
function findChild(text: string, start: number, token: string): number {
  const open = text[start];
  if (open !== '{' && open !== '[') return -1;
  let i = skipWs(text, start + 1);
  let index = 0;
  while (i < text.length && text[i] !== '}' && text[i] !== ']') {
    let matches: boolean;
    if (open === '{') {
      const keyEnd = skipString(text, i);
      const key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skipWs(text, keyEnd);
      i = skipWs(text, i + 1); // the colon
      matches = key === token;
    } else {
      matches = String(index) === token;
    }
    if (matches) return i;
    i = skipWs(text, skipValue(text, i));
    if (text[i] === ',') i = skipWs(text, i + 1);
    index++;
  }
  return -1;
}

function skipString(text: string, i: number): number {
  i++;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c !== '{' && c !== '[') {
    while (i < text.length && !',}] \n\r\t'.includes(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      i = skipString(text, i);
      continue;
    }
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}

/**
 * Converts an offset to a 1-based line and column (the column as the file's own text counts it, `json` says how `text`
 * differs).
 */
export function lineColumn(text: string, offset: number, json?: AsciiJson): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: json ? originalColumn(json, lineStart, offset) : offset - lineStart + 1 };
}
