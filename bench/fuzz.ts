/**
 * `npm run fuzz [-- --count 3000 --start 1000 --jobs 2 --batch 100 --group 25 --timeout 120 --no-save]`
 *
 * Runs thousands of seeded fuzz cases (test/hardening/fuzz/): each mutated spec must either fail
 * with a clean, located diagnostic or generate a package that type-checks under strict TypeScript 7.
 * Batches of cases run in child processes, several at a time; a child that stops making progress
 * is killed and its current case counted as a hang. Every failing case is saved under
 * test/hardening/fuzz-regressions/, where `npm test` re-runs it from then on.
 */
import { spawn } from 'node:child_process';
import * as os from 'node:os';
import { parseArgs } from 'node:util';
import {
  makeCase,
  runCases,
  saveRegression,
  SeedDocuments,
  type FuzzOutcome,
} from '../test/hardening/fuzz/fuzz-case.js';
import { makeTemp, removeTemp } from '../test/hardening/support.js';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    start: { type: 'string', default: '1000' },
    jobs: { type: 'string', default: String(Math.max(1, os.availableParallelism())) },
    batch: { type: 'string', default: '100' },
    group: { type: 'string', default: '25' },
    timeout: { type: 'string', default: '120' },
    'no-save': { type: 'boolean', default: false },
    child: { type: 'boolean', default: false },
  },
});

/** One line a child writes per event, read by the parent. */
type ChildMessage = { started: number } | { seed: number; status: number | undefined; failure?: string };

if (args.child) void child(Number(args.start), Number(args.count), Number(args.group));
else void parent();

/** In a child: run the seeds [start, start + count) and report each on stdout as JSON lines. */
async function child(start: number, count: number, size: number): Promise<void> {
  const seeds = new SeedDocuments();
  const work = makeTemp('fuzz');
  const send = (m: ChildMessage) => process.stdout.write(JSON.stringify(m) + '\n');
  try {
    // Cases run in groups so that the parent sees progress, and one tsc run covers a group.
    for (let first = start; first < start + count; first += size) {
      const group = Array.from({ length: Math.min(size, start + count - first) }, (_, i) => makeCase(first + i, seeds));
      for (const c of group) send({ started: c.seed });
      const outcomes = await runCases(group, work);
      for (const o of outcomes)
        send({ seed: o.fuzzCase.seed, status: o.status, ...(o.failure ? { failure: o.failure } : {}) });
    }
  } finally {
    removeTemp(work);
  }
}

async function parent(): Promise<void> {
  const start = Number(args.start);
  const count = Number(args.count);
  const jobs = Number(args.jobs);
  const batch = Number(args.batch);
  const timeoutMs = Number(args.timeout) * 1000;
  const seeds = new SeedDocuments();
  const pending: [number, number][] = [];
  for (let s = start; s < start + count; s += batch) pending.push([s, Math.min(batch, start + count - s)]);
  const outcomes = new Map<number, FuzzOutcome>();
  const began = performance.now();
  let lastReport = 0;

  const runBatch = (from: number, n: number): Promise<void> =>
    new Promise((resolve) => {
      const proc = spawn(
        process.execPath,
        [
          ...process.execArgv,
          __filename,
          '--child',
          '--start',
          String(from),
          '--count',
          String(n),
          '--group',
          args.group,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const started = new Set<number>();
      let buffer = '';
      let stderr = '';
      let timer = setTimeout(() => hang(), timeoutMs);
      const hang = () => {
        proc.kill('SIGKILL');
      };
      proc.stdout.on('data', (chunk: Buffer) => {
        buffer += String(chunk);
        let nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          const m = JSON.parse(line) as ChildMessage;
          if ('started' in m) {
            started.add(m.started);
            continue;
          }
          clearTimeout(timer);
          timer = setTimeout(() => hang(), timeoutMs);
          started.delete(m.seed);
          outcomes.set(m.seed, {
            fuzzCase: makeCase(m.seed, seeds),
            status: m.status,
            ...(m.failure ? { failure: m.failure } : {}),
          });
        }
        report();
      });
      proc.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
      proc.on('exit', (code, signal) => {
        clearTimeout(timer);
        // Cases started but never reported: a hang (killed) or a crash of the whole child.
        const lost = [...started].sort((a, b) => a - b);
        const why =
          signal === 'SIGKILL'
            ? `no progress for ${timeoutMs / 1000} s (a hang)`
            : `the child process died (exit ${String(code)}):\n${stderr.slice(-2000)}`;
        for (const seed of lost)
          outcomes.set(seed, { fuzzCase: makeCase(seed, seeds), status: undefined, failure: why });
        // Seeds of the batch that never started run again in a fresh child, unless this one never got going.
        const rest = Array.from({ length: n }, (_, i) => from + i).filter((s) => !outcomes.has(s));
        if (rest.length === n) {
          for (const seed of rest)
            outcomes.set(seed, { fuzzCase: makeCase(seed, seeds), status: undefined, failure: why });
        } else if (rest.length > 0) {
          pending.unshift([rest[0]!, rest.length]);
        }
        resolve();
      });
    });

  const report = (final = false) => {
    const now = performance.now();
    if (!final && now - lastReport < 5000) return;
    lastReport = now;
    const failed = [...outcomes.values()].filter((o) => o.failure).length;
    process.stderr.write(
      `${outcomes.size}/${count} cases, ${failed} failing, ${((now - began) / 1000).toFixed(0)} s\n`,
    );
  };

  const worker = async () => {
    for (let next = pending.shift(); next; next = pending.shift()) await runBatch(next[0], next[1]);
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  report(true);

  const all = [...outcomes.values()].sort((a, b) => a.fuzzCase.seed - b.fuzzCase.seed);
  const generated = all.filter((o) => o.status === 0 && !o.failure).length;
  const rejected = all.filter((o) => o.status === 1 && !o.failure).length;
  const failing = all.filter((o) => o.failure);
  const seconds = (performance.now() - began) / 1000;
  console.log(
    `\nfuzz: seeds ${start}–${start + count - 1}, ${all.length} cases in ${seconds.toFixed(0)} s (${jobs} jobs)`,
  );
  console.log(`  generated and type-checked  ${generated}`);
  console.log(`  rejected with diagnostics   ${rejected}`);
  console.log(`  failing                     ${failing.length}`);
  for (const o of failing) {
    const saved = args['no-save'] ? '' : ` → test/hardening/fuzz-regressions/${saveRegression(o)}`;
    console.log(
      `\nseed ${o.fuzzCase.seed} (${o.fuzzCase.source}; ${o.fuzzCase.mutations.join('; ')})${saved}\n  ${o.failure!.split('\n').slice(0, 6).join('\n  ')}`,
    );
  }
  process.exitCode = failing.length > 0 ? 1 : 0;
}
