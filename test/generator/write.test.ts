/** write/: the only stage that touches the disk. Every test works in its own folder under os.tmpdir(). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deliverFile, diffOutput, isSafeRelativePath, MANIFEST, StagedOutput, withManifest, writeOutput } from '../../generator/write/output.js';
import { makeTempDir, readTree, removeTempDir, writeTree } from '../helpers/temp.js';

let root: string;
let out: string;
beforeEach(() => {
  root = makeTempDir('write');
  out = path.join(root, 'pkg');
});
afterEach(() => removeTempDir(root));

const ORIGIN = { spec: 'api.yaml', title: 'API', package: 'api' };
const files = (entries: Record<string, string>, origin = ORIGIN) => withManifest(new Map(Object.entries(entries)), [], origin);
/** What the parent folder holds besides the package: temporary folders must never be left behind. */
const leftovers = () => fs.readdirSync(root).filter((e) => e !== 'pkg');

describe('withManifest', () => {
  test('records the origin and lists every file, those another thread delivered too, sorted', () => {
    const all = withManifest(new Map([['src/b.ts', ''], ['README.md', '']]), ['dist/a.js', 'src/a.ts'], ORIGIN);
    expect([...all.keys()].sort()).toEqual([MANIFEST, 'README.md', 'src/b.ts']);
    const manifest = JSON.parse(all.get(MANIFEST)!);
    expect(manifest).toMatchObject({ spec: 'api.yaml', title: 'API', package: 'api', files: ['README.md', 'dist/a.js', 'src/a.ts', 'src/b.ts'] });
    expect(manifest.about).toMatch(/replaces or removes only these/);
  });
});

describe('writeOutput', () => {
  test('writes a new folder (parents included) with exactly the files, and nothing beside it', () => {
    out = path.join(root, 'deep', 'er', 'pkg');
    const pkg = files({ 'package.json': '{}\n', 'src/index.ts': 'export {};\n' });
    expect(writeOutput(out, pkg, 'pkg')).toEqual([]);
    expect(readTree(out)).toEqual(pkg);
    expect(fs.readdirSync(path.join(root, 'deep', 'er'))).toEqual(['pkg']);
  });

  test('replaces a generated folder whole: changed files rewritten, stale ones gone', () => {
    writeOutput(out, files({ 'a.ts': 'old', 'gone/b.ts': 'stale', 'same.ts': 'same' }), 'pkg');
    const next = files({ 'a.ts': 'new', 'same.ts': 'same', 'added/c.ts': 'c' });
    expect(writeOutput(out, next, 'pkg')).toEqual([]);
    expect(readTree(out)).toEqual(next);
    expect(leftovers()).toEqual([]);
  });

  test('keeps node_modules across regenerations (a consumer may have installed into the folder)', () => {
    writeOutput(out, files({ 'a.ts': '1' }), 'pkg');
    writeTree(out, { 'node_modules/dep/index.js': 'module.exports = 1;\n' });
    expect(writeOutput(out, files({ 'a.ts': '2' }), 'pkg')).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'node_modules/dep/index.js'), 'utf8')).toBe('module.exports = 1;\n');
    expect(fs.readFileSync(path.join(out, 'a.ts'), 'utf8')).toBe('2');
  });

  test.each([
    ['an empty folder', {}],
    ['a folder holding only node_modules', { 'node_modules/x/package.json': '{}' }],
  ])('writes into %s', (_what, existing) => {
    fs.mkdirSync(out);
    writeTree(out, existing);
    expect(writeOutput(out, files({ 'a.ts': 'x' }), 'pkg')).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'a.ts'), 'utf8')).toBe('x');
  });

  test('refuses a non-empty folder it did not write, and leaves it untouched', () => {
    writeTree(out, { 'notes.txt': 'mine', 'src/keep.ts': 'also mine' });
    const problems = writeOutput(out, files({ 'a.ts': 'x' }), 'some/pkg');
    expect(problems).toEqual([expect.objectContaining({ code: 'out-not-generated', severity: 'error', file: 'some/pkg' })]);
    expect(readTree(out)).toEqual(new Map([['notes.txt', 'mine'], ['src/keep.ts', 'also mine']]));
    expect(leftovers()).toEqual([]);
  });

  test('refuses an output path that is a file', () => {
    fs.writeFileSync(out, 'a file');
    expect(writeOutput(out, files({ 'a.ts': 'x' }), 'pkg')).toEqual([expect.objectContaining({ code: 'out-not-folder', severity: 'error' })]);
    expect(fs.readFileSync(out, 'utf8')).toBe('a file');
  });

  test.each(['../escape.ts', '/etc/passwd', 'a/../../b.ts', 'a/./b.ts', './a.ts', 'a//b.ts', 'a\\b.ts', '', 'nul\0.ts', '..'])('refuses the unsafe path %j and writes nothing', (bad) => {
    const problems = writeOutput(out, new Map([['good.ts', 'x'], [bad, 'evil']]), 'pkg');
    expect(problems).toEqual([expect.objectContaining({ code: 'unsafe-output-path', severity: 'error' })]);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  test('a write that fails half-way leaves the previous package in place, node_modules included', () => {
    const previous = files({ 'a.ts': 'previous' });
    writeOutput(out, previous, 'pkg');
    writeTree(out, { 'node_modules/dep/index.js': 'kept' });
    // "x" is written as a file, so "x/y.ts" cannot be: the write fails after it has started.
    const problems = writeOutput(out, files({ 'a.ts': 'next', x: 'file', 'x/y.ts': 'under a file' }), 'pkg');
    expect(problems).toEqual([expect.objectContaining({ code: 'write-failed', severity: 'error', file: 'pkg' })]);
    expect(readTree(out)).toEqual(new Map([...previous, ['node_modules/dep/index.js', 'kept']]));
    expect(leftovers()).toEqual([]);
  });
});

describe('StagedOutput: a package written file by file as it is made', () => {
  const open = () => {
    const staged = StagedOutput.open(out, 'pkg');
    if (!(staged instanceof StagedOutput)) throw new Error(`could not open: ${JSON.stringify(staged)}`);
    return staged;
  };

  test('files put early and the rest land together at commit; until then the old package is untouched', () => {
    const previous = files({ 'a.ts': 'previous' });
    writeOutput(out, previous, 'pkg');
    const staged = open();
    staged.put('src/early.ts', 'early');
    staged.put('dist/early.js', 'built');
    expect(readTree(out)).toEqual(previous);
    const pkg = files({ 'src/early.ts': 'early', 'dist/early.js': 'built', 'src/late.ts': 'late' });
    expect(staged.commit(pkg)).toEqual([]);
    expect(readTree(out)).toEqual(pkg);
    expect(leftovers()).toEqual([]);
  });

  test('commit writes what changed since a file was put, and drops a file the package no longer has', () => {
    const staged = open();
    staged.put('a.ts', 'first draft');
    staged.put('dropped.ts', 'not in the package after all');
    const pkg = files({ 'a.ts': 'formatted' });
    expect(staged.commit(pkg)).toEqual([]);
    expect(readTree(out)).toEqual(pkg);
  });

  test('discard leaves no trace, and a put after it (a build that finished late) writes nothing', () => {
    const staged = open();
    staged.put('src/a.ts', 'x');
    staged.discard();
    staged.put('dist/a.js', 'late');
    expect(fs.readdirSync(root)).toEqual([]);
  });

  test('an unsafe path put early fails the commit, and the previous package stays', () => {
    const previous = files({ 'a.ts': 'previous' });
    writeOutput(out, previous, 'pkg');
    const staged = open();
    staged.put('../escape.ts', 'evil');
    expect(staged.commit(files({ 'a.ts': 'next' }))).toEqual([expect.objectContaining({ code: 'unsafe-output-path', severity: 'error' })]);
    expect(readTree(out)).toEqual(previous);
    expect(leftovers()).toEqual([]);
    expect(fs.existsSync(path.join(root, 'escape.ts'))).toBe(false);
  });

  test('a folder that is not ours is refused when staging opens, before anything is written', () => {
    writeTree(out, { 'notes.txt': 'mine' });
    expect(StagedOutput.open(out, 'pkg')).toEqual([expect.objectContaining({ code: 'out-not-generated', severity: 'error' })]);
    expect(leftovers()).toEqual([]);
  });
});

describe('deliverFile: a file written by another thread into a package being staged', () => {
  test('writes the file, folders included, and a delivery the staged package then commits is kept as written', () => {
    const staged = StagedOutput.open(out, 'pkg');
    if (!(staged instanceof StagedOutput)) throw new Error('could not open');
    const folders = new Set<string>();
    expect(deliverFile(staged.delivery(), 'src/deep/a.ts', 'delivered', folders)).toBeUndefined();
    // The folder made is remembered; a second file in it is written all the same.
    expect([...folders]).toEqual([path.join(staged.delivery().folder, 'src', 'deep')]);
    expect(deliverFile(staged.delivery(), 'src/deep/c.ts', 'also', folders)).toBeUndefined();
    expect(staged.commit(files({ 'src/b.ts': 'put' }))).toEqual([]);
    expect(readTree(out)).toEqual(new Map([...files({ 'src/b.ts': 'put' }), ['src/deep/a.ts', 'delivered'], ['src/deep/c.ts', 'also']]));
  });

  test('a path that would leave the folder, or a folder that cannot be made, is a diagnostic naming the package, not a throw', () => {
    fs.writeFileSync(path.join(root, 'file'), 'not a folder');
    const target = { folder: path.join(root, 'file'), display: 'pkg' };
    expect(deliverFile(target, '../escape.ts', 'x', new Set())).toEqual(expect.objectContaining({ code: 'unsafe-output-path', file: 'pkg' }));
    expect(deliverFile(target, 'src/a.ts', 'x', new Set())).toEqual(expect.objectContaining({ code: 'write-failed', file: 'pkg' }));
    expect(fs.existsSync(path.join(root, 'escape.ts'))).toBe(false);
  });
});

describe('isSafeRelativePath', () => {
  test.each([
    ['a.ts', true],
    ['src/runtime/index.ts', true],
    ['.codegen-manifest', true],
    ['..a/b', true],
    ['', false],
    ['/abs', false],
    ['../a', false],
    ['a/..', false],
    ['a/./b', false],
    ['a//b', false],
    ['a/', false],
    ['a\\b', false],
    ['a\0b', false],
  ])('%j → %s', (file, safe) => {
    expect(isSafeRelativePath(file)).toBe(safe);
  });
});

describe('diffOutput', () => {
  test('an identical folder has no differences (node_modules ignored)', () => {
    const pkg = files({ 'a.ts': '1', 'src/b.ts': '2' });
    writeOutput(out, pkg, 'pkg');
    writeTree(out, { 'node_modules/x/index.js': '' });
    expect(diffOutput(out, pkg)).toEqual([]);
  });

  test('lists changed, missing and stale files (generated before, as the manifest on disk says), sorted; a user\'s own files are not stale', () => {
    writeOutput(out, files({ 'a.ts': '1', 'b.ts': '2', 'old/c.ts': '3' }), 'pkg');
    writeTree(out, { 'a.ts': 'edited by hand', 'extra.txt': 'mine', 'old/mine.ts': 'mine too' });
    const wanted = files({ 'a.ts': '1', 'b.ts': '2', 'new.ts': '4' });
    expect(diffOutput(out, wanted)).toEqual(['changed: .codegen-manifest', 'changed: a.ts', 'missing: new.ts', 'stale: old/c.ts']);
  });

  test('a folder that does not exist misses every file, and is not created', () => {
    expect(diffOutput(out, new Map([['a.ts', '1']]))).toEqual(['missing: a.ts']);
    expect(fs.existsSync(out)).toBe(false);
  });
});
