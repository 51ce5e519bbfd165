/**
 * What the hardening tests and the fuzz and corpus scripts share: running the CLI in-process with
 * captured output, judging that output, and type-checking generated packages with TypeScript 7.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../generator/cli.js';

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The native TypeScript 7 compiler (the `typescript-7` alias in package.json). */
export const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc');

/** A new empty folder under the system's temporary folder. */
export function makeTemp(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `graph-codegen-hardening-${label}-`));
}

/** Removes a folder made by makeTemp; refuses anything outside the temporary folder. */
export function removeTemp(dir: string | undefined): void {
  if (dir && path.resolve(dir).startsWith(path.resolve(os.tmpdir()) + path.sep))
    fs.rmSync(dir, { recursive: true, force: true });
}

/** What one CLI run did. */
export interface CliRun {
  readonly status: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
  /** Set when main() threw instead of returning a status. */
  readonly thrown?: unknown;
}

/** Runs the CLI's main() in this process with captured output (nothing reaches the terminal). */
export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  try {
    const status = await main(argv, { stdout: sink(out), stderr: sink(err), cwd });
    return { status, stdout: out.join(''), stderr: err.join('') };
  } catch (thrown) {
    return { status: undefined, stdout: out.join(''), stderr: err.join(''), thrown };
  }
}

/** `file:line:column: error code: message`, as formatDiagnostic prints a located problem. */
export const LOCATED = /^(?<file>.+?):(?<line>\d+):(?<column>\d+): (?<severity>error|warning) (?<code>[a-z0-9-]+): \S/;
/** A problem about a whole file (a missing spec, say): `file: error code: message`. */
const FILE_LEVEL = /^(?<file>[^:]+): (?<severity>error|warning) (?<code>[a-z0-9-]+): \S/;
/** The CLI's closing line after errors. */
const SUMMARY = /^.+: \d+ errors?; nothing was written to .+$/;
/** A line of a JavaScript stack trace. */
const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m;

/** The diagnostics of a run's stderr, parsed. */
export function parseDiagnostics(
  stderr: string,
): { file: string; line?: number; column?: number; severity: string; code: string; text: string }[] {
  return stderr
    .split('\n')
    .filter(Boolean)
    .flatMap((text) => {
      const m = LOCATED.exec(text) ?? FILE_LEVEL.exec(text);
      if (!m?.groups) return [];
      const g = m.groups;
      return [
        {
          file: g.file!,
          ...(g.line ? { line: Number(g.line), column: Number(g.column) } : {}),
          severity: g.severity!,
          code: g.code!,
          text,
        },
      ];
    });
}

/**
 * Why a run of a spec that exists is not acceptable, or undefined when it is: it must either succeed
 * (0) or fail cleanly (1) with at least one located error, every stderr line a diagnostic or the
 * closing summary, and never a stack trace or an internal error.
 */
export function judgeRun(run: CliRun): string | undefined {
  if (run.thrown !== undefined) return `main() threw: ${(run.thrown as Error)?.stack ?? String(run.thrown)}`;
  if (STACK_LINE.test(run.stderr) || STACK_LINE.test(run.stdout)) return `a stack trace was printed:\n${run.stderr}`;
  if (run.status !== 0 && run.status !== 1) return `exit status ${String(run.status)}:\n${run.stderr}`;
  const lines = run.stderr.split('\n').filter(Boolean);
  const stray = lines.filter((l) => !LOCATED.test(l) && !FILE_LEVEL.test(l) && !SUMMARY.test(l));
  if (stray.length > 0) return `stderr lines that are not one-line diagnostics:\n${stray.join('\n')}`;
  if (run.status === 1) {
    const located = lines.filter((l) => LOCATED.exec(l)?.groups?.severity === 'error');
    if (located.length === 0) return `exit 1 without a located error:\n${run.stderr}`;
  }
  return undefined;
}

/** One TypeScript error, by package. */
export interface TscError {
  readonly file: string;
  readonly code: string;
  readonly text: string;
}

/**
 * Type-checks several generated packages in one tsc run, with the compiler options of their own
 * tsconfig.json (strict, NodeNext, isolatedDeclarations): one start-up for many packages.
 * Returns the errors of each package folder (empty when clean).
 */
export async function typecheckPackages(
  packages: readonly string[],
  workDir: string,
): Promise<Map<string, TscError[]>> {
  const result = new Map<string, TscError[]>(packages.map((p) => [path.resolve(p), []]));
  if (packages.length === 0) return result;
  const own = JSON.parse(fs.readFileSync(path.join(packages[0]!, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: Record<string, unknown>;
  };
  const { rootDir: _rootDir, outDir: _outDir, ...compilerOptions } = own.compilerOptions;
  const config = path.join(workDir, `tsconfig.batch-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(
    config,
    JSON.stringify(
      {
        compilerOptions: { ...compilerOptions, noEmit: true, types: [] },
        include: packages.map((p) => `${path.resolve(p)}/src/**/*.ts`),
      },
      null,
      2,
    ),
  );
  const output = await new Promise<string>((resolve) => {
    execFile(
      process.execPath,
      [TSC, '-p', config, '--pretty', 'false'],
      { cwd: workDir, maxBuffer: 256 * 1024 * 1024 },
      (_e, stdout, stderr) => resolve(`${stdout}${stderr}`),
    );
  });
  fs.rmSync(config, { force: true });
  const owners = [...result.keys()].sort((a, b) => b.length - a.length);
  const unattributed: TscError[] = [];
  for (const line of output.split('\n')) {
    const m = /^(.+?)\(\d+,\d+\): error (TS\d+): /.exec(line) ?? /^()error (TS\d+): /.exec(line);
    if (!m) continue;
    const file = m[1] ? path.resolve(workDir, m[1]) : '';
    const owner = owners.find((o) => file.startsWith(o + path.sep));
    const error = { file, code: m[2]!, text: line };
    if (owner) result.get(owner)!.push(error);
    else unattributed.push(error);
  }
  // An error outside every package (a broken option, say) belongs to all of them.
  if (unattributed.length > 0) for (const list of result.values()) list.push(...unattributed);
  return result;
}
