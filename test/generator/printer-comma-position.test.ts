/**
 * generator/printer-comma-position.cjs: where ts-morph's comma lists put an item's comma, found without TypeScript.
 * Its answers are held to ts-morph's own `getAppendCommaPos` (TypeScript's scanner), taken from the installed
 * ts-morph, on hand-picked texts and on many random ones made of the characters the scanner treats specially.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/generate.js';

const { appendCommaPosition } = require('../../generator/printer-comma-position.cjs') as {
  appendCommaPosition: (text: string) => number | undefined;
};

/** ts-morph's function as the installed ts-morph writes it, with the scanner it creates as it loads. */
function tsMorphAppendCommaPos(): (text: string) => number {
  const source = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'ts-morph', 'dist', 'ts-morph.js'), 'utf8');
  const found = /const scanner = common\.ts\.createScanner[^]*?\nfunction getAppendCommaPos\(text\) \{[^]*?\n\}\n/.exec(
    source,
  );
  if (!found) throw new Error("ts-morph's getAppendCommaPos no longer reads as printer-rewrites.cjs expects");
  const common = require('@ts-morph/common') as unknown;
  return new Function('common', `${found[0]}\nreturn getAppendCommaPos;`)(common) as (text: string) => number;
}

const reference = tsMorphAppendCommaPos();

test.each([
  ['', -1],
  [' \n\t', -1],
  ['// only a comment', -1],
  ['a', 1],
  ['a: string', 9],
  ['a: string,', -1],
  ['a: string, // note', -1],
  ['a: string /* note */ ', 9],
  ["b = 'x,' ", 8],
  ["c = '//' // not the string", 8],
  ['d: `t${1}` /* c */', 10],
  ['e: `t${ { f: `g${2}` } }h`', 26],
  ['"open string\nx', 14],
  ['#!shebang\ny', 11],
  ['<<<<<<< ours\nz', 14],
  ['u\ufffd // binary from here', 22],
])('%j: %d', (text, want) => {
  expect(appendCommaPosition(text)).toBe(want);
  expect(reference(text)).toBe(want);
});

test('a backslash outside a literal is left to TypeScript (it may begin an identifier such as \\u{61})', () => {
  expect(appendCommaPosition('\\u{61} // x')).toBeUndefined();
  expect(appendCommaPosition('a\\u0062')).toBeUndefined();
  // Inside literals and comments a backslash is the scanner's as much as ours.
  expect(appendCommaPosition("'\\'' // \\")).toBe(4);
  expect(reference("'\\'' // \\")).toBe(4);
});

test('random texts of the characters the scanner treats specially: the same answer as ts-morph wherever it answers', () => {
  const pieces = [
    "'",
    '"',
    '`',
    '$',
    '${',
    '{',
    '}',
    '/',
    '*',
    '/*',
    '*/',
    '//',
    '\n',
    '\r',
    ' ',
    '\t',
    '\u000b',
    '\u00a0',
    '\u0085',
    '\u2028',
    '\ufffd',
    '\ud83d\ude00',
    '\\',
    'u',
    'a',
    '1',
    ',',
    '#',
    '!',
    '<<<<<<< ',
    '=======',
    '>>>>>>>',
    '|||||||',
    '<',
    '=',
    '>',
    '|',
  ];
  // A fixed seed (mulberry32), so a failure can be replayed.
  let state = 20261207;
  const random = (n: number): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  let answered = 0;
  const differing: string[] = [];
  for (let i = 0; i < 60_000; i++) {
    let text = '';
    for (let length = random(24); length > 0; length--) text += pieces[random(pieces.length)];
    const ours = appendCommaPosition(text);
    if (ours === undefined) continue;
    answered++;
    if (ours !== reference(text)) differing.push(JSON.stringify(text));
  }
  expect(differing.slice(0, 10)).toEqual([]);
  expect(answered).toBeGreaterThan(45_000);
});
