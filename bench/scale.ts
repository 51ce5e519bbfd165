/**
 * `npm run bench`: the whole of Microsoft Graph (v1.0 and beta, from APIs.guru's collection on
 * the npm registry) through our generator and through openapi-typescript, in the same run, plus
 * tsc on both outputs and our cost at 10/25/50/100% of the v1.0 paths. Prints one table.
 * A benchmark, not a test: it asserts nothing and is never part of `npm test`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { graphDescriptions } from '../drift/openapi-directory.js';
import { consumerTypeCheck } from './consumer-types.js';
import { fmt, generateCommand, HAS_GNU_TIME, measure as measureIn, median, ratio, table, type Run } from './measure.js';

const ROOT = path.resolve(__dirname, '..');
const TSC7 = path.join(ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc');
const OATS = path.join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const measure = (command: string, args: string[]) => measureIn(command, args, ROOT);
/**
 * Each generator runs this many times per spec, the two taking turns; the table shows medians
 * (`--runs N`). Five: the shared machine's speed drifts by a third within minutes, and medians
 * of three gave Graph v1.0 0.20x to 0.28x in four runs of the same code.
 */
const RUNS = Math.max(1, Number(parseArgs({ options: { runs: { type: 'string', default: '5' } } }).values.runs) || 5);

function dirBytes(dir: string, filter: (file: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += dirBytes(full, filter);
    else if (filter(full)) total += fs.statSync(full).size;
  }
  return total;
}

const GENERATE = generateCommand(ROOT);

function ours(spec: string, out: string): Run {
  fs.rmSync(out, { recursive: true, force: true });
  return measure(process.execPath, [...GENERATE, '--spec', spec, '--out', out, '--quiet']);
}

function theirs(spec: string, outFile: string): Run {
  return measure(process.execPath, [OATS, spec, '-o', outFile]);
}

function tsc(project: string): Run {
  return measure(process.execPath, [TSC7, '-p', project, '--noEmit']);
}

/** A tsconfig that checks openapi-typescript's single output file as strictly as ours. */
function theirProject(dir: string, file: string): string {
  const config = path.join(dir, 'tsconfig.json');
  fs.writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        lib: ['ES2022'],
        types: [],
      },
      files: [path.basename(file)],
    }),
  );
  return config;
}

/** The spec with only the first `fraction` of its paths (in document order); components kept whole. */
function slice(spec: string, fraction: number, out: string): number {
  const doc = JSON.parse(fs.readFileSync(spec, 'utf8')) as { paths: Record<string, unknown> };
  const entries = Object.entries(doc.paths);
  const kept = entries.slice(0, Math.max(1, Math.round(entries.length * fraction)));
  doc.paths = Object.fromEntries(kept);
  fs.writeFileSync(out, JSON.stringify(doc));
  return kept.length;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

function main(): void {
  const specs = graphDescriptions();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-bench-'));
  const rows: string[][] = [];
  /** Every run's wall time, in the order run, for the spread behind each median. */
  const spreads: string[] = [];
  const failures: string[] = [];
  try {
    for (const [label, spec] of [
      ['Graph v1.0', specs.v1],
      ['Graph beta', specs.beta],
    ] as const) {
      const outDir = path.join(work, `ours-${label.replace(/\W+/g, '-')}`);
      const theirFile = path.join(work, `theirs-${label.replace(/\W+/g, '-')}`, 'schema.ts');
      fs.mkdirSync(path.dirname(theirFile), { recursive: true });
      // Taking turns, so that a slow spell of a shared machine hits both sides alike.
      const oursRuns: Run[] = [];
      const theirRuns: Run[] = [];
      for (let i = 1; i <= RUNS; i++) {
        process.stderr.write(`${label}: run ${i}/${RUNS}, ours…\n`);
        oursRuns.push(ours(spec, outDir));
        process.stderr.write(`${label}: run ${i}/${RUNS}, openapi-typescript…\n`);
        theirRuns.push(theirs(spec, theirFile));
      }
      const a = median(oursRuns);
      const b = median(theirRuns);
      spreads.push(
        `${label}: ours ${oursRuns.map((r) => fmt(r.seconds)).join(', ')} s; openapi-typescript ${theirRuns.map((r) => fmt(r.seconds)).join(', ')} s`,
      );
      if (!a.ok) failures.push(`ours on ${label}: ${a.output.slice(-2000)}`);
      if (!b.ok) failures.push(`openapi-typescript on ${label}: ${b.output.slice(-2000)}`);
      process.stderr.write(`${label}: type-checking both outputs…\n`);
      const ta = a.ok ? tsc(path.join(outDir, 'tsconfig.json')) : undefined;
      const tb = b.ok ? tsc(theirProject(path.dirname(theirFile), theirFile)) : undefined;
      if (ta && !ta.ok) failures.push(`tsc on our ${label} output: ${ta.output.slice(0, 2000)}`);
      if (tb && !tb.ok) failures.push(`tsc on openapi-typescript's ${label} output: ${tb.output.slice(0, 2000)}`);
      const srcBytes = a.ok ? dirBytes(path.join(outDir, 'src')) : undefined;
      const pkgBytes = a.ok ? dirBytes(outDir) : undefined;
      const theirBytes = b.ok ? fs.statSync(theirFile).size : undefined;
      rows.push(
        [`${label}: wall time (s)`, fmt(a.seconds), fmt(b.seconds), ratio(a.seconds, b.seconds)],
        [`${label}: CPU time, user + sys (s)`, fmt(a.cpuSeconds), fmt(b.cpuSeconds), ratio(a.cpuSeconds, b.cpuSeconds)],
        [`${label}: peak RSS (MB)`, fmt(a.rssMb, 0), fmt(b.rssMb, 0), ratio(a.rssMb, b.rssMb)],
        [
          `${label}: output .ts (MB)`,
          fmt(srcBytes && mb(srcBytes)),
          fmt(theirBytes && mb(theirBytes)),
          ratio(srcBytes, theirBytes),
        ],
        [`${label}: whole package (MB)`, fmt(pkgBytes && mb(pkgBytes)), '-', ''],
        [`${label}: tsc 7 --noEmit (s)`, fmt(ta?.seconds), fmt(tb?.seconds), ratio(ta?.seconds, tb?.seconds)],
        [`${label}: tsc peak RSS (MB)`, fmt(ta?.rssMb, 0), fmt(tb?.rssMb, 0), ratio(ta?.rssMb, tb?.rssMb)],
        [`${label}: tsc passes (strict)`, ta ? (ta.ok ? 'yes' : 'NO') : 'n/a', tb ? (tb.ok ? 'yes' : 'NO') : 'n/a', ''],
      );
      fs.rmSync(outDir, { recursive: true, force: true });
    }

    process.stderr.write('Growth: ours on slices of Graph v1.0…\n');
    const growth: string[][] = [];
    let base: { paths: number; seconds: number } | undefined;
    for (const fraction of [0.1, 0.25, 0.5, 1]) {
      const sliceFile = path.join(work, `slice-${fraction}.json`);
      const paths = slice(specs.v1, fraction, sliceFile);
      const run = ours(sliceFile, path.join(work, `slice-${fraction}`));
      base ??= { paths, seconds: run.seconds };
      growth.push([
        `${fraction * 100}%`,
        String(paths),
        fmt(run.seconds, 2),
        fmt(run.rssMb, 0),
        fmt((run.seconds / paths) * 1000, 3),
        ratio(run.seconds / paths, base.seconds / base.paths),
      ]);
      fs.rmSync(path.join(work, `slice-${fraction}`), { recursive: true, force: true });
    }

    process.stderr.write('Curated specs: npm run generate…\n');
    const curated = measure(process.execPath, [...GENERATE, '--check', '--quiet']);

    console.log(
      `\nMachine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${HAS_GNU_TIME ? '' : ' (no GNU time: RSS not measured)'}\n`,
    );
    console.log(
      `Generation: median of ${RUNS} run${RUNS === 1 ? '' : 's'} each, ours and openapi-typescript taking turns; tsc: one run.\n`,
    );
    console.log(table(['measure', 'ours', 'openapi-typescript 7.13', 'ours / theirs'], rows));
    console.log(`\nEach run's wall time, in the order run:\n${spreads.join('\n')}`);
    console.log(`\nGrowth with the number of paths (Graph v1.0 slices):\n`);
    console.log(table(['slice', 'paths', 'wall (s)', 'peak RSS (MB)', 'ms per path', 'per-path cost vs 10%'], growth));
    console.log(
      `\nCurated specs (npm run generate -- --check): ${fmt(curated.seconds, 2)} s${curated.ok ? '' : ' (FAILED)'}`,
    );
    process.stderr.write('Consumer type-check: three Graph v1.0 calls, ours and the other clients…\n');
    const consumers = consumerTypeCheck(specs.v1, path.join(work, 'consumers'));
    console.log(`\n${consumers.text}`);
    failures.push(...consumers.failures);
    if (failures.length > 0) {
      console.log(`\nFailures:\n${failures.join('\n\n')}`);
      process.exitCode = 1;
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
