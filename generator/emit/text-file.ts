import { BANNER } from './banner.js';
import type { Statement } from './emitter.js';

/** Whether every statement of a file is text: every emitter writes its declarations out (see declaration-text.ts). */
export function isText(statements: readonly Statement[]): statements is string[] {
  return statements.every((s) => typeof s === 'string');
}

/**
 * A file of text statements only, joined as ts-morph's printer sets texts apart (a blank line
 * between two) without it: the printer would only copy them, at about 40 ms a megabyte, and a
 * thread that prints only text never loads it (ts-morph and TypeScript, half a second and 100 MB).
 */
export function textFile(statements: readonly string[]): string {
  return `${BANNER}${statements.join('\n\n')}\n`;
}
