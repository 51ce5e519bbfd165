/** The version rules: what each classification bumps, and what counts as a major bump (npm's caret range). */
import { newestEntry, prependEntry } from '../../generator/apidiff/changelog.js';
import { bumpVersion, isMajorBump, versionSettingProblem } from '../../generator/apidiff/semver.js';

test.each([
  // from 1.0 on: major, minor, patch
  ['1.4.2', 'breaking', '2.0.0'],
  ['1.4.2', 'additive', '1.5.0'],
  ['1.4.2', 'none', '1.4.3'],
  // 0.y.z: ^0.4.2 allows 0.4.x only, so breaking bumps the minor, the rest the patch
  ['0.4.2', 'breaking', '0.5.0'],
  ['0.4.2', 'additive', '0.4.3'],
  ['0.4.2', 'none', '0.4.3'],
  // 0.0.z: ^0.0.3 allows 0.0.3 only, so every change is a new patch
  ['0.0.3', 'breaking', '0.0.4'],
  ['0.0.3', 'additive', '0.0.4'],
  // a pre-release counts up its last number, or starts one
  ['2.0.0-beta.1', 'breaking', '2.0.0-beta.2'],
  ['2.0.0-rc', 'additive', '2.0.0-rc.1'],
] as const)('%s with a %s change becomes %s', (from, change, to) => {
  expect(bumpVersion(from, change)).toBe(to);
});

test.each([
  ['1.4.2', '2.0.0', true],
  ['1.4.2', '1.9.0', false],
  ['0.4.2', '0.5.0', true],
  ['0.4.2', '0.4.9', false],
  ['0.4.2', '1.0.0', true],
  ['0.0.3', '0.0.4', true],
  ['0.1.0', '0.1.0', false],
] as const)('%s → %s is a major bump: %s', (from, to, major) => {
  expect(isMajorBump(from, to)).toBe(major);
  // Whatever the rules, the bump a breaking change earns is a major one.
  expect(isMajorBump(from, bumpVersion(from, 'breaking'))).toBe(true);
});

test('the config takes a semantic version or "auto", nothing else', () => {
  expect(versionSettingProblem('auto')).toBeUndefined();
  expect(versionSettingProblem('1.2.3')).toBeUndefined();
  expect(versionSettingProblem('latest')).toMatch(/semantic version .* or "auto"/);
});

test('a changelog entry reads back: its version, the one it was compared with, and whether it broke anything', () => {
  const breaking = { kind: 'breaking' as const, exportName: 'Thing', message: 'removed' };
  const first = prependEntry(
    undefined,
    'things',
    {
      version: '0.1.1',
      previous: '0.1.0',
      classification: 'additive',
      changes: [{ ...breaking, kind: 'additive', message: 'added' }],
    },
    '2026-01-01',
  );
  expect(newestEntry(first)).toEqual({ version: '0.1.1', previous: '0.1.0', breaking: false });
  const second = prependEntry(
    first,
    'things',
    { version: '0.1.2', previous: '0.1.1', classification: 'breaking', changes: [breaking] },
    '2026-01-02',
  );
  expect(newestEntry(second)).toEqual({ version: '0.1.2', previous: '0.1.1', breaking: true });
  // The older entry is kept as it was, below the new one.
  expect(second.endsWith(first.slice(first.indexOf('## 0.1.1')))).toBe(true);
  expect(second.indexOf('## 0.1.2')).toBeLessThan(second.indexOf('## 0.1.1'));
});
