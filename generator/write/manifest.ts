import * as fs from 'node:fs';
import * as path from 'node:path';

/** Lists what a generated folder holds, so that a later run knows which files are its own. */
export const MANIFEST = '.codegen-manifest';

/** A relative output path that cannot leave the output folder. */
export function isSafeRelativePath(file: string): boolean {
  if (file === '' || path.posix.isAbsolute(file) || file.includes('\\') || file.includes('\0')) return false;
  return file.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** What made a package folder: a later run from another API or under another name is refused without --force. */
export interface ManifestOrigin {
  /** The spec's file name (for messages: a spec renamed or moved is still the same API). */
  readonly spec: string;
  /** The document's info.title: what says which API the folder is a client of. */
  readonly title: string;
  /** The npm package name. */
  readonly package: string;
}

/** A manifest as read from disk; `origin` is missing in one written before origins were recorded. */
export interface Manifest {
  readonly origin?: ManifestOrigin;
  readonly files: ReadonlySet<string>;
}

const ABOUT =
  'The files graph-intune-codegen wrote here. A later run replaces or removes only these; anything else in this folder is kept.';

/** The manifest's text: JSON with the origin and the sorted paths (one a line, so that a diff reads well). */
export function manifestText(origin: ManifestOrigin, files: Iterable<string>): string {
  return `${JSON.stringify({ about: ABOUT, ...origin, files: [...files].sort() }, null, 2)}\n`;
}

/**
 * Reads a folder's manifest: undefined when there is none, 'unreadable' when it cannot be trusted
 * (then nothing in the folder counts as generated). The line format of earlier versions (a comment
 * line, then one path a line) is read too, without an origin.
 */
export function readManifest(dir: string): Manifest | 'unreadable' | undefined {
  try {
    return parseManifest(fs.readFileSync(path.join(dir, MANIFEST), 'utf8'));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'unreadable';
  }
}

/** A manifest's text read back (see readManifest). */
export function parseManifest(text: string): Manifest | 'unreadable' {
  // A listed path that would leave the folder is no file of the package's: it is never replaced or removed.
  if (!text.trimStart().startsWith('{'))
    return { files: new Set(text.split('\n').filter((l) => !l.startsWith('#') && isSafeRelativePath(l))) };
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const [spec, title, name] = [str(json.spec), str(json.title), str(json.package)];
    if (!Array.isArray(json.files)) return 'unreadable';
    const files = new Set(json.files.filter((f): f is string => typeof f === 'string' && isSafeRelativePath(f)));
    return {
      files,
      ...(spec !== undefined && title !== undefined && name !== undefined
        ? { origin: { spec, title, package: name } }
        : {}),
    };
  } catch {
    return 'unreadable';
  }
}

/**
 * How `next` differs from the origin recorded in a folder, in words; undefined when it is the same API and package.
 * The same package name and either the same spec file or the same title is the same API: a spec that was retitled,
 * or renamed, is regenerated; only one that changed both is another API.
 */
export function originMismatch(recorded: ManifestOrigin, next: ManifestOrigin): string | undefined {
  const sameApi = recorded.title === next.title || recorded.spec === next.spec;
  if (sameApi && recorded.package === next.package) return undefined;
  const describe = (o: ManifestOrigin) => `${JSON.stringify(o.title)} (${o.spec}) as package ${o.package}`;
  return `it holds the client of ${describe(recorded)}, and this run generates ${describe(next)}`;
}
