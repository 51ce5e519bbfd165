/**
 * format.ts: Prettier (small packages only: see LARGE_SPEC_BYTES in pipeline.ts), its output kept by content hash so
 * that unchanged files skip it.
 */
import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORMAT_CACHE_DIR, formatCode, PRETTIER_OPTIONS } from '../../generator/format.js';

/** Cache entries this test made, removed afterwards. */
const made: string[] = [];
afterAll(() => made.forEach((entry) => fs.rmSync(entry, { force: true })));

function entriesFor(formatted: string): string[] {
  const found: string[] = [];
  for (const dir of fs.readdirSync(FORMAT_CACHE_DIR)) {
    for (const name of fs.readdirSync(path.join(FORMAT_CACHE_DIR, dir))) {
      const entry = path.join(FORMAT_CACHE_DIR, dir, name);
      if (fs.readFileSync(entry, 'utf8') === formatted) found.push(entry);
    }
  }
  return found;
}

test('code is formatted, and the result is kept under the hash of what was formatted', async () => {
  const marker = randomUUID();
  const files = new Map([[`src/${marker}.ts`, `export   const a = {b:1} // ${marker}\n`]]);
  await formatCode(files);
  const formatted = files.get(`src/${marker}.ts`)!;
  expect(formatted).toBe(`export const a = { b: 1 }; // ${marker}\n`);
  const entries = entriesFor(formatted);
  made.push(...entries);
  expect(entries).toHaveLength(1);
  expect(path.basename(entries[0]!)).toMatch(/^[0-9a-f]{64}$/);
});

test('a file formatted before comes from the cache, not from Prettier', async () => {
  const marker = randomUUID();
  const text = `const b=2 // ${marker}\n`;
  await formatCode(new Map([['dist/b.js', text]]));
  const [entry] = entriesFor(`const b = 2; // ${marker}\n`);
  made.push(entry!);
  // What the cache says is what comes back: the proof that Prettier did not run again.
  fs.writeFileSync(entry!, 'from the cache\n');
  const again = new Map([['dist/b.js', text]]);
  await formatCode(again);
  expect(again.get('dist/b.js')).toBe('from the cache\n');
  // Keyed with the version Prettier reports and the options too (format.ts reads the version from Prettier's
  // package.json, so that a hit loads no Prettier).
  const { version } = await import('prettier');
  expect(path.basename(entry!)).toBe(
    createHash('sha256')
      .update(`${version}\0${JSON.stringify(PRETTIER_OPTIONS)}\0${text}`)
      .digest('hex'),
  );
});

test('non-code files are left alone', async () => {
  const files = new Map([['README.md', '#  Title']]);
  await formatCode(files);
  expect(files.get('README.md')).toBe('#  Title');
});
