/** build/: one oxc pass per source gives its .js and .d.ts; what it cannot declare is an internal error. */
import { transpileFile, transpileFileSync, transpileSources, withBanner } from '../../generator/build/transpile.js';
import { BANNER } from '../../generator/emit/banner.js';

test('a generated source gives .js and .d.ts, both keeping the do-not-edit banner', async () => {
  const built = await transpileFile(
    'paths/a.ts',
    `${BANNER}/** Doc. */\nexport function a(id: string): string {\n  return '/a/' + id;\n}\n`,
  );
  expect(built.diagnostics).toEqual([]);
  expect(built.files.map(([file]) => file)).toEqual(['paths/a.js', 'paths/a.d.ts']);
  // The banner is kept apart until the files are written (each text as built, then whole).
  expect(built.banner).toBe(BANNER);
  expect(built.files.every(([, text]) => !text.startsWith(BANNER))).toBe(true);
  const [js, dts] = withBanner(built).map(([, text]) => text);
  expect(js!.startsWith(BANNER)).toBe(true);
  expect(js).toContain("return '/a/' + id;".replace(/'/g, '"'));
  expect(dts).toBe(`${BANNER}/** Doc. */\nexport declare function a(id: string): string;\n`);
});

test('a declaration the isolated emitter cannot write is an internal-build error naming the file', async () => {
  const { diagnostics } = await transpileSources(new Map([['ops.ts', 'export const x = [1].map((v) => v);\n']]));
  expect(diagnostics).toEqual([
    expect.objectContaining({ code: 'internal-build', severity: 'error', file: 'src/ops.ts' }),
  ]);
  expect(diagnostics[0]!.message).toMatch(/^cannot build src\/ops\.ts: .*explicit type annotation/);
});

test('built on the calling thread (as the helper builds what it prints), a file is built the same, problems included', async () => {
  const good = `${BANNER}/** Doc. */\nexport function a(id: string): string {\n  return '/a/' + id;\n}\n`;
  const bad = 'export const x = [1].map((v) => v);\n';
  for (const [file, text] of [
    ['paths/a.ts', good],
    ['ops.ts', bad],
  ] as const) {
    const sync = transpileFileSync(file, text);
    expect(sync).toEqual(await transpileFile(file, text));
    expect(sync.files.length).toBe(2);
  }
  expect(transpileFileSync('ops.ts', bad).diagnostics).toEqual([
    expect.objectContaining({ code: 'internal-build', file: 'src/ops.ts' }),
  ]);
});
