/**
 * The API-diff stage: when a package is regenerated over an earlier one, what the regeneration
 * changed for consumers (compare-api.ts), the version it earns (semver.ts) when the config asks
 * for `"auto"`, and the CHANGELOG.md entry that records both. The rules are in docs/API-DIFF.md.
 */
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { CHANGELOG, newestEntry, prependEntry, type ChangelogEntry } from './changelog.js';
import { compareApis, type DeclaredApi } from './compare-api.js';
import type { ManifestOrigin } from '../write/manifest.js';
import { declaredApiOf, readPreviousPackage } from './previous.js';
import { AUTO_VERSION, bumpVersion, FIRST_AUTO_VERSION, isMajorBump, type Classification } from './semver.js';

export interface ReleaseInput {
  /** The package folder, and as the user named it. */
  readonly outDir: string;
  readonly display: string;
  readonly name: string;
  /** The version the files were made with, and the one the config asked for (`auto`, a version, or none). */
  readonly version: string;
  readonly requested: string | undefined;
  /** The new package's files, less its manifest. */
  readonly files: ReadonlyMap<string, string>;
  /**
   * For a large package, the spec size above which packages are large: its declarations are not all
   * in `files` (see parallel/strategy.ts), and it is not compared.
   */
  readonly largeAbove?: number;
  readonly check: boolean;
  /** What the package is a client of, as its manifest records it. */
  readonly origin: ManifestOrigin;
  /** The entry's date, YYYY-MM-DD. */
  readonly date: string;
  /** The comparison of this package with the one on disk, when an earlier run made it (see runPipeline). */
  readonly compared?: ChangelogEntry;
}

export interface Release {
  /** `files` with CHANGELOG.md, when the package has one. */
  readonly files: Map<string, string>;
  /**
   * The version the package should have: when it is not the one it was made with, it is to be made again with this one.
   */
  readonly version: string;
  /** The entry this regeneration adds (none when the package is new or unchanged). */
  readonly entry?: ChangelogEntry;
  readonly diagnostics: Diagnostic[];
}

/** The version to make a package with, before it is made: with `auto`, the version it has now. */
export function versionToMake(outDir: string, requested: string | undefined): string | undefined {
  if (requested !== AUTO_VERSION) return requested;
  return readPreviousPackage(outDir)?.version ?? FIRST_AUTO_VERSION;
}

/** Compares the new package with the one on disk; see the module comment. */
export function release(input: ReleaseInput): Release {
  const files = new Map(input.files);
  const previous = readPreviousPackage(input.outDir, input.origin);
  // A first generation has nothing to compare with: its CHANGELOG starts with the first change.
  if (!previous) return { files, version: input.version, diagnostics: [] };
  // The CHANGELOG stays as it is unless a compared regeneration adds an entry below.
  if (previous.changelog !== undefined) files.set(CHANGELOG, previous.changelog);
  if (input.largeAbove !== undefined) return notCompared(input, files, input.largeAbove);
  if (previous.holds(files)) {
    const newest = previous.changelog === undefined ? undefined : newestEntry(previous.changelog);
    const unbumped = newest?.breaking && newest.previous !== undefined && !isMajorBump(newest.previous, newest.version);
    const diagnostics =
      unbumped && input.check ? [breakingWithoutMajor(input, newest.previous!, newest.version, 'error')] : [];
    return { files, version: input.version, diagnostics };
  }
  const before = previous.version ?? input.version;
  const entry = input.compared ?? compared(before, input, previous.api());
  const version = input.requested === AUTO_VERSION ? bumpVersion(before, entry.classification) : input.version;
  const diagnostics: Diagnostic[] = [];
  if (entry.classification === 'breaking' && !isMajorBump(before, version)) {
    diagnostics.push(breakingWithoutMajor(input, before, version, input.check ? 'error' : 'warning'));
  }
  const final = { ...entry, version };
  // --check lists what is out of date; the entry a regeneration would add to the CHANGELOG follows from that.
  if (!input.check) files.set(CHANGELOG, prependEntry(previous.changelog, input.name, final, input.date));
  return { files, version, entry: final, diagnostics };
}

function compared(before: string, input: ReleaseInput, old: DeclaredApi): ChangelogEntry {
  const changes = compareApis(old, declaredApiOf(input.files));
  const classification: Classification = changes.some((c) => c.kind === 'breaking')
    ? 'breaking'
    : changes.length > 0
      ? 'additive'
      : 'none';
  return { version: input.version, previous: before, classification, changes };
}

/**
 * A large package is not compared (its files are not all on this thread, and whether they changed is
 * not known before they are swapped in): the version and the CHANGELOG stay, and a warning says so.
 */
function notCompared(input: ReleaseInput, files: Map<string, string>, largeAbove: number): Release {
  const line = `${Math.round(largeAbove / 1024 / 1024)} MB`;
  const message = `public API not compared with the previous package: the spec is above ${line}, where the comparison is skipped; the version stays ${input.version} and CHANGELOG.md gets no entry`;
  return {
    files,
    version: input.version,
    diagnostics: [warning('api-not-compared', message, { file: input.display })],
  };
}

function breakingWithoutMajor(
  input: ReleaseInput,
  from: string,
  to: string,
  severity: 'error' | 'warning',
): Diagnostic {
  const make = severity === 'error' ? error : warning;
  const next = bumpVersion(from, 'breaking');
  return make(
    'api-breaking-without-major',
    `breaking changes to the public API were generated without a major version (${from} → ${to}); set the version to ${next} or "${AUTO_VERSION}" (see CHANGELOG.md)`,
    { file: input.display },
  );
}

/** Today as a changelog dates it (UTC), or the day of SOURCE_DATE_EPOCH when set (reproducible builds). */
export function releaseDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const day = env.SOURCE_DATE_EPOCH !== undefined && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  return day.toISOString().slice(0, 10);
}
