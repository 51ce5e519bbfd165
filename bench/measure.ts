/** Timing a command for the benches: wall time, and with GNU time its peak RSS and CPU time; and their tables. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const HAS_GNU_TIME = fs.existsSync('/usr/bin/time');

export interface Run {
  seconds: number;
  /** Peak resident set size in MB, when GNU time is there to say. */
  rssMb?: number;
  /** CPU time in seconds, user and system, all threads (GNU time): steadier than wall time on a shared machine. */
  cpuSeconds?: number;
  ok: boolean;
  output: string;
}

/** Runs a command, timing it and (with GNU time) reading its peak RSS and CPU time, children included. */
export function measure(command: string, args: string[], cwd: string): Run {
  const statsFile = path.join(os.tmpdir(), `bench-time-${process.pid}.txt`);
  const started = performance.now();
  const result = HAS_GNU_TIME
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', statsFile, command, ...args], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  let rssMb: number | undefined;
  let cpuSeconds: number | undefined;
  if (HAS_GNU_TIME && fs.existsSync(statsFile)) {
    const [kb, user, sys] = (fs.readFileSync(statsFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (Number.isFinite(kb)) rssMb = kb! / 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuSeconds = user! + sys!;
    fs.rmSync(statsFile, { force: true });
  }
  return {
    seconds,
    ...(rssMb === undefined ? {} : { rssMb }),
    ...(cpuSeconds === undefined ? {} : { cpuSeconds }),
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`,
  };
}

/** The run of median wall time, with the median peak RSS and CPU time; failed if any run failed. */
export function median(runs: Run[]): Run {
  const mid = <T>(values: T[], by: (v: T) => number) =>
    [...values].sort((x, y) => by(x) - by(y))[Math.floor(values.length / 2)]!;
  const failed = runs.find((r) => !r.ok);
  const rss = runs.every((r) => r.rssMb !== undefined) ? mid(runs, (r) => r.rssMb!).rssMb : undefined;
  const cpu = runs.every((r) => r.cpuSeconds !== undefined) ? mid(runs, (r) => r.cpuSeconds!).cpuSeconds : undefined;
  return {
    ...(failed ?? mid(runs, (r) => r.seconds)),
    ...(rss === undefined ? {} : { rssMb: rss }),
    ...(cpu === undefined ? {} : { cpuSeconds: cpu }),
  };
}

export const fmt = (n: number | undefined, digits = 1) => (n === undefined ? 'n/a' : n.toFixed(digits));
export const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`;

/** A Markdown table. */
export function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** What `npm run generate` runs, as node's arguments (its flags included), so that the benches time what users run. */
export function generateCommand(root: string): string[] {
  const script = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts.generate!;
  const [program, ...args] = script.split(/\s+/);
  if (program !== 'node') throw new Error(`the generate script should start with node: ${script}`);
  return args.map((arg) => (arg.startsWith('-') ? arg : path.join(root, arg)));
}
