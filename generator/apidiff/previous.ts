/**
 * The package a regeneration replaces, as far as the API diff needs it: its version, its
 * CHANGELOG.md and its declarations. Only a folder this generator wrote is read, and only the
 * files its manifest lists.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { originMismatch, readManifest, type ManifestOrigin } from '../write/manifest.js';
import { diffOutput, MANIFEST } from '../write/output.js';
import { CHANGELOG } from './changelog.js';
import type { DeclaredApi } from './compare-api.js';

export interface PreviousPackage {
  /** package.json's version, if it has one. */
  readonly version: string | undefined;
  readonly changelog: string | undefined;
  /** Its declaration files and entry points (read when asked: an unchanged package never needs them). */
  api(): DeclaredApi;
  /** True when `files` (a whole package less its manifest) is what the folder holds, CHANGELOG.md aside. */
  holds(files: ReadonlyMap<string, string>): boolean;
}

/** The generated package in `outDir`, or undefined when there is none (no folder, or not ours). */
export function readPreviousPackage(outDir: string, origin?: ManifestOrigin): PreviousPackage | undefined {
  const manifest = readManifest(outDir);
  if (manifest === undefined || manifest === 'unreadable') return undefined;
  // A package of another API is no earlier version of this one (the write stage refuses to replace it without --force).
  if (origin && manifest.origin && originMismatch(manifest.origin, origin) !== undefined) return undefined;
  const listed = [...manifest.files];
  const packageJson = readText(outDir, 'package.json');
  const version = packageJson === undefined ? undefined : versionOf(packageJson);
  return {
    version,
    changelog: listed.includes(CHANGELOG) ? readText(outDir, CHANGELOG) : undefined,
    api: () =>
      declaredApi(
        new Map(listed.filter(isDeclaration).map((file) => [file, readText(outDir, file) ?? ''])),
        packageJson,
      ),
    holds: (files) =>
      diffOutput(outDir, files).every((d) => d.endsWith(`: ${CHANGELOG}`) || d === `stale: ${MANIFEST}`),
  };
}

/** The declarations and entry points of a package's files (path → text). */
export function declaredApiOf(files: ReadonlyMap<string, string>): DeclaredApi {
  return declaredApi(new Map([...files].filter(([file]) => isDeclaration(file))), files.get('package.json'));
}

function declaredApi(declarations: Map<string, string>, packageJson: string | undefined): DeclaredApi {
  const entries = new Map<string, string>();
  let exportsMap: unknown;
  try {
    exportsMap = packageJson === undefined ? undefined : (JSON.parse(packageJson) as { exports?: unknown }).exports;
  } catch {
    exportsMap = undefined;
  }
  for (const [subpath, target] of Object.entries(exportsMap ?? {})) {
    const types = (target as { types?: unknown } | null)?.types;
    if (subpath.includes('*') || typeof types !== 'string') continue;
    const file = types.replace(/^\.\//, '');
    if (declarations.has(file)) entries.set(subpath, file);
  }
  if (entries.size === 0 && declarations.has('dist/index.d.ts')) entries.set('.', 'dist/index.d.ts');
  return { declarations, entries };
}

function isDeclaration(file: string): boolean {
  return file.startsWith('dist/') && file.endsWith('.d.ts');
}

function versionOf(packageJson: string): string | undefined {
  try {
    const version = (JSON.parse(packageJson) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

function readText(dir: string, file: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, file), 'utf8');
  } catch {
    return undefined;
  }
}
