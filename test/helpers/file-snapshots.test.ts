/** The file-snapshot helper: a helper that always passed would make every snapshot test worthless. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  compareFileSnapshots,
  lineDiff,
  snapshotCases,
  snapshotModeFromEnv,
  type SnapshotMode,
} from './file-snapshots.js';
import { makeTempDir, readTree, removeTempDir, writeTree } from './temp.js';

const LOCAL: SnapshotMode = { update: false, ci: false };
const CI: SnapshotMode = { update: false, ci: true };
const UPDATE: SnapshotMode = { update: true, ci: false };

let root: string;
beforeEach(() => {
  root = makeTempDir('snapshots');
});
afterEach(() => removeTempDir(root));

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

test('matching files pass and nothing is written', () => {
  writeTree(root, { 'case/a.ts.snapshot': 'A\n', 'case/dir/b.json.snapshot': '{}\n' });
  expect(compareFileSnapshots('case', files({ 'a.ts': 'A\n', 'dir/b.json': '{}\n' }), LOCAL, root)).toEqual({
    failures: [],
    written: [],
    deleted: [],
  });
});

test('a changed file fails with a diff of the change, and the snapshot is kept', () => {
  writeTree(root, { 'case/a.ts.snapshot': 'one\ntwo\nthree\n' });
  const report = compareFileSnapshots('case', files({ 'a.ts': 'one\nTWO\nthree\n' }), LOCAL, root);
  expect(report.failures).toHaveLength(1);
  expect(report.failures[0]).toContain('differs from the generated a.ts');
  expect(report.failures[0]).toContain('- two\n+ TWO');
  expect(fs.readFileSync(path.join(root, 'case/a.ts.snapshot'), 'utf8')).toBe('one\ntwo\nthree\n');
});

test('a stale snapshot (no such generated file) fails', () => {
  writeTree(root, { 'case/a.ts.snapshot': 'A', 'case/old.ts.snapshot': 'old', 'case/stray.txt': 'x' });
  const report = compareFileSnapshots('case', files({ 'a.ts': 'A' }), LOCAL, root);
  expect(report.failures.map((f) => f.split(':')[0])).toEqual([
    expect.stringContaining('stale snapshot'),
    expect.stringContaining('stale snapshot'),
  ]);
  expect(report.failures.join('\n')).toContain('no generated file old.ts');
});

test('outside CI a missing snapshot is written and passes; under CI it fails and nothing is written', () => {
  expect(compareFileSnapshots('ci', files({ 'x/new.ts': 'N' }), CI, root)).toMatchObject({
    written: [],
    failures: [expect.stringContaining('missing snapshot')],
  });
  expect(fs.existsSync(path.join(root, 'ci'))).toBe(false);
  expect(compareFileSnapshots('local', files({ 'x/new.ts': 'N' }), LOCAL, root)).toEqual({
    failures: [],
    written: ['x/new.ts.snapshot'],
    deleted: [],
  });
  expect(readTree(path.join(root, 'local'))).toEqual(new Map([['x/new.ts.snapshot', 'N']]));
});

test('UPDATE_SNAPSHOTS rewrites changed files, writes missing ones and deletes stale ones (and emptied folders)', () => {
  writeTree(root, { 'case/a.ts.snapshot': 'old', 'case/gone/b.ts.snapshot': 'b' });
  const report = compareFileSnapshots('case', files({ 'a.ts': 'new', 'c.ts': 'c' }), UPDATE, root);
  expect(report).toEqual({
    failures: [],
    written: ['a.ts.snapshot', 'c.ts.snapshot'],
    deleted: ['gone/b.ts.snapshot'],
  });
  expect(readTree(path.join(root, 'case'))).toEqual(
    new Map([
      ['a.ts.snapshot', 'new'],
      ['c.ts.snapshot', 'c'],
    ]),
  );
  expect(fs.existsSync(path.join(root, 'case', 'gone'))).toBe(false);
});

test('under CI even UPDATE_SNAPSHOTS writes nothing', () => {
  writeTree(root, { 'case/a.ts.snapshot': 'old' });
  const report = compareFileSnapshots('case', files({ 'a.ts': 'new' }), { update: true, ci: true }, root);
  expect(report.failures).toHaveLength(1);
  expect(fs.readFileSync(path.join(root, 'case/a.ts.snapshot'), 'utf8')).toBe('old');
});

test.each([
  [{}, { update: false, ci: false }],
  [{ UPDATE_SNAPSHOTS: '1' }, { update: true, ci: false }],
  [
    { UPDATE_SNAPSHOTS: '0', CI: 'true' },
    { update: false, ci: true },
  ],
  [{ CI: 'false' }, { update: false, ci: false }],
])('mode from the environment %j', (env, mode) => {
  expect(snapshotModeFromEnv(env as NodeJS.ProcessEnv)).toEqual(mode);
});

test('snapshotCases lists case folders only', () => {
  writeTree(root, { 'b/x.snapshot': '', 'a/y.snapshot': '', 'loose.txt': '' });
  expect(snapshotCases(root)).toEqual(['a', 'b']);
});

describe('lineDiff', () => {
  test('shows only the changed region with three lines of context', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.replace('line 10', 'line ten');
    expect(lineDiff(before, after)).toBe(
      [
        '@@ line 7 @@',
        '  line 7',
        '  line 8',
        '  line 9',
        '- line 10',
        '+ line ten',
        '  line 11',
        '  line 12',
        '  line 13',
      ].join('\n'),
    );
  });

  test('insertions and deletions are aligned, not shown as one big replacement', () => {
    expect(lineDiff('a\nb\nc\nd', 'a\nc\nd\ne')).toBe(['@@ line 1 @@', '  a', '- b', '  c', '  d', '+ e'].join('\n'));
  });

  test('a missing final newline is said in words', () => {
    expect(lineDiff('a\n', 'a')).toContain('(the generated file lacks the final newline)');
  });

  test('a long diff is cut', () => {
    const many = (prefix: string) => Array.from({ length: 200 }, (_, i) => `${prefix}${i}`).join('\n');
    const diff = lineDiff(many('x'), many('y'));
    expect(diff.split('\n').length).toBeLessThanOrEqual(81);
    expect(diff).toMatch(/… \d+ more diff lines$/);
  });
});
