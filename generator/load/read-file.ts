import * as fs from 'node:fs';
import * as path from 'node:path';
import { asciiJson, type AsciiJson } from './ascii-json.js';

/**
 * Largest file a spec may consist of, each: Microsoft Graph beta, the largest spec known here, is
 * 47 MB. Above it a file is refused before it is read, so memory stays bounded.
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

/**
 * A file's text, or why it cannot be read: what was expected, never what was found in it. For a JSON file with
 * characters outside ASCII, `json` holds its text with those written as escapes (see ascii-json.ts), and `text` is that
 * text.
 */
export type ReadResult =
  { readonly text: string; readonly json?: AsciiJson } | { readonly problem: string; readonly missing?: true };

/**
 * Room before a file's bytes in the buffer it is read into, for the escapes of asciiJson (enough for 13,107 bytes
 * outside ASCII).
 */
const ESCAPE_ROOM = 64 * 1024;

/**
 * Reads a spec file, or a file a `$ref` names, as text. Only a regular file is read, at most
 * MAX_FILE_BYTES of it, and, when `root` is given (`shown` as the user reads it), only one whose real path (symbolic
 * links followed) lies below the real path of `root`: devices (`/dev/zero`), pipes (`/dev/stdin`, a FIFO) and the
 * pseudo-files of /proc (which report no size) can neither block nor fill memory.
 */
export function readSpecFile(absolute: string, root?: { readonly path: string; readonly shown: string }): ReadResult {
  let real: string;
  try {
    real = fs.realpathSync(absolute);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT'
      ? { problem: 'no such file', missing: true }
      : { problem: 'the file cannot be opened' };
  }
  if (root !== undefined && !isBelow(real, realRoot(root.path))) {
    return {
      problem: `expected a file below ${root.shown} (files elsewhere are not read: widen the root with --ref-root or "refRoot")`,
    };
  }
  let fd: number;
  try {
    // Non-blocking: opening a FIFO with no writer would otherwise wait forever before the checks below.
    fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch {
    return { problem: 'the file cannot be opened' };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { problem: 'expected a regular file, not a device, pipe, socket or folder' };
    if (stat.size > MAX_FILE_BYTES) return { problem: `expected a file of at most ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    // Only the size the file reports is read: a file that grows while it is read cannot make this loop longer.
    const buffer = Buffer.allocUnsafe(ESCAPE_ROOM + stat.size);
    let filled = 0;
    while (filled < stat.size) {
      const n = fs.readSync(fd, buffer, ESCAPE_ROOM + filled, stat.size - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    const end = ESCAPE_ROOM + filled;
    const bom = buffer[ESCAPE_ROOM] === 0xef && buffer[ESCAPE_ROOM + 1] === 0xbb && buffer[ESCAPE_ROOM + 2] === 0xbf;
    const start = ESCAPE_ROOM + (bom ? 3 : 0);
    const json = looksJson(buffer, start, end) ? asciiJson(buffer, start, end) : undefined;
    // Decoding the buffer is faster than readFileSync's own utf8 path on large files (Node 20).
    return json ? { text: json.text, json } : { text: buffer.toString('utf8', ESCAPE_ROOM, end) };
  } catch {
    return { problem: 'the file cannot be read' };
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether the first byte after any whitespace opens a JSON object or array (as parse.ts tells JSON from YAML). */
function looksJson(buffer: Buffer, start: number, end: number): boolean {
  let i = start;
  while (i < end && (buffer[i] === 0x20 || buffer[i] === 0x0a || buffer[i] === 0x0d || buffer[i] === 0x09)) i++;
  return buffer[i] === 0x7b || buffer[i] === 0x5b;
}

/** The real path of the root (itself possibly a link); the root as given when it does not exist. */
function realRoot(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}

/** True when `file` is `root` or lies below it (paths as given: links are the caller's to resolve). */
export function isBelow(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
