/**
 * A measuring aid for the generator's own speed work: the main thread's part of a large run, alone
 * in one process, stage by stage. It loads a spec, builds the model while the early planner makes
 * every planned file's statements (as the helper would be sent them), then validates, and prints
 * the CPU milliseconds of each stage. With no helper thread beside it and no files written, its
 * figures vary far less than a whole run's, so two versions told apart by it in alternating runs
 * differ in what the main thread does (docs/PERFORMANCE.md). Run it with the flags of `npm run
 * generate`:
 *
 *   node --single-threaded --max-inlined-bytecode-size-cumulative=300 --interrupt-budget=270336 \
 *     --import tsx bench/main-stages.ts <spec>
 *
 * A benchmark, not a test: it asserts nothing and is never part of `npm test`.
 */
import { claimedNames } from '../generator/emit/registry.js';
import { earlyPlanner } from '../generator/emit/plan.js';
import { loadSpec } from '../generator/load/load-spec.js';
import { buildIr } from '../generator/model/build.js';
import { validateDocument } from '../generator/validate/validate.js';

const specPath = process.argv[2];
if (!specPath) {
  process.stderr.write('usage: main-stages.ts <spec>\n');
  process.exit(2);
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const laps: string[] = [];
let last = cpuMs();
const lap = (stage: string): void => {
  const now = cpuMs();
  laps.push(`${stage} ${(now - last).toFixed(0)} ms`);
  last = now;
};

const loaded = loadSpec(specPath, process.cwd(), {});
if (!loaded.spec) {
  process.stderr.write(`cannot load ${specPath}: ${loaded.diagnostics.map((d) => d.message).join('; ')}\n`);
  process.exit(1);
}
const document = loaded.spec.document;
lap('load');
let statements = 0;
const planner = earlyPlanner(
  (file) => {
    statements += file.statements().length;
  },
  (ir) => ({ name: 'measured', version: ir.version }),
);
const { ir } = buildIr(document, { listener: planner, reserved: claimedNames() });
lap('model and plan');
validateDocument(document);
lap('validate');
console.log(
  `${laps.join(', ')}; ${cpuMs().toFixed(0)} ms in all (${ir.operations.length} operations, ${statements} statements)`,
);
