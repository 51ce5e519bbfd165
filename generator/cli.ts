import { parseArgs } from 'node:util';
import type { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE, findConfig, readConfig } from './config.js';
import { formatDiagnostic, hasErrors, type Diagnostic } from './diagnostics.js';
import { formatReport } from './apidiff/changelog.js';
import { versionSettingProblem } from './apidiff/semver.js';
import { npmNameProblem } from './identity.js';
import { invocationDir } from './invocation.js';
import { PROFILES, type ProfileKind } from './model/profile.js';
import { Helper } from './parallel/helper.js';
import { runPipeline, type PackageJob, type PipelineResult, type RunOptions } from './pipeline.js';
import { ROOT_DIR } from './root.js';
import { argumentProblem } from './usage.js';

/** Exit statuses: the README documents them. */
export const EXIT = { ok: 0, spec: 1, usage: 2, internal: 3 } as const;

const HELP = `Usage:
  npm run generate [-- options]          regenerate every package listed in ${CONFIG_FILE}
  npm run generate -- --spec <file> --out <dir> [options]
                                         generate one package from any OpenAPI 3.0/3.1 document (YAML or JSON)
  (installed as a dependency: npx graph-intune-codegen [generate] [options];
   npx graph-intune-codegen permissions --help for the permissions report)

Options:
  --spec <file>             the OpenAPI document (other files it $refs are read too)
  --out <dir>               the package folder to write: new, empty or generated before (only generated files are replaced)
  --name <npm-name>         package name, as npm allows (default: from info.title)
  --package-version <ver>   package version, semver, or auto: by what the regeneration changed in the
                            public API (default: info.version when it is semver, else 0.0.0)
  --profile <graph|openapi> Microsoft Graph's conventions or the document's own (default: graph when the
                            first server is a Graph host, else openapi)
  --config <file>           the config file listing packages (default: the nearest ${CONFIG_FILE})
  --ref-root <dir>          the folder $refs may read files below (default: the spec's folder)
  --strict                  make leniency warnings errors (undeclared path parameters, colliding operationIds, …)
  --check                   write nothing; exit 1 if what is on disk differs from what would be generated,
                            or if breaking API changes were generated without a major version
  --force                   replace a package of another API or name, or write into a folder without a manifest
  --quiet                   print only errors
  --verbose                 print each stage's time
  --debug                   print stack traces of internal errors
  -h, --help                show this help
  --version                 print the generator's version

Exit status: 0 done, 1 the spec is at fault (or --check found differences), 2 the command line or config is, 3 an internal error.`;

/** The options parseArgs reads (their names also serve to suggest one when a name is mistyped). */
const OPTIONS = {
  spec: { type: 'string' },
  out: { type: 'string' },
  name: { type: 'string' },
  'package-version': { type: 'string' },
  profile: { type: 'string' },
  config: { type: 'string' },
  'ref-root': { type: 'string' },
  strict: { type: 'boolean' },
  check: { type: 'boolean' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** Where the CLI prints, and the folder relative paths start from. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  readonly cwd: string;
}

/**
 * Parses arguments, runs the pipeline for each package, prints results; returns the exit status.
 * `worker` is the helper thread generator/run.cjs started (see parallel/helper.ts).
 */
export async function main(argv: string[], io: CliIo, worker?: Worker): Promise<number> {
  const helper = new Helper(worker);
  try {
    return await generate(argv, io, helper);
  } finally {
    // Not awaited: ending the thread frees its heap (about 40 ms on a large package) and nothing waits on that.
    helper.close().catch(() => undefined);
  }
}

async function generate(argv: string[], io: CliIo, helper: Helper): Promise<number> {
  const print = (text: string) => io.stdout.write(text + '\n');
  const printErr = (text: string) => io.stderr.write(text + '\n');
  const usage = (message: string) => {
    printErr(`error usage: ${message} (see --help)`);
    return EXIT.usage;
  };
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    return usage(argumentProblem(e, Object.keys(OPTIONS)));
  }
  if (args.help) {
    print(HELP);
    return EXIT.ok;
  }
  if (args.version) {
    print(
      `graph-intune-codegen ${(JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string }).version}`,
    );
    return EXIT.ok;
  }
  if ((args.spec === undefined) !== (args.out === undefined)) return usage('--spec and --out go together');
  if (args.spec !== undefined && args.config !== undefined) return usage('--config cannot be combined with --spec');
  if (
    args.spec === undefined &&
    (args.name !== undefined ||
      args['package-version'] !== undefined ||
      args.profile !== undefined ||
      args['ref-root'] !== undefined)
  )
    return usage('--name, --package-version, --profile and --ref-root go with --spec');
  if (args.profile !== undefined && !PROFILES.includes(args.profile as ProfileKind))
    return usage(`--profile ${JSON.stringify(args.profile)}: expected ${PROFILES.join(' or ')}`);
  if (args.quiet && args.verbose) return usage('--quiet and --verbose contradict each other');
  const badName = args.name === undefined ? undefined : npmNameProblem(args.name);
  if (badName) return usage(`--name ${JSON.stringify(args.name)}: ${badName}`);
  const badVersion = args['package-version'] === undefined ? undefined : versionSettingProblem(args['package-version']);
  if (badVersion) return usage(`--package-version ${JSON.stringify(args['package-version'])}: ${badVersion}`);

  let jobs: PackageJob[];
  if (args.spec !== undefined) {
    jobs = [
      {
        spec: args.spec,
        out: args.out!,
        ...(args.name !== undefined ? { name: args.name } : {}),
        ...(args['package-version'] !== undefined ? { version: args['package-version'] } : {}),
        ...(args.profile !== undefined ? { profile: args.profile as ProfileKind } : {}),
        ...(args['ref-root'] !== undefined ? { refRoot: args['ref-root'] } : {}),
      },
    ];
  } else {
    const config = readConfig(args.config ?? findConfig(io.cwd), io.cwd);
    if (hasErrors(config.diagnostics)) {
      config.diagnostics.forEach((d) => printErr(formatDiagnostic(d)));
      return EXIT.usage;
    }
    jobs = config.jobs;
  }

  const progress = new Progress(io.stderr, !args.quiet && 'isTTY' in io.stderr && io.stderr.isTTY === true);
  let status: number = EXIT.ok;
  const runOptions: RunOptions = {
    cwd: io.cwd,
    check: args.check === true,
    force: args.force === true,
    helper,
    strict: args.strict === true,
  };
  for (const job of jobs) {
    let result: PipelineResult;
    const started = performance.now();
    try {
      result = await runPipeline(job, runOptions, {
        onStage: (stage, detail) => progress.show(job.out, stage, detail),
        onProgress: (done, total, unit) => progress.count(done, total, unit),
      });
    } catch (e) {
      progress.clear();
      printErr(
        `error internal: generating ${job.out} failed unexpectedly: ${(e as Error).message}${args.debug ? `\n${(e as Error).stack}` : ' (run with --debug for the stack trace)'}`,
      );
      return EXIT.internal;
    }
    progress.clear();
    const shown = args.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    shown.forEach((d: Diagnostic) => printErr(formatDiagnostic(d)));
    const report = result.apiChange && formatReport(job.out, result.apiChange);
    if (report && hasErrors(result.diagnostics)) printErr(report);
    else if (report && !args.quiet && !args.check) print(report);
    if (hasErrors(result.diagnostics)) {
      const count = result.diagnostics.filter((d) => d.severity === 'error').length;
      printErr(`${job.spec}: ${count} error${count === 1 ? '' : 's'}; nothing was written to ${job.out}`);
      status = Math.max(status, result.fault === 'output' ? EXIT.usage : EXIT.spec);
      continue;
    }
    const elapsed = ((performance.now() - started) / 1000).toFixed(2);
    if (result.differences) {
      if (result.differences.length > 0) {
        printErr(
          `${job.out} is out of date (run npm run generate):\n${result.differences.map((d) => `  ${d}`).join('\n')}`,
        );
        status = Math.max(status, EXIT.spec);
      } else if (!args.quiet) {
        print(`${job.out} is up to date (${elapsed} s)`);
      }
    } else if (!args.quiet) {
      const c = result.counts!;
      const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
      print(
        `${job.out}: ${count(c.operations, 'operation')}, ${count(c.types, 'type')}, ${count(c.files, 'file')} (${elapsed} s)`,
      );
    }
    if (args.verbose) {
      for (const t of result.timings) printErr(`  ${t.stage.padEnd(9)} ${t.ms.toFixed(1).padStart(9)} ms`);
    }
  }
  return status;
}

/**
 * A one-line progress display on a terminal, silent elsewhere: the package, its stage, a bar with
 * counts where the stage can count (path items modelled, files printed), and the time so far.
 */
class Progress {
  private readonly started = performance.now();
  private shown = false;
  private stage = '';
  /** When the bar was last drawn: counts come thousands of times a second, the terminal needs ten. */
  private drawnAt = -Infinity;
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly enabled: boolean,
  ) {}

  /** A new stage begins (`detail`: what it works on). */
  show(out: string, stage: string, detail: string): void {
    this.stage = `${out} › ${stage}${detail ? ` (${detail})` : ''}`;
    this.draw('');
  }

  /** The current stage has done `done` of `total` `unit`. */
  count(done: number, total: number, unit: string): void {
    if (!this.enabled || total === 0) return;
    const now = performance.now();
    if (done < total && now - this.drawnAt < PROGRESS_REDRAW_MS) return;
    const filled = Math.round((done / total) * PROGRESS_BAR_WIDTH);
    this.draw(` [${'#'.repeat(filled)}${'-'.repeat(PROGRESS_BAR_WIDTH - filled)}] ${done}/${total} ${unit}`);
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(bar: string): void {
    if (!this.enabled) return;
    this.drawnAt = performance.now();
    const seconds = ((this.drawnAt - this.started) / 1000).toFixed(1);
    // One terminal line at most: a wrapped line would not be cleared by the next redraw.
    // A terminal that does not know its width (some CI consoles say 0) gets a common one.
    const columns = (this.stream as { columns?: number }).columns || 80;
    this.stream.write(`\r\x1b[2K${`${this.stage}${bar} ${seconds}s`.slice(0, Math.max(columns - 1, 20))}`);
    this.shown = true;
  }
}

/** Characters in the progress bar, and the least time between two redraws of it. */
const PROGRESS_BAR_WIDTH = 20;
const PROGRESS_REDRAW_MS = 100;

/**
 * Entry point of `npm run generate` (through generator/run.cjs, which starts the helper thread): runs main and sets the
 * exit status.
 */
export function run(worker?: Worker): void {
  main(
    process.argv.slice(2),
    { stdout: process.stdout, stderr: process.stderr, cwd: invocationDir(process.env, process.cwd()) },
    worker,
  ).then(
    (code) => {
      // Exits now: Node's orderly shutdown of the helper thread and both heaps takes about 0.1 s on a large
      // package, and the system frees it all anyway. Unless output is still queued (a Windows terminal
      // is written asynchronously), which exitCode lets Node finish writing.
      if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`error internal: ${(e as Error).message}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
