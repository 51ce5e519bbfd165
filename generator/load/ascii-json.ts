/**
 * A JSON file's bytes as text of one byte per character. A file with even one character outside
 * ASCII decodes to a string of two bytes per character (Microsoft Graph v1.0: 177 such bytes make
 * its 20 MB a 40 MB string), and UTF-8 decoding is slower than copying. JSON allows such characters
 * only inside strings, where a `\u` escape reads as the same character: with each written as its
 * escape, JSON.parse gives the same values from a string half the size, copied rather than decoded.
 * The escapes are written into the buffer the file was read into, so no second copy is made.
 */
import { isAscii } from 'node:buffer';

/** An escape this module wrote: where it starts in the text, its length there, and the UTF-16 units it stands for. */
interface Escape {
  readonly at: number;
  readonly length: number;
  readonly units: number;
}

/** The text to parse, and the escapes written into it (none of the file's own). */
export interface AsciiJson {
  readonly text: string;
  readonly escapes: readonly Escape[];
}

/** Bytes checked at once for anything outside ASCII (isAscii is native). */
const CHUNK = 64 * 1024;
/** The most an escape adds per byte: an invalid byte decodes to U+FFFD, written as six characters. */
const GROWTH_PER_BYTE = 5;

/**
 * The JSON text held in `buffer[start, end)`, characters outside ASCII written as escapes and moved
 * to the buffer's start (the `start` bytes before it are the room the escapes take). Undefined when
 * the text is ASCII already, or when its escapes would need more room than `start`: the buffer is
 * then as it was, for the caller to decode as usual.
 */
export function asciiJson(buffer: Buffer, start: number, end: number): AsciiJson | undefined {
  let outside = 0;
  for (let chunk = start; chunk < end; chunk += CHUNK) {
    const chunkEnd = Math.min(end, chunk + CHUNK);
    if (isAscii(buffer.subarray(chunk, chunkEnd))) continue;
    for (let i = chunk; i < chunkEnd; i++) if (buffer[i]! >= 0x80) outside++;
  }
  if (outside === 0 || outside * GROWTH_PER_BYTE > start) return undefined;
  // Writing never overtakes reading: what the escapes have added so far is at most `start`.
  const escapes: Escape[] = [];
  let written = 0;
  let copied = start;
  for (let chunk = start; chunk < end; chunk += CHUNK) {
    const chunkEnd = Math.min(end, chunk + CHUNK);
    if (isAscii(buffer.subarray(chunk, chunkEnd))) continue;
    for (let i = Math.max(chunk, copied); i < chunkEnd; i++) {
      if (buffer[i]! < 0x80) continue;
      let runEnd = i + 1;
      while (runEnd < end && buffer[runEnd]! >= 0x80) runEnd++;
      written += buffer.copy(buffer, written, copied, i);
      // A run of bytes outside ASCII decodes as it would inside the whole file: UTF-8 sequences never contain ASCII
      // bytes.
      const characters = buffer.toString('utf8', i, runEnd);
      let escape = '';
      for (let k = 0; k < characters.length; k++)
        escape += `\\u${characters.charCodeAt(k).toString(16).padStart(4, '0')}`;
      escapes.push({ at: written, length: escape.length, units: characters.length });
      written += buffer.write(escape, written, 'latin1');
      copied = runEnd;
      i = runEnd - 1;
    }
  }
  written += buffer.copy(buffer, written, copied, end);
  return { text: buffer.toString('latin1', 0, written), escapes };
}

/** The file's own text: `text` with the escapes written back as their characters. */
export function originalText({ text, escapes }: AsciiJson): string {
  let out = '';
  let from = 0;
  for (const e of escapes) {
    out += text.slice(from, e.at) + JSON.parse(`"${text.slice(e.at, e.at + e.length)}"`);
    from = e.at + e.length;
  }
  return out + text.slice(from);
}

/**
 * The 1-based column, as the file's own text counts it, of `offset` in the text, on the line starting at `lineStart`.
 */
export function originalColumn({ escapes }: AsciiJson, lineStart: number, offset: number): number {
  let column = offset - lineStart + 1;
  for (const e of escapes) {
    if (e.at + e.length > offset) break;
    if (e.at >= lineStart) column -= e.length - e.units;
  }
  return column;
}
