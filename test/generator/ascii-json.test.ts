/**
 * load/ascii-json.ts: a JSON file with characters outside ASCII is parsed from a text of one byte per character, its
 * characters written as escapes. The values, the positions a diagnostic shows and the YAML fallback must be exactly
 * those of the file as UTF-8 text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { asciiJson, originalText } from '../../generator/load/ascii-json.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { parseText } from '../../generator/load/parse.js';
import { readSpecFile } from '../../generator/load/read-file.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';

// Two-, three- and four-byte characters (the last a surrogate pair in JavaScript), one of the file's own escapes, and
// an invalid byte (0xff) that UTF-8 decoding turns into U+FFFD.
const SPEC = Buffer.concat([
  Buffer.from(
    '{\n  "openapi": "3.1.0",\n  "info": { "title": "Café — résumé 😀", "version": "1", "x-own": "\\u00e9" },\n' +
      '  "paths": { "/é": { "get": { "description": "naïve ',
    'utf8',
  ),
  Buffer.from([0xff]),
  Buffer.from('", "responses": {} } } }\n}\n', 'utf8'),
]);

let dir: string;
beforeEach(() => {
  dir = makeTempDir('ascii-json');
});
afterEach(() => removeTempDir(dir));

/** Writes the bytes as spec.json and loads them. */
function load(bytes: Buffer) {
  fs.writeFileSync(path.join(dir, 'spec.json'), bytes);
  return loadSpec('spec.json', dir);
}

test('the text is one byte per character, and parses to the values of the UTF-8 text', () => {
  fs.writeFileSync(path.join(dir, 'spec.json'), SPEC);
  const read = readSpecFile(path.join(dir, 'spec.json'));
  expect('json' in read && read.json).toBeTruthy();
  expect(/^[\x00-\x7f]*$/.test((read as { text: string }).text)).toBe(true);
  const { spec, diagnostics } = load(SPEC);
  expect(diagnostics).toEqual([]);
  expect(spec!.document).toEqual(JSON.parse(SPEC.toString('utf8')));
  expect((spec!.document.info as { title: string }).title).toBe('Café — résumé 😀');
});

test('positions after escaped characters are columns of the file as written', () => {
  const { spec } = load(SPEC);
  const lines = SPEC.toString('utf8').split('\n');
  // Each expected column is found in the UTF-8 text itself: where the value starts on its line.
  expect(spec!.locate('#/info/version')).toMatchObject({ line: 3, column: lines[2]!.indexOf('"1"') + 1 });
  expect(spec!.locate('#/info/x-own')).toMatchObject({ line: 3, column: lines[2]!.indexOf('"\\u00e9"') + 1 });
  expect(spec!.locate('#/paths/~1é/get/responses')).toMatchObject({ line: 4, column: lines[3]!.indexOf('{}') + 1 });
});

test('a byte order mark before such a file is dropped, as for any file', () => {
  const { spec, diagnostics } = load(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SPEC]));
  expect(diagnostics).toEqual([]);
  expect(spec!.document).toEqual(JSON.parse(SPEC.toString('utf8')));
});

test('YAML that opens like JSON is read from the file as written', () => {
  // A flow mapping with plain scalars: not JSON, so the YAML parser reads it, and must see "é", not an escape.
  const yaml = Buffer.from('{openapi: 3.1.0, info: {title: Café é, version: "1"}, paths: {}}\n', 'utf8');
  const { spec, diagnostics } = load(yaml);
  expect(diagnostics).toEqual([]);
  expect((spec!.document.info as { title: string }).title).toBe('Café é');
});

test('a syntax error in such a file is located as in the file as written', () => {
  const broken = Buffer.from('{\n  "info": { "title": "éé", "version": "1" ,, }\n}\n', 'utf8');
  const { diagnostics } = load(broken);
  expect(diagnostics).toEqual([expect.objectContaining({ code: 'syntax', line: 2 })]);
  // The same diagnostic as from the UTF-8 text parsed as it is.
  expect(diagnostics).toEqual(parseText(broken.toString('utf8'), 'spec.json').diagnostics);
});

test('the original text comes back exactly, the file’s own escapes kept', () => {
  const room = 128;
  const buffer = Buffer.alloc(room + SPEC.length);
  SPEC.copy(buffer, room);
  const json = asciiJson(buffer, room, room + SPEC.length)!;
  expect(originalText(json)).toBe(SPEC.toString('utf8'));
});

test('without room enough for the escapes, nothing is changed and the caller decodes as usual', () => {
  const text = Buffer.from('{"a": "ééé"}', 'utf8');
  const buffer = Buffer.concat([Buffer.alloc(8, 0x20), text]);
  const before = Buffer.from(buffer);
  expect(asciiJson(buffer, 8, buffer.length)).toBeUndefined();
  expect(buffer.equals(before)).toBe(true);
  expect(asciiJson(Buffer.from('{"a": "plain"}'), 0, 14)).toBeUndefined();
});

test('random JSON with random characters outside ASCII reads exactly as its UTF-8 text does', () => {
  // A fixed seed: the same 300 documents each run. Strings mix ASCII (quotes and backslashes escaped), characters
  // of every UTF-8 length, the file's own escapes, and raw invalid bytes, which UTF-8 decoding turns into U+FFFD.
  let seed = 20261206;
  const next = (n: number) => {
    // xorshift32: integer steps only, so every bit of the state is used.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const pieces: (() => Buffer)[] = [
    () => Buffer.from(['abc', ' ', '\\"', '\\\\', '{x: [1]}'][next(5)]!, 'utf8'),
    () => Buffer.from(['é', '€', '😀', 'ß', '中', '\u2028'][next(6)]!, 'utf8'),
    () => Buffer.from(['\\u00e9', '\\n', '\\ud83d\\ude00', '\\"'][next(4)]!, 'utf8'),
    () => Buffer.from([[0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x80, 0x80]][next(5)]!),
  ];
  let escaped = 0;
  for (let doc = 0; doc < 300; doc++) {
    const values: Buffer[] = [];
    for (let v = 0; v < 1 + next(4); v++) {
      const parts = Array.from({ length: next(8) }, () => pieces[next(pieces.length)]!());
      values.push(Buffer.concat([Buffer.from(`"k${v}": "`), ...parts, Buffer.from('"')]));
    }
    const bytes = Buffer.concat([
      Buffer.from('{\n'),
      ...values.flatMap((v, i) => (i ? [Buffer.from(',\n'), v] : [v])),
      Buffer.from('\n}'),
    ]);
    const room = 5 * bytes.length;
    const buffer = Buffer.alloc(room + bytes.length);
    bytes.copy(buffer, room);
    const json = asciiJson(buffer, room, buffer.length);
    const utf8 = bytes.toString('utf8');
    if (!json) {
      expect(bytes.every((b) => b < 0x80)).toBe(true);
      continue;
    }
    escaped++;
    expect(JSON.parse(json.text)).toEqual(JSON.parse(utf8));
    expect(originalText(json)).toBe(utf8);
  }
  // Most documents hold something to escape: the test is not passing on ASCII alone.
  expect(escaped).toBeGreaterThan(200);
});
