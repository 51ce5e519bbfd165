/**
 * One fuzz case: a seed picks a curated spec or fixture and mutates it; the CLI runs on the result;
 * the case passes when the run fails cleanly or its output type-checks. Shared by the in-suite fuzz
 * test, the regression test and `npm run fuzz`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { judgeRun, REPO_ROOT, runCli, typecheckPackages } from '../support.js';
import { mutateSpec } from './mutate.js';
import { Rng } from './prng.js';

/** Where failing cases are kept, forever: the regression test re-runs every one. */
export const REGRESSIONS_DIR = path.join(REPO_ROOT, 'test', 'hardening', 'fuzz-regressions');

/** A generated case, before it runs. */
export interface FuzzCase {
  readonly seed: number;
  /** The spec it was made from (repository-relative). */
  readonly source: string;
  readonly mutations: readonly string[];
  readonly text: string;
  readonly extension: 'yaml' | 'json';
  /** A folder (repository-relative) whose other files the spec $refs; copied beside it. */
  readonly companions?: string;
}

/** What running a case gave. */
export interface FuzzOutcome {
  readonly fuzzCase: FuzzCase;
  /** The CLI's exit status (undefined when it threw). */
  readonly status: number | undefined;
  /** Why the case failed; undefined when it passed. */
  readonly failure?: string;
}

/** Seed specs that $ref files beside them: the case copies their folder. */
const MULTI_FILE = ['test/fixtures/external-refs/api.yaml'];

/** The specs cases start from: the curated specs, the fixtures and the hostile fixture. */
export function seedSpecs(): string[] {
  const list = (dir: string) =>
    fs.existsSync(path.join(REPO_ROOT, dir))
      ? fs
          .readdirSync(path.join(REPO_ROOT, dir))
          .filter((f) => /\.(ya?ml|json)$/.test(f))
          .sort()
          .map((f) => `${dir}/${f}`)
      : [];
  return [
    ...list('spec'),
    ...list('test/fixtures'),
    ...MULTI_FILE,
    ...list('test/hardening/fixtures'),
    ...list('test/hardening/fixtures/corpus'),
  ];
}

/** Parsed seed specs, read once per run. */
export class SeedDocuments {
  private readonly cache = new Map<string, unknown>();
  readonly specs = seedSpecs();

  get(spec: string): unknown {
    if (!this.cache.has(spec)) this.cache.set(spec, parse(fs.readFileSync(path.join(REPO_ROOT, spec), 'utf8')));
    return this.cache.get(spec);
  }
}

/** The case of a seed: always the same for the same seed and the same seed specs. */
export function makeCase(seed: number, seeds: SeedDocuments): FuzzCase {
  const rng = new Rng(seed);
  const source = rng.pick(seeds.specs);
  const mutated = mutateSpec(seeds.get(source), rng);
  return {
    seed,
    source,
    ...mutated,
    ...(MULTI_FILE.includes(source) ? { companions: path.posix.dirname(source) } : {}),
  };
}

/**
 * Runs cases one after another in this process, then type-checks every generated package in
 * one tsc run. Work happens under `workDir`, which the caller removes.
 */
export async function runCases(cases: readonly FuzzCase[], workDir: string): Promise<FuzzOutcome[]> {
  const runs: { fuzzCase: FuzzCase; status: number | undefined; failure?: string; out: string }[] = [];
  for (const [i, fuzzCase] of cases.entries()) {
    const dir = path.join(workDir, `case-${i}-seed-${fuzzCase.seed}`);
    fs.mkdirSync(dir, { recursive: true });
    if (fuzzCase.companions) fs.cpSync(path.join(REPO_ROOT, fuzzCase.companions), dir, { recursive: true });
    const spec = `spec.${fuzzCase.extension}`;
    fs.writeFileSync(path.join(dir, spec), fuzzCase.text);
    const run = await runCli(['--spec', spec, '--out', 'out'], dir);
    const failure = judgeRun(run);
    runs.push({ fuzzCase, status: run.status, out: path.join(dir, 'out'), ...(failure ? { failure } : {}) });
  }
  const generated = runs.filter((r) => r.status === 0 && !r.failure).map((r) => r.out);
  const checked = await typecheckPackages(generated, workDir);
  return runs.map((r) => {
    const errors = checked.get(path.resolve(r.out)) ?? [];
    const failure =
      r.failure ??
      (errors.length > 0 ? `the output does not type-check:\n${errors.map((e) => e.text).join('\n')}` : undefined);
    return { fuzzCase: r.fuzzCase, status: r.status, ...(failure ? { failure } : {}) };
  });
}

/** The files of a saved regression: the spec exactly as it was run, and what is known about it. */
export interface Regression {
  readonly name: string;
  readonly specFile: string;
  readonly meta: { seed: number; source: string; mutations: string[]; failure: string; companions?: string };
}

/**
 * Keeps a failing case as test/hardening/fuzz-regressions/seed-<n>.{yaml|json} plus seed-<n>.meta.json.
 * A seed already kept (made by an older version of the mutations, say) is never overwritten.
 */
export function saveRegression(outcome: FuzzOutcome, dir: string = REGRESSIONS_DIR): string {
  const c = outcome.fuzzCase;
  fs.mkdirSync(dir, { recursive: true });
  let name = `seed-${c.seed}`;
  for (let n = 2; fs.existsSync(path.join(dir, `${name}.meta.json`)); n++) {
    const kept = path.join(dir, `${name}.${c.extension}`);
    if (fs.existsSync(kept) && fs.readFileSync(kept, 'utf8') === c.text) return name;
    name = `seed-${c.seed}-${n}`;
  }
  fs.writeFileSync(path.join(dir, `${name}.${c.extension}`), c.text);
  const meta = {
    seed: c.seed,
    source: c.source,
    mutations: c.mutations,
    failure: (outcome.failure ?? '').slice(0, 4000),
  };
  fs.writeFileSync(path.join(dir, `${name}.meta.json`), JSON.stringify(meta, null, 2) + '\n');
  return name;
}

/** Every saved regression, by name. */
export function savedRegressions(dir: string = REGRESSIONS_DIR): Regression[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.meta.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.meta.json'.length);
      const specFile = fs.readdirSync(dir).find((g) => g.startsWith(`${name}.`) && !g.endsWith('.meta.json'))!;
      return {
        name,
        specFile: path.join(dir, specFile),
        meta: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Regression['meta'],
      };
    });
}
