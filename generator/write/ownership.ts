import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST } from './manifest.js';

/**
 * An entry of a package folder the generator did not write: a file, or a folder holding no generated file (kept whole).
 */
export interface UserEntry {
  /** Relative, '/'-separated. */
  readonly path: string;
  readonly folder: boolean;
}

/** Every folder on the way to each file: `src/a/b.ts` → `src`, `src/a`. */
function foldersOf(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const f of files) for (let i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) folders.add(f.slice(0, i));
  return folders;
}

/**
 * What in `dir` is not listed in `owned` (the generated files of its manifest). Only the folders
 * that hold generated files are walked: a `.git` or `node_modules` is one entry, never listed.
 */
export function userEntries(dir: string, owned: ReadonlySet<string>): UserEntry[] {
  const ownedFolders = foldersOf(owned);
  const found: UserEntry[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (p === MANIFEST) continue;
      if (e.isDirectory()) {
        if (ownedFolders.has(p)) walk(p);
        else found.push({ path: p, folder: true });
      } else if (!owned.has(p)) {
        found.push({ path: p, folder: false });
      }
    }
  };
  walk('');
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The user's entries that stand where the new package puts a file or a folder (they would be overwritten). */
export function collisions(entries: readonly UserEntry[], generated: ReadonlySet<string>): UserEntry[] {
  const generatedFolders = foldersOf(generated);
  return entries.filter((e) => {
    if (generated.has(e.path) || generatedFolders.has(e.path)) return true;
    for (let i = e.path.indexOf('/'); i >= 0; i = e.path.indexOf('/', i + 1))
      if (generated.has(e.path.slice(0, i))) return true;
    return false;
  });
}

/** `.git/, LICENSE, src/custom.ts`, at most `max` of them, then how many more. */
export function listEntries(entries: readonly UserEntry[], max = 6): string {
  const shown = entries.slice(0, max).map((e) => (e.folder ? `${e.path}/` : e.path));
  return entries.length > max ? `${shown.join(', ')} and ${entries.length - max} more` : shown.join(', ');
}
