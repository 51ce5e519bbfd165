/**
 * A large JSON document read without parsing all of it: Microsoft's Graph description is 20-47 MB,
 * and a drift run needs a few dozen of its paths and schemas. The text is scanned once for the
 * extent of each value it is asked about (strings skipped with the native indexOf); only the values
 * asked for are handed to JSON.parse. Pointers are JSON pointers (`#/paths/~1users`).
 */
import { pointerTokens } from '../generator/diagnostics.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;

/** Where one value sits in the bytes: [start, end). */
interface Span {
  readonly start: number;
  readonly end: number;
}

export class LazyJson {
  private readonly bytes: Buffer;
  /** Members of each object already scanned, by the pointer of the object. */
  private readonly members = new Map<string, Map<string, Span>>();
  private readonly parsed = new Map<string, unknown>();

  constructor(bytes: Buffer) {
    this.bytes = bytes;
  }

  /** The value at `pointer`, parsed; undefined when the document has no such value. */
  get(pointer: string): unknown {
    if (this.parsed.has(pointer)) return this.parsed.get(pointer);
    const span = this.span(pointerTokens(pointer));
    const value = span ? (JSON.parse(this.bytes.toString('utf8', span.start, span.end)) as unknown) : undefined;
    this.parsed.set(pointer, value);
    return value;
  }

  /** The keys of the object at `pointer` (in document order), without parsing their values. */
  keys(pointer: string): string[] {
    const tokens = pointerTokens(pointer);
    const span = this.span(tokens);
    return span && this.bytes[span.start] === OPEN_BRACE ? [...this.objectMembers(tokens, span).keys()] : [];
  }

  private span(tokens: readonly string[]): Span | undefined {
    let span: Span = { start: this.skipSpace(0), end: this.bytes.length };
    for (let i = 0; i < tokens.length; i++) {
      if (this.bytes[span.start] !== OPEN_BRACE) return undefined; // arrays are never walked into here
      const next = this.objectMembers(tokens.slice(0, i), span).get(tokens[i]!);
      if (!next) return undefined;
      span = next;
    }
    return span;
  }

  /** Scans the object at `span` once, recording where each member's value starts and ends. */
  private objectMembers(tokens: readonly string[], span: Span): Map<string, Span> {
    const key = tokens.join('\u0000');
    const known = this.members.get(key);
    if (known) return known;
    const found = new Map<string, Span>();
    let i = this.skipSpace(span.start + 1);
    while (i < span.end && this.bytes[i] === QUOTE) {
      const keyEnd = this.stringEnd(i);
      const name = JSON.parse(this.bytes.toString('utf8', i, keyEnd)) as string;
      i = this.skipSpace(keyEnd);
      if (this.bytes[i] !== COLON) throw new SyntaxError(`expected ':' at byte ${i}`);
      const start = this.skipSpace(i + 1);
      const end = this.valueEnd(start);
      found.set(name, { start, end });
      i = this.skipSpace(end);
      if (this.bytes[i] === 0x2c) i = this.skipSpace(i + 1);
    }
    this.members.set(key, found);
    return found;
  }

  /** The index just past the string that starts at `i` (a quote). */
  private stringEnd(i: number): number {
    let j = this.bytes.indexOf(QUOTE, i + 1);
    while (j > 0 && this.escaped(j)) j = this.bytes.indexOf(QUOTE, j + 1);
    if (j < 0) throw new SyntaxError(`unterminated string at byte ${i}`);
    return j + 1;
  }

  private escaped(j: number): boolean {
    let backslashes = 0;
    while (this.bytes[j - 1 - backslashes] === BACKSLASH) backslashes++;
    return backslashes % 2 === 1;
  }

  /** The index just past the value that starts at `start`. */
  private valueEnd(start: number): number {
    const bytes = this.bytes;
    const first = bytes[start];
    if (first === QUOTE) return this.stringEnd(start);
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
      let i = start;
      while (i < bytes.length && !isDelimiter(bytes[i]!)) i++;
      return i;
    }
    let depth = 0;
    for (let i = start; i < bytes.length; i++) {
      const c = bytes[i]!;
      if (c === QUOTE) i = this.stringEnd(i) - 1;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return i + 1;
    }
    throw new SyntaxError(`unterminated value at byte ${start}`);
  }

  private skipSpace(i: number): number {
    while (i < this.bytes.length && isSpace(this.bytes[i]!)) i++;
    return i;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isDelimiter(c: number): boolean {
  return c === 0x2c || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c);
}
