/**
 * The version a regeneration earns, by what it changed for consumers. npm's caret range (`^x.y.z`,
 * what `npm install` writes) decides what counts as a major version: the first non-zero of major,
 * minor and patch. So from 1.0.0 on a breaking change bumps the major, an additive one the minor;
 * in 0.y.z (y > 0) a breaking change bumps the minor and the rest the patch; in 0.0.z every change
 * bumps the patch, which caret treats as a major already. A pre-release counts up its last number.
 */
import { semverProblem } from '../identity.js';

/** What a regeneration changed for consumers: `none` when the package changed but not its public API. */
export type Classification = 'breaking' | 'additive' | 'none';

/** The config's `version` that asks for versions by classification. */
export const AUTO_VERSION = 'auto';

/** The first version of a package generated with `"version": "auto"`. */
export const FIRST_AUTO_VERSION = '0.1.0';

interface Parts {
  major: number;
  minor: number;
  patch: number;
  prerelease: string | undefined;
}

function parse(version: string): Parts | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version);
  return m ? { major: +m[1]!, minor: +m[2]!, patch: +m[3]!, prerelease: m[4] } : undefined;
}

/** The version after `previous` for a change of this kind (a version that is not semver is returned as is). */
export function bumpVersion(previous: string, change: Classification): string {
  const v = parse(previous);
  if (!v) return previous;
  if (v.prerelease !== undefined) {
    const ids = v.prerelease.split('.');
    const last = ids.length - 1;
    if (/^\d+$/.test(ids[last]!)) ids[last] = String(Number(ids[last]) + 1);
    else ids.push('1');
    return `${v.major}.${v.minor}.${v.patch}-${ids.join('.')}`;
  }
  if (v.major > 0) {
    if (change === 'breaking') return `${v.major + 1}.0.0`;
    if (change === 'additive') return `${v.major}.${v.minor + 1}.0`;
    return `${v.major}.${v.minor}.${v.patch + 1}`;
  }
  if (v.minor > 0 && change === 'breaking') return `0.${v.minor + 1}.0`;
  return `0.${v.minor}.${v.patch + 1}`;
}

/**
 * True when `next` is outside the caret range of `previous` (`^previous` would not install it),
 * which is what a breaking change needs.
 */
export function isMajorBump(previous: string, next: string): boolean {
  const a = parse(previous);
  const b = parse(next);
  if (!a || !b) return previous !== next;
  if (a.major > 0 || b.major > 0) return b.major > a.major;
  if (a.minor > 0 || b.minor > 0) return b.minor > a.minor;
  return b.patch > a.patch || (b.patch === a.patch && a.prerelease !== b.prerelease && b.prerelease !== undefined);
}

/** Why a configured version is neither a semantic version nor `auto`, or undefined when it is one. */
export function versionSettingProblem(version: string): string | undefined {
  return version === AUTO_VERSION
    ? undefined
    : semverProblem(version) && `${semverProblem(version)}, or "${AUTO_VERSION}"`;
}
