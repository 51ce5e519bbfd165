import * as fs from 'node:fs';
import * as path from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';

/** Lists what a generated folder holds, so that a later run knows the folder is its own. */
export const MANIFEST = '.codegen-manifest';

/** Left in place across regenerations: a consumer may have installed into the package folder. */
const KEPT = new Set(['node_modules']);

/** A relative output path that cannot leave the output folder. */
export function isSafeRelativePath(file: string): boolean {
  if (file === '' || path.posix.isAbsolute(file) || file.includes('\\') || file.includes('\0')) return false;
  return file.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** The files with the manifest added: sorted paths, one a line (`delivered`: files already written into the package's temporary folder). */
export function withManifest(files: ReadonlyMap<string, string>, delivered: readonly string[] = []): Map<string, string> {
  const out = new Map(files);
  out.set(MANIFEST, `# Files written by graph-intune-codegen; the folder is replaced whole on each run.\n${[...files.keys(), ...delivered].sort().join('\n')}\n`);
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
 * made so far by the caller, so that each is made once.
 */
export function deliverFile(target: DeliveryTarget, file: string, content: string, folders: Set<string>): Diagnostic | undefined {
  const refused = refusal(file, target.display);
  if (refused) return refused;
  try {
    writeUnder(target.folder, file, content, folders);
    return undefined;
  } catch (e) {
    return writeFailed(e, target.display);
  }
}

/** Writes `content` to `file` below `root`, making its folder first unless `made` holds it already; throws what fs throws. */
function writeUnder(root: string, file: string, content: string, made: Set<string>): void {
  const target = path.join(root, file);
  const folder = path.dirname(target);
  if (!made.has(folder)) fs.mkdirSync(folder, { recursive: true });
  made.add(folder);
  fs.writeFileSync(target, content);
}

/** Why `file` may not be written into a package, if it may not: a path that would leave the folder. */
function refusal(file: string, displayOut: string): Diagnostic | undefined {
  return isSafeRelativePath(file) ? undefined : error('unsafe-output-path', `refusing to write ${JSON.stringify(file)}: it would leave the output folder`, { file: displayOut });
}

function writeFailed(e: unknown, displayOut: string): Diagnostic {
  return error('write-failed', `could not write the package: ${(e as Error).message}`, { file: displayOut });
}

/** Paths that differ between `files` and the folder on disk (changed, missing or stale). */
export function diffOutput(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const onDisk = new Set(listFiles(outDir));
  const differences: string[] = [];
  for (const [file, content] of files) {
    if (!onDisk.has(file)) differences.push(`missing: ${file}`);
    else if (fs.readFileSync(path.join(outDir, file), 'utf8') !== content) differences.push(`changed: ${file}`);
    onDisk.delete(file);
  }
  for (const file of onDisk) differences.push(`stale: ${file}`);
  return differences.sort();
}

/**
 * Writes the package atomically: everything goes to a sibling temporary folder, which
 * replaces the old folder only once complete. A folder that is not ours is never replaced.
 */
export function writeOutput(outDir: string, files: ReadonlyMap<string, string>, displayOut: string): Diagnostic[] {
  const staged = StagedOutput.open(outDir, displayOut);
  return staged instanceof StagedOutput ? staged.commit(files) : staged;
}

/**
 * A package on its way to disk. Files go to a sibling temporary folder as soon as they are
 * known (a large package's as they are printed and built, while the rest is still being made);
 * `commit` writes what is missing and only then replaces the old folder. Until it does, the
 * output folder is untouched, and `discard` leaves no trace.
 */
export class StagedOutput {
  /** What each staged file holds, by path. */
  private readonly staged = new Map<string, string>();
  private readonly folders = new Set<string>();
  private failure: Diagnostic | undefined;
  private closed = false;

  private constructor(
    private readonly outDir: string,
    private readonly temp: string,
    private readonly displayOut: string,
  ) {}

  /** Checks that the output folder may be replaced and opens the temporary one beside it. */
  static open(outDir: string, displayOut: string): StagedOutput | Diagnostic[] {
    if (fs.existsSync(outDir)) {
      if (!fs.statSync(outDir).isDirectory()) return [error('out-not-folder', 'the output path exists and is not a folder', { file: displayOut })];
      const entries = fs.readdirSync(outDir).filter((e) => !KEPT.has(e));
      if (entries.length > 0 && !entries.includes(MANIFEST)) {
        return [error('out-not-generated', `the output folder has files this generator did not write (no ${MANIFEST}); choose an empty or new folder`, { file: displayOut })];
      }
    }
    const parent = path.dirname(outDir);
    try {
      fs.mkdirSync(parent, { recursive: true });
      return new StagedOutput(outDir, fs.mkdtempSync(path.join(parent, `.${path.basename(outDir)}.tmp-`)), displayOut);
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
   * is, then replaces the old folder with the new one. A failed run leaves the old package, never
   * half a new one.
   */
  commit(files: ReadonlyMap<string, string>): Diagnostic[] {
    for (const [file, content] of files) this.put(file, content);
    const failure = this.failure;
    if (failure) {
      this.discard();
      return [failure];
    }
    this.closed = true;
    const { outDir, temp } = this;
    const old = `${temp}-old`;
    try {
      // Staged early but not part of the package after all: it must not be left behind.
      for (const file of this.staged.keys()) if (!files.has(file)) fs.rmSync(path.join(temp, file));
      if (fs.existsSync(outDir)) {
        for (const kept of KEPT) {
          if (fs.existsSync(path.join(outDir, kept))) fs.renameSync(path.join(outDir, kept), path.join(temp, kept));
        }
        fs.renameSync(outDir, old);
      }
      fs.renameSync(temp, outDir);
      fs.rmSync(old, { recursive: true, force: true });
      return [];
    } catch (e) {
      // Put back whatever was there before.
      if (!fs.existsSync(outDir) && fs.existsSync(old)) fs.renameSync(old, outDir);
      for (const kept of KEPT) {
        if (fs.existsSync(path.join(temp, kept)) && fs.existsSync(outDir) && !fs.existsSync(path.join(outDir, kept))) {
          fs.renameSync(path.join(temp, kept), path.join(outDir, kept));
        }
      }
      fs.rmSync(temp, { recursive: true, force: true });
      return [writeFailed(e, this.displayOut)];
    }
  }

  /** Removes the temporary folder; the output folder was never touched. Later writes are ignored. */
  discard(): void {
    if (this.closed) return;
    this.closed = true;
    fs.rmSync(this.temp, { recursive: true, force: true });
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (prefix === '' && KEPT.has(entry.name)) return [];
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
  });
}
