import * as fs from 'node:fs';
import * as path from 'node:path';
import { error, type Diagnostic } from './diagnostics.js';
import { versionSettingProblem } from './apidiff/semver.js';
import { npmNameProblem } from './identity.js';
import { PROFILES, type ProfileKind } from './model/profile.js';
import type { PackageJob } from './pipeline.js';

/** The file `npm run generate` reads when no --spec is given. */
export const CONFIG_FILE = 'codegen.config.json';

/**
 * The config file `npm run generate` reads without --spec or --config: the nearest one in `cwd` or a folder above it.
 */
export function findConfig(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, CONFIG_FILE))) return path.join(dir, CONFIG_FILE);
    if (path.dirname(dir) === dir) return CONFIG_FILE;
  }
}

/**
 * Reads the packages to generate from the config file; problems are diagnostics (exit 2). A
 * package's spec and out are relative to the config's folder, as in any config file; they are
 * returned relative to `cwd`, which messages speak from.
 */
export function readConfig(file: string, cwd: string): { jobs: PackageJob[]; diagnostics: Diagnostic[] } {
  const display = path.relative(cwd, path.resolve(cwd, file)) || file;
  const fromConfig = (p: string) =>
    path.isAbsolute(p) ? p : path.relative(cwd, path.resolve(path.dirname(path.resolve(cwd, file)), p)) || '.';
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.resolve(cwd, file), 'utf8'));
  } catch (e) {
    return {
      jobs: [],
      diagnostics: [error('config-unreadable', `cannot read the config: ${(e as Error).message}`, { file: display })],
    };
  }
  const packages = (raw as { packages?: unknown } | null)?.packages;
  if (!Array.isArray(packages) || packages.length === 0) {
    return {
      jobs: [],
      diagnostics: [
        error(
          'config-invalid',
          'expected { "packages": [{ "spec", "out", "name"?, "version"?, "profile"?, "refRoot"? }, …] }',
          { file: display, pointer: '#/packages' },
        ),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const jobs: PackageJob[] = [];
  packages.forEach((p: unknown, i) => {
    const entry = (p ?? {}) as Record<string, unknown>;
    const str = (key: string) =>
      typeof entry[key] === 'string' && entry[key] !== '' ? (entry[key] as string) : undefined;
    const spec = str('spec');
    const out = str('out');
    if (!spec || !out) {
      diagnostics.push(
        error('config-invalid', 'each package needs "spec" and "out"', { file: display, pointer: `#/packages/${i}` }),
      );
      return;
    }
    const name = str('name');
    const version = str('version');
    const profile = entry.profile;
    if (profile !== undefined && !PROFILES.includes(profile as ProfileKind)) {
      diagnostics.push(
        error(
          'config-invalid',
          `"profile" ${JSON.stringify(profile)}: expected one of ${PROFILES.map((p) => `"${p}"`).join(', ')}`,
          { file: display, pointer: `#/packages/${i}/profile` },
        ),
      );
      return;
    }
    const problems = {
      name: name === undefined ? undefined : npmNameProblem(name),
      version: version === undefined ? undefined : versionSettingProblem(version),
    };
    for (const [key, problem] of Object.entries(problems)) {
      if (problem)
        diagnostics.push(
          error('config-invalid', `${JSON.stringify(entry[key])}: ${problem}`, {
            file: display,
            pointer: `#/packages/${i}/${key}`,
          }),
        );
    }
    if (problems.name || problems.version) return;
    const refRoot = str('refRoot');
    jobs.push({
      spec: fromConfig(spec),
      out: fromConfig(out),
      ...(name ? { name } : {}),
      ...(version ? { version } : {}),
      ...(profile ? { profile: profile as ProfileKind } : {}),
      ...(refRoot ? { refRoot: fromConfig(refRoot) } : {}),
    });
  });
  return { jobs, diagnostics };
}
