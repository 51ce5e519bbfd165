import * as fs from 'node:fs';
import * as path from 'node:path';
import { error, note, warning, type Diagnostic } from '../diagnostics.js';
import { acquireLock } from './lock.js';
import {
  isSafeRelativePath,
  MANIFEST,
  manifestText,
  originMismatch,
  parseManifest,
  readManifest,
  type ManifestOrigin,
} from './manifest.js';
import { collisions, listEntries, userEntries, type UserEntry } from './ownership.js';
import { Siblings } from './siblings.js';
import { finishInterrupted, removeGenerated, swapIn } from './swap.js';

export { isSafeRelativePath, MANIFEST } from './manifest.js';

/**
 * The files with the manifest added: the origin and every path (`delivered`: files already written into the package's
 * staging folder).
 */
export function withManifest(
  files: ReadonlyMap<string, string>,
  delivered: readonly string[],
  origin: ManifestOrigin,
): Map<string, string> {
  const out = new Map(files);
  out.set(MANIFEST, manifestText(origin, [...files.keys(), ...delivered]));
  return out;
}

/** Where a package's temporary folder is, for a thread that writes files into it (see StagedOutput.delivery). */
export interface DeliveryTarget {
  readonly folder: string;
  /** The output folder as the user named it, for messages. */
  readonly display: string;
}

/**
 * Writes one file into a package's temporary folder (the helper thread writes a large package's
 * files as it prints and builds them); a failure is a diagnostic. `folders` holds the folders
 * made so far by the caller, so that each is made once. The file is `head` followed by `content`.
 */
export function deliverFile(
  target: DeliveryTarget,
  file: string,
  content: string,
  folders: Set<string>,
  head = '',
): Diagnostic | undefined {
  const refused = refusal(file, target.display);
  if (refused) return refused;
  try {
    writeUnder(target.folder, file, content, folders, head);
    return undefined;
  } catch (e) {
    return writeFailed(e, target.display);
  }
}

/**
 * Writes `head` then `content` to `file` below `root`, making its folder first unless `made` holds it already; throws
 * what fs throws. Two writes rather than one of `head + content`, which V8 would first copy into one string.
 */
function writeUnder(root: string, file: string, content: string, made: Set<string>, head = ''): void {
  const target = path.join(root, file);
  const folder = path.dirname(target);
  if (!made.has(folder)) fs.mkdirSync(folder, { recursive: true });
  made.add(folder);
  if (head === '') {
    fs.writeFileSync(target, content);
    return;
  }
  const fd = fs.openSync(target, 'w');
  try {
    fs.writeFileSync(fd, head);
    fs.writeFileSync(fd, content);
  } finally {
    fs.closeSync(fd);
  }
}

/** Why `file` may not be written into a package, if it may not: a path that would leave the folder. */
function refusal(file: string, displayOut: string): Diagnostic | undefined {
  return isSafeRelativePath(file)
    ? undefined
    : error('unsafe-output-path', `refusing to write ${JSON.stringify(file)}: it would leave the output folder`, {
        file: displayOut,
      });
}

function writeFailed(e: unknown, displayOut: string): Diagnostic {
  return error('write-failed', `could not write the package: ${(e as Error).message}`, { file: displayOut });
}

/**
 * Paths that differ between `files` and the folder on disk: changed, missing, or stale (generated
 * by an earlier run, as its manifest says, and no longer). Anything else in the folder is the user's.
 */
export function diffOutput(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const differences: string[] = [];
  for (const [file, content] of files) {
    let onDisk: string | undefined;
    try {
      onDisk = fs.readFileSync(path.join(outDir, file), 'utf8');
    } catch {
      // Missing, or not a file: either way not what would be generated.
    }
    if (onDisk === undefined) differences.push(`missing: ${file}`);
    else if (onDisk !== content) differences.push(`changed: ${file}`);
  }
  const manifest = readManifest(outDir);
  for (const file of manifest && manifest !== 'unreadable' ? manifest.files : []) {
    if (!files.has(file) && fs.lstatSync(path.join(outDir, file), { throwIfNoEntry: false }))
      differences.push(`stale: ${file}`);
  }
  return differences.sort();
}

/** What a run may do to a folder that is there already. */
export interface WriteOptions {
  /** Replace a package generated from another API or under another name, or write into a folder holding no manifest. */
  readonly force?: boolean;
}

/** Writes the package whole (see StagedOutput): the old one is replaced only once the new one is complete. */
export function writeOutput(
  outDir: string,
  files: ReadonlyMap<string, string>,
  displayOut: string,
  options: WriteOptions = {},
): Diagnostic[] {
  const staged = StagedOutput.open(outDir, displayOut, options);
  return staged instanceof StagedOutput ? staged.commit(files) : staged;
}

/**
 * A package on its way to disk. Files go to a staging folder beside the package as soon as they
 * are known (a large package's as they are printed and built, while the rest is still being made);
 * `commit` writes what is missing and only then, holding the folder's lock, swaps it in (see
 * swap.ts). Only files the old package's manifest lists are replaced or removed: everything else in
 * the folder (a LICENSE, `.git`, `node_modules`, a tarball, `src/custom.ts`) moves into the new
 * one as it is. Until the swap, the package folder is untouched, and `discard` leaves no trace.
 */
export class StagedOutput {
  /** What each staged file holds, by path. */
  private readonly staged = new Map<string, string>();
  private readonly folders = new Set<string>();
  private failure: Diagnostic | undefined;
  private closed = false;

  private constructor(
    private readonly siblings: Siblings,
    private readonly temp: string,
    private readonly displayOut: string,
    private readonly options: WriteOptions,
  ) {}

  /** Checks that the output folder may be written (`out-…` errors) and makes the staging folder beside it. */
  static open(outDir: string, displayOut: string, options: WriteOptions = {}): StagedOutput | Diagnostic[] {
    const target = resolveOut(outDir, displayOut);
    if (typeof target !== 'string') return [target];
    const refused = refuseFolder(target, displayOut, options);
    if (refused) return [refused];
    const siblings = new Siblings(target);
    try {
      fs.mkdirSync(siblings.parent, { recursive: true });
      return new StagedOutput(siblings, siblings.makeStaging(), displayOut, options);
    } catch (e) {
      // A parent that is a file, or a folder we may not write to: the user's to fix, not a crash.
      return [error('write-failed', `cannot create the package folder: ${(e as Error).message}`, { file: displayOut })];
    }
  }

  /** Where another thread may write files of the package: `commit` leaves what it finds there as it is. */
  delivery(): DeliveryTarget {
    return { folder: this.temp, display: this.displayOut };
  }

  /** Writes one file now. A failure is kept for `commit` to report; after the first, nothing more is written. */
  put(file: string, content: string): void {
    if (this.closed || this.failure || this.staged.get(file) === content) return;
    this.failure = refusal(file, this.displayOut);
    if (this.failure) return;
    try {
      writeUnder(this.temp, file, content, this.folders);
      this.staged.set(file, content);
    } catch (e) {
      this.failure = writeFailed(e, this.displayOut);
    }
  }

  /**
   * Writes whatever of `files` (the whole package, less the delivered files) is not staged as it
   * is, then puts the package in place. A failed run leaves the old package, never half a new one.
   */
  commit(files: ReadonlyMap<string, string>): Diagnostic[] {
    for (const [file, content] of files) this.put(file, content);
    if (this.failure) {
      this.discard();
      return [this.failure];
    }
    const { siblings, temp, displayOut } = this;
    let lock: ReturnType<typeof acquireLock>;
    try {
      lock = acquireLock(siblings.lock);
    } catch (e) {
      // The parent folder refuses a new file now (its permissions changed during the run): the user's to fix.
      this.discard();
      return [writeFailed(e, displayOut)];
    }
    if (typeof lock !== 'function') {
      this.discard();
      return [
        error(
          'out-locked',
          `another run (process ${lock.heldBy}) has been writing this folder for over two minutes; try again once it has finished`,
          { file: displayOut },
        ),
      ];
    }
    this.closed = true;
    try {
      const notes = finishInterrupted(siblings).map((problem) =>
        warning('out-leftover', problem, { file: displayOut }),
      );
      // Staged early but not part of the package after all: it must not be left behind.
      for (const file of this.staged.keys()) if (!files.has(file)) fs.rmSync(path.join(temp, file));
      const admitted = admit(siblings.out, files, displayOut, this.options);
      if (!Array.isArray(admitted)) {
        fs.rmSync(temp, { recursive: true, force: true });
        return [admitted];
      }
      // A folder the user gave other permissions keeps them; a new one has the umask's (the staging folder was made
      // so).
      const mode = fs.statSync(siblings.out, { throwIfNoEntry: false })?.mode;
      if (mode !== undefined) fs.chmodSync(temp, mode & 0o7777);
      const old = swapIn(
        siblings,
        temp,
        admitted.map((e) => e.path),
      );
      const left = old ? removeGenerated(old) : [];
      if (left.length > 0)
        notes.push(
          warning(
            'out-leftover',
            `${old} holds entries that appeared during the write (${left.join(', ')}); they were left there`,
            { file: displayOut },
          ),
        );
      // node_modules goes without saying: a consumer installed into the folder.
      const kept = admitted.filter((e) => e.path !== 'node_modules');
      if (kept.length > 0)
        notes.push(
          note('out-kept', `kept what this generator did not write: ${listEntries(kept)}`, { file: displayOut }),
        );
      return notes;
    } catch (e) {
      // A swap that could not be undone whole leaves its journal, and the next run finishes it.
      if (!fs.existsSync(siblings.journal)) fs.rmSync(temp, { recursive: true, force: true });
      return [writeFailed(e, displayOut)];
    } finally {
      lock();
    }
  }

  /** Removes the staging folder; the output folder was never touched. Later writes are ignored. */
  discard(): void {
    if (this.closed) return;
    this.closed = true;
    fs.rmSync(this.temp, { recursive: true, force: true });
  }
}

/**
 * The folder to write: `outDir` itself, or where it points when it is a symbolic link (the link is
 * kept and its target updated). A link to nothing is refused rather than replaced by a folder.
 */
function resolveOut(outDir: string, displayOut: string): string | Diagnostic {
  if (!statOf(outDir, fs.lstatSync)?.isSymbolicLink()) return outDir;
  try {
    return fs.realpathSync(outDir);
  } catch {
    return error(
      'out-broken-link',
      `the output path is a symbolic link to ${fs.readlinkSync(outDir)}, which does not exist; create that folder or choose another --out`,
      { file: displayOut },
    );
  }
}

/** A path's stat, or undefined when nothing is there (a parent that is a file included: ENOTDIR). */
function statOf(file: string, stat: typeof fs.statSync): fs.Stats | undefined {
  try {
    return stat(file);
  } catch {
    return undefined;
  }
}

/**
 * Why the folder may not be written at all, whatever the package: not a folder, or a folder of someone else's files.
 */
function refuseFolder(out: string, displayOut: string, options: WriteOptions): Diagnostic | undefined {
  const stat = statOf(out, fs.statSync);
  if (!stat) return undefined;
  if (!stat.isDirectory())
    return error('out-not-folder', 'the output path exists and is not a folder', { file: displayOut });
  const manifest = readManifest(out);
  if (manifest === 'unreadable' && !options.force) {
    return error(
      'out-manifest-unreadable',
      `${MANIFEST} cannot be read, so which files were generated is unknown; restore it (from version control), or pass --force to treat every file as yours`,
      { file: displayOut },
    );
  }
  // node_modules alone: a consumer installed into the folder before the first run.
  if (options.force || manifest !== undefined || fs.readdirSync(out).every((e) => e === 'node_modules'))
    return undefined;
  return error(
    'out-not-generated',
    `the output folder holds files and no ${MANIFEST}, so this generator did not write it; choose an empty or new folder, or pass --force to generate into it (its files are kept)`,
    { file: displayOut },
  );
}

/**
 * Whether the new package may replace what the folder holds (call it under the lock): the same API
 * and package name as its manifest records (or --force), and no file of the user's where the new
 * package puts one. Returns the user's entries, which the swap carries over.
 */
function admit(
  out: string,
  files: ReadonlyMap<string, string>,
  displayOut: string,
  options: WriteOptions,
): UserEntry[] | Diagnostic {
  const refused = refuseFolder(out, displayOut, options);
  if (refused) return refused;
  if (!fs.existsSync(out)) return [];
  const manifest = readManifest(out);
  const next = parseManifest(files.get(MANIFEST) ?? '');
  const recorded = manifest === 'unreadable' ? undefined : manifest;
  const mismatch =
    recorded?.origin && next !== 'unreadable' && next.origin ? originMismatch(recorded.origin, next.origin) : undefined;
  if (mismatch && !options.force) {
    return error(
      'out-other-package',
      `refusing to replace the package in this folder: ${mismatch}; choose another --out, or pass --force to replace it (files it did not generate are kept)`,
      { file: displayOut },
    );
  }
  const entries = userEntries(out, recorded?.files ?? new Set());
  const generated = new Set([...files.keys(), ...(next === 'unreadable' ? [] : next.files)]);
  const clash = collisions(entries, generated);
  if (clash.length > 0) {
    return error(
      'out-not-generated',
      `${listEntries(clash)} ${clash.length === 1 ? 'is' : 'are'} not generated but stand${clash.length === 1 ? 's' : ''} where the package now puts its own; move ${clash.length === 1 ? 'it' : 'them'} away and run again`,
      { file: displayOut },
    );
  }
  return entries;
}
