/** write/: the only stage that touches the disk. Every test works in its own folder under os.tmpdir(). */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { acquireLock } from '../../generator/write/lock.js';
import {
  deliverFile,
  diffOutput,
  isSafeRelativePath,
  MANIFEST,
  StagedOutput,
  withManifest,
  writeOutput,
} from '../../generator/write/output.js';
import { makeTempDir, readTree, removeTempDir, writeTree } from '../helpers/temp.js';

let root: string;
let out: string;
beforeEach(() => {
  root = makeTempDir('write');
  out = path.join(root, 'pkg');
});
afterEach(() => removeTempDir(root));

const ORIGIN = { spec: 'api.yaml', title: 'API', package: 'api' };
const files = (entries: Record<string, string>, origin = ORIGIN) =>
  withManifest(new Map(Object.entries(entries)), [], origin);
/** What the parent folder holds besides the package: temporary folders must never be left behind. */
const leftovers = () => fs.readdirSync(root).filter((e) => e !== 'pkg');

describe('withManifest', () => {
  test('records the origin and lists every file, those another thread delivered too, sorted', () => {
    const all = withManifest(
      new Map([
        ['src/b.ts', ''],
        ['README.md', ''],
      ]),
      ['dist/a.js', 'src/a.ts'],
      ORIGIN,
    );
    expect([...all.keys()].sort()).toEqual([MANIFEST, 'README.md', 'src/b.ts']);
    const manifest = JSON.parse(all.get(MANIFEST)!);
    expect(manifest).toMatchObject({
      spec: 'api.yaml',
      title: 'API',
      package: 'api',
      files: ['README.md', 'dist/a.js', 'src/a.ts', 'src/b.ts'],
    });
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
    expect(problems).toEqual([
      expect.objectContaining({ code: 'out-not-generated', severity: 'error', file: 'some/pkg' }),
    ]);
    expect(readTree(out)).toEqual(
      new Map([
        ['notes.txt', 'mine'],
        ['src/keep.ts', 'also mine'],
      ]),
    );
    expect(leftovers()).toEqual([]);
  });

  test('refuses an output path that is a file', () => {
    fs.writeFileSync(out, 'a file');
    expect(writeOutput(out, files({ 'a.ts': 'x' }), 'pkg')).toEqual([
      expect.objectContaining({ code: 'out-not-folder', severity: 'error' }),
    ]);
    expect(fs.readFileSync(out, 'utf8')).toBe('a file');
  });

  test.each([
    '../escape.ts',
    '/etc/passwd',
    'a/../../b.ts',
    'a/./b.ts',
    './a.ts',
    'a//b.ts',
    'a\\b.ts',
    '',
    'nul\0.ts',
    '..',
  ])('refuses the unsafe path %j and writes nothing', (bad) => {
    const problems = writeOutput(
      out,
      new Map([
        ['good.ts', 'x'],
        [bad, 'evil'],
      ]),
      'pkg',
    );
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
    expect(staged.commit(files({ 'a.ts': 'next' }))).toEqual([
      expect.objectContaining({ code: 'unsafe-output-path', severity: 'error' }),
    ]);
    expect(readTree(out)).toEqual(previous);
    expect(leftovers()).toEqual([]);
    expect(fs.existsSync(path.join(root, 'escape.ts'))).toBe(false);
  });

  test('a folder that is not ours is refused when staging opens, before anything is written', () => {
    writeTree(out, { 'notes.txt': 'mine' });
    expect(StagedOutput.open(out, 'pkg')).toEqual([
      expect.objectContaining({ code: 'out-not-generated', severity: 'error' }),
    ]);
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
    expect(readTree(out)).toEqual(
      new Map([...files({ 'src/b.ts': 'put' }), ['src/deep/a.ts', 'delivered'], ['src/deep/c.ts', 'also']]),
    );
  });

  test('a path that would leave the folder, or a folder that cannot be made, is a diagnostic naming the package, not a throw', () => {
    fs.writeFileSync(path.join(root, 'file'), 'not a folder');
    const target = { folder: path.join(root, 'file'), display: 'pkg' };
    expect(deliverFile(target, '../escape.ts', 'x', new Set())).toEqual(
      expect.objectContaining({ code: 'unsafe-output-path', file: 'pkg' }),
    );
    expect(deliverFile(target, 'src/a.ts', 'x', new Set())).toEqual(
      expect.objectContaining({ code: 'write-failed', file: 'pkg' }),
    );
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

  test("lists changed, missing and stale files (generated before, as the manifest on disk says), sorted; a user's own files are not stale", () => {
    writeOutput(out, files({ 'a.ts': '1', 'b.ts': '2', 'old/c.ts': '3' }), 'pkg');
    writeTree(out, { 'a.ts': 'edited by hand', 'extra.txt': 'mine', 'old/mine.ts': 'mine too' });
    const wanted = files({ 'a.ts': '1', 'b.ts': '2', 'new.ts': '4' });
    expect(diffOutput(out, wanted)).toEqual([
      'changed: .codegen-manifest',
      'changed: a.ts',
      'missing: new.ts',
      'stale: old/c.ts',
    ]);
  });

  test('a folder that does not exist misses every file, and is not created', () => {
    expect(diffOutput(out, new Map([['a.ts', '1']]))).toEqual(['missing: a.ts']);
    expect(fs.existsSync(out)).toBe(false);
  });
});

/** A pid no process has now: that of a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('ownership (issue #15): a run replaces only what its manifest lists', () => {
  const users = {
    LICENSE: 'MIT, mine\n',
    '.github/workflows/publish.yml': 'on: push\n',
    'src/custom.ts': 'export const mine = 1;\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
    'pkg-1.0.0.tgz': 'a tarball',
    'node_modules/dep/index.js': 'module.exports = 1;\n',
  };

  test("a user's files, folders, .git and tarball survive byte for byte; files no longer generated go; the kept ones are noted once", () => {
    writeOutput(out, files({ 'src/a.ts': 'old', 'src/gone.ts': 'stale' }), 'pkg');
    writeTree(out, users);
    const next = files({ 'src/a.ts': 'new', 'src/b.ts': 'added' });
    const problems = writeOutput(out, next, 'pkg');
    expect(problems).toEqual([
      {
        code: 'out-kept',
        severity: 'note',
        file: 'pkg',
        message: 'kept what this generator did not write: .git/, .github/, LICENSE, pkg-1.0.0.tgz, src/custom.ts',
      },
    ]);
    expect(readTree(out)).toEqual(new Map([...next, ...Object.entries(users)]));
    expect(diffOutput(out, next)).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  test("a user's file where the package now puts one (or a folder) is refused, and nothing changes", () => {
    writeOutput(out, files({ 'src/a.ts': 'old' }), 'pkg');
    writeTree(out, { 'src/b.ts': 'mine', docs: 'a file of mine' });
    const before = readTree(out);
    const problems = writeOutput(
      out,
      files({ 'src/a.ts': 'new', 'src/b.ts': 'generated', 'docs/x.md': 'generated' }),
      'pkg',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'out-not-generated',
        severity: 'error',
        message: expect.stringMatching(
          /^docs, src\/b\.ts are not generated but stand where the package now puts its own/,
        ),
      }),
    ]);
    expect(readTree(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  test.each([
    ['retitled', { spec: 'api.yaml', title: 'API, retitled', package: 'api' }],
    ['moved to another file', { spec: 'api-v2.yaml', title: 'API', package: 'api' }],
  ])('the same package from a spec that was %s replaces it without --force', (_what, origin) => {
    writeOutput(out, files({ 'a.ts': 'old' }), 'pkg');
    expect(writeOutput(out, files({ 'b.ts': 'new' }, origin), 'pkg').filter((d) => d.severity !== 'note')).toEqual([]);
    expect(readTree(out)).toEqual(files({ 'b.ts': 'new' }, origin));
  });

  test.each([
    ['another API', { spec: 'petstore.yaml', title: 'Petstore', package: 'api' }],
    ['another package name', { spec: 'api.yaml', title: 'API', package: 'other' }],
  ])('a folder holding the package of %s is refused; --force replaces it and keeps the rest', (_what, origin) => {
    writeOutput(out, files({ 'a.ts': 'old' }), 'pkg');
    writeTree(out, { LICENSE: 'mine' });
    const before = readTree(out);
    const refused = writeOutput(out, files({ 'b.ts': 'new' }, origin), 'pkg');
    expect(refused).toEqual([
      expect.objectContaining({
        code: 'out-other-package',
        severity: 'error',
        message: expect.stringContaining('pass --force'),
      }),
    ]);
    expect(refused[0]!.message).toContain(
      `"API" (api.yaml) as package api, and this run generates "${origin.title}" (${origin.spec}) as package ${origin.package}`,
    );
    expect(readTree(out)).toEqual(before);
    expect(
      writeOutput(out, files({ 'b.ts': 'new' }, origin), 'pkg', { force: true }).filter((d) => d.severity !== 'note'),
    ).toEqual([]);
    expect(readTree(out)).toEqual(new Map([...files({ 'b.ts': 'new' }, origin), ['LICENSE', 'mine']]));
  });

  test('the same API under a spec file of another name is the same package', () => {
    writeOutput(out, files({ 'a.ts': 'old' }), 'pkg');
    expect(writeOutput(out, files({ 'a.ts': 'new' }, { ...ORIGIN, spec: 'api-2.yaml' }), 'pkg')).toEqual([]);
  });

  test("a manifest in the line format of earlier versions: the files it lists are the generator's, the rest the user's", () => {
    writeTree(out, {
      [MANIFEST]:
        '# Files written by graph-intune-codegen; the folder is replaced whole on each run.\nold.ts\nsrc/a.ts\n',
      'old.ts': 'x',
      'src/a.ts': 'x',
      'src/mine.ts': 'mine',
    });
    expect(writeOutput(out, files({ 'src/a.ts': 'new' }), 'pkg')).toEqual([
      expect.objectContaining({ code: 'out-kept', message: expect.stringContaining('src/mine.ts') }),
    ]);
    expect(readTree(out)).toEqual(new Map([...files({ 'src/a.ts': 'new' }), ['src/mine.ts', 'mine']]));
  });

  test('a manifest that lists paths outside the folder (edited, or hostile) never makes a run touch them', () => {
    writeTree(root, { 'outside.txt': 'mine', 'pkg/a.ts': 'x' });
    const listing = ['a.ts', '../outside.txt', path.join(root, 'outside.txt'), 'src/../../outside.txt'];
    writeTree(out, { [MANIFEST]: JSON.stringify({ ...ORIGIN, files: listing }) });
    expect(writeOutput(out, files({ 'b.ts': 'y' }), 'pkg')).toEqual([]);
    expect(diffOutput(out, files({ 'b.ts': 'y' }))).toEqual([]);
    expect(fs.readFileSync(path.join(root, 'outside.txt'), 'utf8')).toBe('mine');
    expect(readTree(out)).toEqual(files({ 'b.ts': 'y' }));
    // The line format of earlier versions too.
    fs.writeFileSync(path.join(out, MANIFEST), `# x\n../outside.txt\n${MANIFEST}\nb.ts\n`);
    expect(writeOutput(out, files({ 'c.ts': 'z' }), 'pkg')).toEqual([]);
    expect(fs.readFileSync(path.join(root, 'outside.txt'), 'utf8')).toBe('mine');
  });

  test('a manifest that cannot be read is refused (which files are generated is unknown), and nothing changes', () => {
    writeTree(out, { [MANIFEST]: '{ "files": [', 'a.ts': 'x' });
    expect(writeOutput(out, files({ 'a.ts': 'y' }), 'pkg')).toEqual([
      expect.objectContaining({ code: 'out-manifest-unreadable', severity: 'error' }),
    ]);
    expect(readTree(out)).toEqual(
      new Map([
        [MANIFEST, '{ "files": ['],
        ['a.ts', 'x'],
      ]),
    );
  });

  test('--force writes into a folder without a manifest, keeping every file in it', () => {
    writeTree(out, { 'notes.txt': 'mine', '.git/HEAD': 'ref' });
    expect(writeOutput(out, files({ 'a.ts': 'x' }), 'pkg', { force: true })).toEqual([
      expect.objectContaining({ code: 'out-kept', message: expect.stringContaining('.git/, notes.txt') }),
    ]);
    expect(readTree(out)).toEqual(new Map([...files({ 'a.ts': 'x' }), ['notes.txt', 'mine'], ['.git/HEAD', 'ref']]));
  });
});

describe('modes, links and leftovers', () => {
  test('a new package gets the modes the umask gives (not the 0700 of a temporary folder); a folder that existed keeps its own', () => {
    const mask = process.umask();
    expect(writeOutput(out, files({ 'src/a.ts': 'x' }), 'pkg')).toEqual([]);
    const mode = (p: string) => fs.statSync(path.join(out, p)).mode & 0o777;
    expect([mode('.'), mode('src'), mode('src/a.ts')]).toEqual([0o777 & ~mask, 0o777 & ~mask, 0o666 & ~mask]);
    fs.chmodSync(out, 0o750);
    expect(writeOutput(out, files({ 'src/a.ts': 'y' }), 'pkg')).toEqual([]);
    expect(mode('.')).toBe(0o750);
  });

  test('a symbolic link as the output folder is written through: the link stays, its target is updated', () => {
    const target = path.join(root, 'real');
    writeOutput(target, files({ 'a.ts': 'old' }), 'real');
    fs.symlinkSync(target, out);
    expect(writeOutput(out, files({ 'a.ts': 'new' }), 'pkg')).toEqual([]);
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readTree(target)).toEqual(files({ 'a.ts': 'new' }));
    expect(fs.readdirSync(root).sort()).toEqual(['pkg', 'real']);
  });

  test('a symbolic link to nothing is refused, not replaced by a folder', () => {
    fs.symlinkSync(path.join(root, 'nowhere'), out);
    expect(writeOutput(out, files({ 'a.ts': 'x' }), 'pkg')).toEqual([
      expect.objectContaining({
        code: 'out-broken-link',
        severity: 'error',
        message: expect.stringContaining('nowhere, which does not exist'),
      }),
    ]);
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(root, 'nowhere'))).toBe(false);
  });

  test("staging folders of runs that are gone, and earlier versions' leftovers, are removed; a live run's and a user's are not", () => {
    writeOutput(out, files({ 'a.ts': 'x' }), 'pkg');
    const live = `.pkg.tmp-${process.ppid}-0123abcd`;
    const dead = `.pkg.tmp-${deadPid()}-89abcdef`;
    writeTree(root, {
      [`${dead}/src/a.ts`]: 'killed mid-write',
      [`${dead}-old/${MANIFEST}`]: 'a.ts\n',
      [`${dead}-old/a.ts`]: 'old',
      '.pkg.tmp-AbC123/src/a.ts': 'made by mkdtemp in an earlier version',
      [`${live}/src/a.ts`]: 'being written',
      '.pkg.tmp-notes/mine.txt': 'not ours',
    });
    expect(writeOutput(out, files({ 'a.ts': 'y' }), 'pkg')).toEqual([]);
    expect(leftovers().sort()).toEqual(['.pkg.tmp-notes', live].sort());
  });

  test('an earlier version killed between its two renames: the package it left aside is put back first, then replaced', () => {
    writeTree(root, {
      [`.pkg.tmp-AbC123-old/${MANIFEST}`]: '# x\na.ts\n',
      '.pkg.tmp-AbC123-old/a.ts': 'old',
      '.pkg.tmp-AbC123-old/LICENSE': 'mine',
    });
    expect(writeOutput(out, files({ 'a.ts': 'new' }), 'pkg')).toEqual([expect.objectContaining({ code: 'out-kept' })]);
    expect(readTree(out)).toEqual(new Map([...files({ 'a.ts': 'new' }), ['LICENSE', 'mine']]));
    expect(leftovers()).toEqual([]);
  });
});

describe('a swap killed half-way is finished by the next run', () => {
  const killedAt = (phase: 'carrying' | 'between the renames') => {
    writeOutput(out, files({ 'a.ts': 'old' }), 'pkg');
    writeTree(out, { LICENSE: 'mine', 'src/custom.ts': 'mine too' });
    // What the swap had done when it was killed: the journal, a complete staging folder, some entries carried.
    const staging = `.pkg.tmp-${deadPid()}-0badf00d`;
    writeTree(path.join(root, staging), files({ 'a.ts': 'new' }));
    fs.writeFileSync(
      path.join(root, '.pkg.swap'),
      JSON.stringify({ staging, old: `${staging}-old`, carry: ['LICENSE', 'src'] }),
    );
    fs.renameSync(path.join(out, 'src'), path.join(root, staging, 'src'));
    if (phase === 'between the renames') {
      fs.renameSync(path.join(out, 'LICENSE'), path.join(root, staging, 'LICENSE'));
      fs.renameSync(out, path.join(root, `${staging}-old`));
    }
  };

  test("killed while carrying the user's entries: they go back, and the run writes its package", () => {
    killedAt('carrying');
    expect(writeOutput(out, files({ 'a.ts': 'newer' }), 'pkg').filter((d) => d.severity !== 'note')).toEqual([]);
    expect(readTree(out)).toEqual(
      new Map([...files({ 'a.ts': 'newer' }), ['LICENSE', 'mine'], ['src/custom.ts', 'mine too']]),
    );
    expect(leftovers()).toEqual([]);
  });

  test('killed between the renames (no package folder): the staged package is put in place', () => {
    killedAt('between the renames');
    expect(fs.existsSync(out)).toBe(false);
    expect(writeOutput(out, files({ 'a.ts': 'newer' }), 'pkg').filter((d) => d.severity !== 'note')).toEqual([]);
    expect(readTree(out)).toEqual(
      new Map([...files({ 'a.ts': 'newer' }), ['LICENSE', 'mine'], ['src/custom.ts', 'mine too']]),
    );
    expect(leftovers()).toEqual([]);
  });
});

describe('the lock', () => {
  test('a lock left by a process that is gone is taken over, and released after the write', () => {
    fs.writeFileSync(path.join(root, '.pkg.lock'), `${deadPid()}\n`);
    expect(writeOutput(out, files({ 'a.ts': 'x' }), 'pkg')).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  test('a lock held by a live process is waited for, and named when the wait is over', () => {
    const lock = path.join(root, '.pkg.lock');
    fs.writeFileSync(lock, `${process.ppid}\n`);
    const started = Date.now();
    expect(acquireLock(lock, 300)).toEqual({ heldBy: process.ppid });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    fs.rmSync(lock);
    const release = acquireLock(lock, 300);
    expect(fs.readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    if (typeof release === 'function') release();
    expect(fs.existsSync(lock)).toBe(false);
  });
});
