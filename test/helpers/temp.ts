/** Temporary folders for tests: always under os.tmpdir(), always removed by the test that made them. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A new empty folder under os.tmpdir(). */
export function makeTempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `graph-codegen-${label}-`));
}

/** Removes a folder made by makeTempDir (a no-op when it is already gone). */
export function removeTempDir(dir: string | undefined): void {
  if (dir && path.resolve(dir).startsWith(path.resolve(os.tmpdir()) + path.sep))
    fs.rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir` (relative, '/'-separated) with its text. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(abs, entry.name), childRel);
      else out.set(childRel, fs.readFileSync(path.join(abs, entry.name), 'utf8'));
    }
  };
  walk(dir, '');
  return out;
}

/** Writes `files` (relative paths) under `dir`. */
export function writeTree(dir: string, files: Record<string, string> | ReadonlyMap<string, string>): void {
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [file, text] of entries) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
}
