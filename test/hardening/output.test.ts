/**
 * Issue #6, atomic output: a package is written to a temporary folder and moved into place only
 * when everything succeeded; files no longer produced disappear; unchanged files keep their bytes;
 * a failed run leaves the previous package as it was; nothing from the spec makes a path outside.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeOutput } from '../../generator/write/output.js';
import { makeTemp, removeTemp, runCli } from './support.js';

let temp: string;
beforeEach(() => {
  temp = makeTemp('output');
});
afterEach(() => removeTemp(temp));

/** Every file under `dir` with its bytes. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string) => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(abs, e.name), r);
      else out.set(r, fs.readFileSync(path.join(abs, e.name), 'latin1'));
    }
  };
  walk(dir, '');
  return out;
}

const spec = (groups: string[], extra = '') => `openapi: 3.0.3
info: { title: Output, version: 1.0.0 }
paths:
${groups.map((g) => `  /${g}/{id}:\n    get:\n      operationId: get-${g}\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { '204': { description: Done. } }`).join('\n')}
${extra}`;

async function generate(text: string, args: string[] = []): Promise<{ status: number | undefined; stderr: string }> {
  fs.writeFileSync(path.join(temp, 'spec.yaml'), text);
  return runCli(['--spec', 'spec.yaml', '--out', 'pkg', ...args], temp);
}

test('a second run leaves every byte as it was, and --check agrees', async () => {
  expect((await generate(spec(['users', 'groups']))).status).toBe(0);
  const first = tree(path.join(temp, 'pkg'));
  expect((await generate(spec(['users', 'groups']))).status).toBe(0);
  expect(tree(path.join(temp, 'pkg'))).toEqual(first);
  expect((await generate(spec(['users', 'groups']), ['--check'])).status).toBe(0);
});

test('files no longer produced are removed; a file the generator did not write is kept (issue #15)', async () => {
  expect((await generate(spec(['users', 'groups']))).status).toBe(0);
  const pkg = path.join(temp, 'pkg');
  expect(fs.existsSync(path.join(pkg, 'src', 'operations', 'groups.ts'))).toBe(true);
  fs.writeFileSync(path.join(pkg, 'src', 'stray.ts'), 'export {};\n');
  expect((await generate(spec(['users']))).status).toBe(0);
  const files = [...tree(pkg).keys()];
  expect(files.filter((f) => /groups|stray/.test(f))).toEqual(['src/stray.ts']);
  expect(files).toContain('src/operations/users.ts');
});

test('a run that fails leaves the previous package exactly as it was, and no temporary folder behind', async () => {
  expect((await generate(spec(['users']))).status).toBe(0);
  const before = tree(path.join(temp, 'pkg'));
  const broken = await generate(spec(['users'], 'components:\n  schemas:\n    Bad: { type: nothing }\n'));
  expect(broken.status).toBe(1);
  expect(broken.stderr).toContain('nothing was written to pkg');
  expect(tree(path.join(temp, 'pkg'))).toEqual(before);
  expect(fs.readdirSync(temp).sort()).toEqual(['pkg', 'spec.yaml']);
});

test('a write that fails half-way (a file the disk refuses) restores the previous package', () => {
  const out = path.join(temp, 'pkg');
  expect(
    writeOutput(
      out,
      new Map([
        ['.codegen-manifest', 'x\n'],
        ['a.txt', 'old'],
      ]),
      'pkg',
    ),
  ).toEqual([]);
  const problems = writeOutput(
    out,
    new Map([
      ['.codegen-manifest', 'y\n'],
      ['a.txt', 'new'],
      [`${'n'.repeat(300)}.txt`, 'too long a name'],
    ]),
    'pkg',
  );
  expect(problems.map((d) => d.code)).toEqual(['write-failed']);
  expect(tree(out)).toEqual(
    new Map([
      ['.codegen-manifest', 'x\n'],
      ['a.txt', 'old'],
    ]),
  );
  expect(fs.readdirSync(temp)).toEqual(['pkg']);
});

test.each([
  ['../escape'],
  ['/etc/passwd'],
  ['src/../../escape'],
  ['src\\..\\..\\escape'],
  ['src//x'],
  ['./x'],
  [''],
  ['x\u0000y'],
])('an output path that could leave the folder is refused before anything is written: %j', (unsafe) => {
  const out = path.join(temp, 'pkg');
  const problems = writeOutput(
    out,
    new Map([
      ['ok.txt', 'fine'],
      [unsafe, 'evil'],
    ]),
    'pkg',
  );
  expect(problems.map((d) => d.code)).toEqual(['unsafe-output-path']);
  expect(fs.readdirSync(temp)).toEqual([]);
});

test('names, titles and package names from the spec or the command line never become paths', async () => {
  const hostile = spec(['users'])
    .replace('title: Output', 'title: "../../../../etc/passwd */ `${x}`"')
    .replace('operationId: get-users', 'operationId: "../../x"');
  // A name or version npm would refuse is refused on the command line, before anything is read or written.
  const refused = await generate(hostile, ['--name', '../../escape', '--package-version', '../1']);
  expect(refused.status).toBe(2);
  expect(fs.readdirSync(temp).sort()).toEqual(['spec.yaml']);
  // The spec's own title and operationIds are turned into safe names.
  const run = await generate(hostile, []);
  expect(run.status).toBe(0);
  expect(fs.readdirSync(temp).sort()).toEqual(['pkg', 'spec.yaml']);
  const pkg = JSON.parse(fs.readFileSync(path.join(temp, 'pkg', 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  expect(pkg).toMatchObject({ name: 'etc-passwd-x', version: '1.0.0' });
  for (const file of tree(path.join(temp, 'pkg')).keys())
    expect(file).toMatch(/^(\.codegen-manifest|README\.md|package\.json|tsconfig\.json|(src|dist)\/[\w/.-]+)$/);
});

test('an output folder that cannot be created (under a file) is a clean usage error, not a crash', async () => {
  fs.writeFileSync(path.join(temp, 'a-file'), 'not a folder');
  fs.writeFileSync(path.join(temp, 'spec.yaml'), spec(['users']));
  const run = await runCli(['--spec', 'spec.yaml', '--out', 'a-file/pkg'], temp);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^a-file\/pkg: error write-failed: cannot create the package folder: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(fs.readdirSync(temp).sort()).toEqual(['a-file', 'spec.yaml']);
});
