/**
 * `npm run permissions -- <folder>` (or `graph-intune-codegen permissions <folder>`): the least privileged
 * permissions a consumer's code needs for the generated operations it calls. Arguments, exit status, printing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { error, formatDiagnostic } from '../generator/diagnostics.js';
import { scanSources } from './find-operations.js';
import { buildReport, jsonReport, textReport } from './report.js';

export const EXIT = { ok: 0, usage: 2 } as const;

const HELP = `Usage: npm run permissions -- <folder> [--json]
       graph-intune-codegen permissions <folder> [--json]

Reads the TypeScript and JavaScript sources under <folder> (node_modules skipped), finds the operations of generated
packages they import and call (named and namespace imports, and calls through createSdk), reads each operation's
permissions from the installed package's ./metadata entry point, and prints per kind of access (delegated work or
school, application) the smallest set of permissions that covers them, least privileged first.

Options:
  --json       print one JSON document instead of text
  -h, --help   show this help

Exit status: 0 reported, 2 the command line or the folder is at fault.`;

export interface PermissionsIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
}

export function main(argv: string[], io: PermissionsIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.stderr.write(`error usage: ${(e as Error).message}\n\n${HELP}\n`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 1) {
    io.stderr.write(`error usage: expected one folder of sources, got ${parsed.positionals.length} (see --help)\n`);
    return EXIT.usage;
  }
  const folder = parsed.positionals[0]!;
  const root = path.resolve(io.cwd, folder);
  if (!fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr.write(`${formatDiagnostic(error('permissions-folder', 'not a folder of sources', { file: folder }))}\n`);
    return EXIT.usage;
  }
  const scan = scanSources(root);
  for (const d of scan.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
  const report = buildReport(scan);
  io.stdout.write(`${parsed.values.json ? jsonReport(report) : textReport(report)}\n`);
  return EXIT.ok;
}

/** Entry point of `npm run permissions` and of the bin's `permissions` command. */
export function run(argv = process.argv.slice(2)): void {
  process.exitCode = main(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
}

if (require.main === module) run();
