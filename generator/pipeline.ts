import * as fs from 'node:fs';
import * as path from 'node:path';
import { transpileFile, transpileSources, type BuiltFile } from './build/transpile.js';
import { DiagnosticsError, hasErrors, warning, type Diagnostic, type SourceLocation } from './diagnostics.js';
import { planGroupsEarly, planSources, type PlannedFile } from './emit/emit.js';
import { packageNameFor, packageVersionFor } from './identity.js';
import { loadSpec } from './load/load-spec.js';
import { buildIr } from './model/build.js';
import type { IrDocument } from './model/ir.js';
import { Helper } from './parallel/helper.js';
import { renderPackageFiles } from './templates.js';
import { strictly } from './validate/strict.js';
import { validateDocument } from './validate/validate.js';
import { diffOutput, StagedOutput, withManifest, writeOutput } from './write/output.js';

/** One package to generate. */
export interface PackageJob {
  /** The OpenAPI document (YAML or JSON). */
  readonly spec: string;
  /** The package folder to (re)write. */
  readonly out: string;
  /** npm name; defaults to one derived from the document's title. */
  readonly name?: string;
  /** Package version; defaults to the document's info.version when it is semver. */
  readonly version?: string;
  /** The folder `$ref`s may read files below; defaults to the spec's own folder. */
  readonly refRoot?: string;
}

/** How to run; one object may serve several packages of the same run. */
export interface RunOptions {
  /** The folder relative paths start from. */
  readonly cwd: string;
  /** Compare with the disk instead of writing. */
  readonly check: boolean;
  /** The run's second thread (see parallel/helper.ts); without one, all work stays on this thread. */
  readonly helper?: Helper;
  /** Leniency warnings are errors (see validate/strict.ts). */
  readonly strict?: boolean;
}

/** How long one stage took. */
export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

/** Progress callbacks; the CLI turns them into a progress line or `--verbose` timings. */
export interface PipelineHooks {
  onStage?(stage: string, detail: string): void;
  /** How far the current stage is, where it can say: `done` of `total` `unit` (path items modelled, files printed). */
  onProgress?(done: number, total: number, unit: string): void;
}

/** What a run produced. */
export interface PipelineResult {
  readonly diagnostics: Diagnostic[];
  readonly timings: StageTiming[];
  /**
   * Every file of the package (relative path → content), when generation succeeded; but for the
   * files the helper wrote straight into a large package (see tasks.ts's deliver), which the
   * manifest lists and `counts` counts, and whose texts this thread never holds.
   */
  readonly files?: Map<string, string>;
  /** With `check`: what differs on disk. */
  readonly differences?: string[];
  readonly counts?: { operations: number; types: number; files: number };
}

/**
 * load → model → validate → emit → build → format → write. Each stage is timed; the first
 * stage with errors stops the run (the model's findings count only once validation passes),
 * and nothing is written unless every stage succeeded.
 */
export async function runPipeline(job: PackageJob, options: RunOptions, hooks: PipelineHooks = {}): Promise<PipelineResult> {
  const timings: StageTiming[] = [];
  const diagnostics: Diagnostic[] = [];
  const stage = async <T>(name: string, detail: string, work: () => T | Promise<T>): Promise<T> => {
    hooks.onStage?.(name, detail);
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings.push({ stage: name, ms: performance.now() - start });
    }
  };
  const stop = (): PipelineResult => ({ diagnostics, timings });
  const helper = options.helper ?? new Helper();
  const out = path.resolve(options.cwd, job.out);
  // A big spec makes big output: the helper loads the printer now, while the spec is read, to print all of it.
  const large = specSize(path.resolve(options.cwd, job.spec)) > LARGE_SPEC_BYTES;
  if (large) helper.warmPrinter();
  else helper.warmFormatter();
  // A large package printed by the helper goes to disk file by file, as the helper prints and
  // builds it (see StagedOutput, and tasks.ts's deliver). A folder that may not be replaced is
  // reported where it always is, after validation, and then nothing is delivered.
  const opened = large && !options.check && helper.sharesPrinting ? StagedOutput.open(out, job.out) : undefined;
  const staged = opened instanceof StagedOutput ? opened : undefined;
  const refused = Array.isArray(opened) ? opened : [];

  // Each file printed here, or printed and sent back, starts building (on oxc's native threads) as soon as it is printed.
  const building = new Map<string, Promise<BuiltFile>>();
  const session = helper.printing(
    (file, text) => {
      const build = transpileFile(file, text);
      build.catch(() => undefined); // awaited by the build stage; a run stopped before it must not leave it unhandled
      building.set(file, build);
      if (!staged) return;
      // Handed back by a delivery: written now, while the helper prints the rest. A file that
      // failed to build is reported by the build stage, and nothing is committed.
      staged.put(`src/${file}`, text);
      build.then((b) => b.diagnostics.length === 0 && b.files.forEach(([f, t]) => staged.put(`dist/${f}`, t)), () => undefined);
    },
    staged && { target: staged.delivery() },
  );
  try {
    const loaded = await stage('load', job.spec, () => loadSpec(job.spec, options.cwd, { refRoot: job.refRoot, strict: options.strict }));
    diagnostics.push(...loaded.diagnostics);
    const spec = loaded.spec;
    if (!spec || hasErrors(diagnostics)) return stop();
    const locate = (d: Diagnostic): Diagnostic =>
      strictly(d.pointer && d.line === undefined ? { ...d, ...spec.locate(d.pointer) } : d.file === '' ? { ...d, file: spec.displayPath } : d, options.strict);

    // On a large spec the helper prints each finished group's files while the model goes on.
    const planned = new Set<string>();
    const sendNow = (file: PlannedFile) => {
      planned.add(file.file);
      session.send(file);
    };
    const early = helper.sharesPrinting ? planGroupsEarly(sendNow) : undefined;
    const identity = (ir: IrDocument) => ({ name: job.name ?? packageNameFor(ir.title), version: job.version ?? packageVersionFor(ir.version) });
    // The model runs before validation so that the helper can start printing sooner. It is written
    // to survive a broken spec, but what it makes of one is thrown away: validation's errors speak.
    let model: ReturnType<typeof buildIr> | { failure: unknown };
    try {
      model = await stage('model', '', () => {
        const built = buildIr(spec.document, early, hooks.onProgress);
        // The rest of a large package (its models above all) goes to the helper now, to be printed while the spec is validated.
        if (early && !hasErrors(built.diagnostics)) {
          planSources(built.ir, identity(built.ir), planned).forEach(sendNow);
          // Nothing is left to plan: what the helper prints from now on comes back here to be built
          // and written once validation is done, so that the helper's last stretch is printing only.
          session.planned();
        }
        return built;
      });
    } catch (failure) {
      model = { failure };
    }
    const problems = await stage('validate', '', () => validateDocument(spec.document));
    diagnostics.push(...capWarnings(problems).map(locate));
    if (hasErrors(diagnostics)) return stop();
    if ('failure' in model) throw model.failure;
    diagnostics.push(...capWarnings(model.diagnostics).map(locate));
    if (hasErrors(diagnostics)) return stop();
    diagnostics.push(...refused);
    if (hasErrors(diagnostics)) return stop();
    const ir = model.ir;
    const meta = identity(ir);

    const rest = planSources(ir, meta, planned);
    // Rendered before waiting for the helper's last files, not after: on a large package this thread is then idle.
    const packageFiles = renderPackageFiles(ir, meta);
    const sources = await stage('emit', `${ir.operations.length} operations, ${ir.types.length} types`, () => {
      // This thread only waits here (for the helper, on a large package): the count of finished files is shown as it grows.
      const total = planned.size + rest.length;
      const report = () => hooks.onProgress?.(session.done, total, 'files');
      const ticking = setInterval(report, 100);
      return session.finish(rest).finally(() => {
        clearInterval(ticking);
        report();
      });
    });
    const { written, diagnostics: deliveryProblems } = session.delivered;
    diagnostics.push(...deliveryProblems);
    const built = await stage('build', `${sources.size + written.filter((f) => f.startsWith('src/')).length} files`, () => transpileSources(sources, building));
    diagnostics.push(...built.diagnostics);
    if (hasErrors(diagnostics)) return stop();

    let files = new Map<string, string>();
    for (const [file, text] of sources) files.set(`src/${file}`, text);
    for (const [file, text] of built.files) files.set(`dist/${file}`, text);
    // Prettier pays on small packages only (see format.ts): a large one keeps the printer's own, consistent output.
    if (!large) files = await stage('format', '', () => helper.format(files));
    const runtime = await stage('runtime', '', () => helper.runtime());
    diagnostics.push(...runtime.diagnostics);
    if (hasErrors(diagnostics)) return stop();
    for (const [file, text] of runtime.files) files.set(file, text);
    for (const [file, text] of packageFiles) files.set(file, text);
    const all = withManifest(files, written);
    const counts = { operations: ir.operations.length, types: ir.types.length, files: all.size + written.length };
    if (options.check) {
      const differences = await stage('check', job.out, () => diffOutput(out, all));
      return { diagnostics, timings, files: all, differences, counts };
    }
    diagnostics.push(...(await stage('write', job.out, () => (staged ? staged.commit(all) : writeOutput(out, all, job.out)))));
    return { diagnostics, timings, files: all, counts };
  } catch (e) {
    if (e instanceof DiagnosticsError) {
      diagnostics.push(...e.diagnostics);
      return stop();
    }
    throw e;
  } finally {
    // A run that stopped before its write leaves no temporary folder (after a commit this does
    // nothing), once no file is still on its way into it.
    if (staged) {
      await session.settled();
      staged.discard();
    }
  }
}

/** Warnings of one code shown with their location; the rest are counted in one line. */
const WARNINGS_PER_CODE = 10;

/**
 * Every error is kept, but a big spec can repeat one warning hundreds of times (Graph's binary
 * bodies): the first few of each code are kept and the rest summed up, which also spares
 * locating each of them in a 20 MB file.
 */
function capWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>();
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const n = d.severity === 'warning' ? (seen.get(d.code) ?? 0) + 1 : 0;
    if (d.severity === 'warning') seen.set(d.code, n);
    if (n <= WARNINGS_PER_CODE) kept.push(d);
  }
  for (const [code, n] of seen) {
    if (n > WARNINGS_PER_CODE)
      kept.push(
        warning(code, `${n - WARNINGS_PER_CODE} more ${code} warnings like the ones above are not shown`, { file: '' }),
      );
  }
  return kept;
}

/**
 * Specs above this size make large packages: printed, built and written by the helper thread,
 * and not formatted (Prettier would take longer than everything else together on Graph).
 */
const LARGE_SPEC_BYTES = 2 * 1024 * 1024;

function specSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Exported for tests: a location as the CLI prints it. */
export type { SourceLocation };
