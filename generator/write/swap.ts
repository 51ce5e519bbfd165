import * as fs from 'node:fs';
import * as path from 'node:path';
import { isAlive } from './lock.js';
import { isSafeRelativePath, MANIFEST, readManifest } from './manifest.js';
import type { Siblings } from './siblings.js';

/**
 * Puts a complete staged package in place of the old one. Node cannot exchange two folders in one
 * step (Linux's renameat2 RENAME_EXCHANGE needs a native addon), so the swap is a few renames: the
 * user's entries into the staged folder, the old folder aside, the staged one in. A journal written
 * first says what is being moved, and `finishInterrupted` (run by the next run, under the lock)
 * completes or undoes a swap that was killed half-way, so that at every moment one whole package
 * is in place or recorded to be put back.
 */

/** What the journal records: the staged and old folders (names beside the package) and the entries carried over. */
interface Journal {
  readonly staging: string;
  readonly old: string;
  readonly carry: readonly string[];
}

/**
 * Moves `carry` (paths in the old folder) into `staging`, then `staging` in place of `siblings.out`; the old package is
 * left in the returned folder.
 */
export function swapIn(siblings: Siblings, staging: string, carry: readonly string[]): string | undefined {
  const { out } = siblings;
  if (!fs.existsSync(out)) {
    fs.renameSync(staging, out);
    return undefined;
  }
  const old = `${staging}-old`;
  writeJournal(siblings, { staging: path.basename(staging), old: path.basename(old), carry });
  try {
    for (const entry of carry) moveEntry(out, staging, entry);
    fs.renameSync(out, old);
    fs.renameSync(staging, out);
  } catch (e) {
    // Nothing is lost, but the old folder should look as before: undo now rather than at the next run
    // (which finds the journal if even that fails).
    if (undo(siblings, staging, old, carry)) fs.rmSync(siblings.journal, { force: true });
    throw e;
  }
  fs.rmSync(siblings.journal, { force: true });
  return old;
}

/** The journal is replaced whole (written beside, then renamed): a kill never leaves half of one. */
function writeJournal(siblings: Siblings, journal: Journal): void {
  const temp = `${siblings.journal}.${process.pid}`;
  fs.writeFileSync(temp, JSON.stringify(journal));
  fs.renameSync(temp, siblings.journal);
}

function moveEntry(fromRoot: string, toRoot: string, entry: string): void {
  const target = path.join(toRoot, entry);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(path.join(fromRoot, entry), target);
}

/** Puts the old folder back in place and the carried entries back into it. */
function undo(siblings: Siblings, staging: string, old: string, carry: readonly string[]): boolean {
  const { out } = siblings;
  if (!fs.existsSync(out) && fs.existsSync(old)) fs.renameSync(old, out);
  let complete = true;
  for (const entry of carry) {
    if (!fs.existsSync(path.join(staging, entry))) continue;
    if (fs.existsSync(path.join(out, entry))) complete = false;
    else moveEntry(staging, out, entry);
  }
  return complete;
}

/**
 * Removes what a package folder holds that its manifest lists (and the manifest), then the folders
 * left empty, then the folder itself if nothing else is left; returns the entries that are left.
 */
export function removeGenerated(folder: string): string[] {
  const manifest = readManifest(folder);
  const owned = [...(manifest && manifest !== 'unreadable' ? manifest.files : []), MANIFEST];
  const folders = new Set<string>();
  for (const file of owned) {
    const abs = path.join(folder, file);
    if (!fs.lstatSync(abs, { throwIfNoEntry: false })?.isDirectory()) fs.rmSync(abs, { force: true });
    for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) folders.add(dir);
  }
  // Deepest first, so that a parent is empty once its children are gone.
  for (const dir of [...folders].sort((a, b) => b.split('/').length - a.split('/').length))
    rmdirIfEmpty(path.join(folder, dir));
  rmdirIfEmpty(folder);
  return fs.existsSync(folder) ? fs.readdirSync(folder) : [];
}

function rmdirIfEmpty(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    // Not empty (or gone): it holds something that is not ours.
  }
}

/**
 * Completes what an interrupted run left beside the package (call it under the lock): a swap its
 * journal describes, staging folders of processes that are gone, old packages not yet removed.
 * Returns what could not be cleared, in words: what a user should look at.
 */
export function finishInterrupted(siblings: Siblings): string[] {
  const { out, parent } = siblings;
  const problems: string[] = [];
  const journal = readJournal(siblings);
  if (journal) {
    const staging = path.join(parent, journal.staging);
    const old = path.join(parent, journal.old);
    if (!fs.existsSync(out) && fs.existsSync(staging)) {
      // Killed between the two renames: the staged folder is complete and holds the user's entries.
      fs.renameSync(staging, out);
    } else if (!undo(siblings, staging, old, journal.carry)) {
      problems.push(
        `${staging} holds entries of yours that a killed run was moving; the same paths exist in the package folder now, so they were left there`,
      );
    }
    if (problems.length === 0) fs.rmSync(siblings.journal, { force: true });
  }
  const busy = journal && problems.length > 0 ? journal.staging : undefined;
  for (const leftover of siblings.leftovers()) {
    // A live pid is a run staging its package right now (this one's included): only the lock's holder swaps.
    if (leftover.name === busy || (leftover.pid !== undefined && isAlive(leftover.pid))) continue;
    const folder = path.join(parent, leftover.name);
    if (leftover.old) {
      // Earlier versions swapped without a journal: a kill between their renames left the package only here.
      if (!fs.existsSync(out)) fs.renameSync(folder, out);
      else if (removeGenerated(folder).length > 0)
        problems.push(`${folder} holds entries that were not generated; they were left there`);
    } else {
      // Earlier versions moved node_modules into the staging folder just before their swap.
      const modules = path.join(folder, 'node_modules');
      if (
        leftover.pid === undefined &&
        fs.existsSync(modules) &&
        fs.existsSync(out) &&
        !fs.existsSync(path.join(out, 'node_modules'))
      ) {
        fs.renameSync(modules, path.join(out, 'node_modules'));
      }
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }
  return problems;
}

function readJournal(siblings: Siblings): Journal | undefined {
  try {
    const j = JSON.parse(fs.readFileSync(siblings.journal, 'utf8')) as Journal;
    const safe = (name: unknown) =>
      typeof name === 'string' &&
      name.startsWith(`.${siblings.base}.tmp-`) &&
      !name.includes('/') &&
      !name.includes('\\');
    if (
      !safe(j.staging) ||
      !safe(j.old) ||
      !Array.isArray(j.carry) ||
      !j.carry.every((c) => typeof c === 'string' && isSafeRelativePath(c))
    )
      return undefined;
    return j;
  } catch {
    return undefined;
  }
}
