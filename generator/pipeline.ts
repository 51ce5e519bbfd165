import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChangelogEntry } from './apidiff/changelog.js';
import { release, releaseDate, versionToMake } from './apidiff/release.js';
import { transpileSources } from './build/transpile.js';
import { hasErrors, warning, type Diagnostic, type SourceLocation } from './diagnostics.js';
import { packageSubpaths } from './emit/plan.js';
import { claimedNames } from './emit/registry.js';
import { packageNameFor, packageVersionFor } from './identity.js';
import { loadSpec } from './load/load-spec.js';
import { buildIr } from './model/build.js';
import type { IrDocument } from './model/ir.js';
import type { ProfileKind } from './model/profile.js';
import { Helper } from './parallel/helper.js';
import { chooseOutput } from './parallel/strategy.js';
import { packageFilesInput } from './templates.js';
import { strictly } from './validate/strict.js';
import { validateDocument } from './validate/validate.js';
import { diffOutput, withManifest } from './write/output.js';

/** One package to generate. */
export interface PackageJob {
  /** The OpenAPI document (YAML or JSON). */
  readonly spec: string;
  /** The package folder to (re)write. */
  readonly out: string;
  /** npm name; defaults to one derived from the document's title. */
  readonly name?: string;
  /**
   * Package version, or `auto` (by what the regeneration changed, see docs/API-DIFF.md); defaults to the document's
   * info.version when it is semver.
   */
  readonly version?: string;
  /** Graph or plain OpenAPI conventions; by default the document's first server decides (see model/profile.ts). */
  readonly profile?: ProfileKind;
  /** The folder `$ref`s may read files below; defaults to the spec's own folder. */
  readonly refRoot?: string;
}

/** How to run; one object may serve several packages of the same run. */
export interface RunOptions {
  /** The folder relative paths start from. */
  readonly cwd: string;
  /** Compare with the disk instead of writing. */
  readonly check: boolean;
  /** Replace a package of another API or name, or write into a folder without a manifest (see write/output.ts). */
  readonly force?: boolean;
  /** The run's second thread (see parallel/helper.ts); without one, all work stays on this thread. */
  readonly helper?: Helper;
  /** Leniency warnings are errors (see validate/strict.ts). */
  readonly strict?: boolean;
  /** The date of a CHANGELOG entry (YYYY-MM-DD); defaults to today, or to SOURCE_DATE_EPOCH's day. */
  readonly date?: string;
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
  /** With errors: what is at fault, the spec or the output folder (the CLI's exit statuses tell them apart). */
  readonly fault?: 'spec' | 'output';
  /**
   * Every file of the package (relative path → content), when generation succeeded; but for the
   * files the helper wrote straight into a large package (see parallel/strategy.ts), which the
   * manifest lists and `counts` counts, and whose texts this thread never holds.
   */
  readonly files?: Map<string, string>;
  /** With `check`: what differs on disk. */
  readonly differences?: string[];
  readonly counts?: { operations: number; types: number; files: number };
  /** What the regeneration changed in the public API (see apidiff/), when it replaced an earlier package. */
  readonly apiChange?: ChangelogEntry;
}

/**
 * load → model → validate → emit → build → format → apidiff → write. Each stage is timed; the first
 * stage with errors stops the run (the model's findings count only once validation passes),
 * and nothing is written unless every stage succeeded. When each file is printed and written is
 * the output strategy's business (see parallel/strategy.ts).
 */
export async function runPipeline(
  job: PackageJob,
  options: RunOptions,
  hooks: PipelineHooks = {},
): Promise<PipelineResult> {
  const first = await runOnce(job, options, hooks);
  if (first.remake === undefined) return first;
  // `"version": "auto"`: made with the package's current version, the package earned another; it is made again
  // with that one.
  const second = await runOnce({ ...job, version: first.remake.version }, options, hooks, first.remake);
  return { ...second, timings: [...first.timings, ...second.timings] };
}

async function runOnce(
  job: PackageJob,
  options: RunOptions,
  hooks: PipelineHooks,
  compared?: ChangelogEntry,
): Promise<PipelineResult & { remake?: ChangelogEntry }> {
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
  const stop = (fault: PipelineResult['fault'] = 'spec'): PipelineResult => ({ diagnostics, timings, fault });
  const large = specSize(path.resolve(options.cwd, job.spec)) > LARGE_SPEC_BYTES;
  const outDir = path.resolve(options.cwd, job.out);
  const version = versionToMake(outDir, job.version);
  const identityOf = (ir: IrDocument) => ({
    name: job.name ?? packageNameFor(ir.title),
    version: version ?? packageVersionFor(ir.version),
  });
  const helper = options.helper ?? new Helper();
  const output = chooseOutput({
    helper,
    large,
    check: options.check,
    force: options.force,
    out: outDir,
    display: job.out,
    identityOf,
  });
  try {
    const loaded = await stage('load', job.spec, () =>
      loadSpec(job.spec, options.cwd, { refRoot: job.refRoot, strict: options.strict }),
    );
    diagnostics.push(...loaded.diagnostics);
    const spec = loaded.spec;
    if (!spec || hasErrors(diagnostics)) return stop();
    const locate = (d: Diagnostic): Diagnostic =>
      strictly(d.pointer && d.line === undefined ? { ...d, ...spec.locate(d.pointer) } : d, options.strict);

    // The model runs before validation, so that output can be planned (and printed) sooner. It is
    // written to survive a broken spec, but what it makes of one is thrown away: validation's errors speak.
    const listener = { ...output.listener, progress: hooks.onProgress };
    const model = await stage('model', '', () =>
      attempt(() =>
        buildIr(spec.document, {
          listener,
          reserved: claimedNames(),
          ...(job.profile ? { profile: job.profile } : {}),
        }),
      ),
    );
    const problems = await stage('validate', '', () => validateDocument(spec.document));
    diagnostics.push(...capWarnings(problems, spec.displayPath).map(locate));
    if (hasErrors(diagnostics)) return stop();
    if ('failure' in model) throw model.failure;
    diagnostics.push(...capWarnings(model.diagnostics, spec.displayPath).map(locate));
    if (hasErrors(diagnostics)) return stop();
    diagnostics.push(...output.refused);
    if (hasErrors(diagnostics)) return stop('output');
    const ir = model.ir;
    const identity = identityOf(ir);

    // Rendered by the helper, which loaded Handlebars while it waited at the start and, on a large package, has time to
    // spare at the end.
    const packageFiles = helper.render(packageFilesInput(ir, identity, packageSubpaths(ir, identity)));
    packageFiles.catch(() => undefined); // awaited below; a run that stops before must not leave it unhandled
    const emitted = await stage('emit', `${ir.operations.length} operations, ${ir.types.length} types`, () =>
      output.emit(ir, identity, hooks.onProgress),
    );
    diagnostics.push(...emitted.diagnostics);
    if (hasErrors(diagnostics)) return stop('output');
    const { sources, written } = emitted;
    const built = await stage(
      'build',
      `${sources.size + written.filter((f) => f.startsWith('src/')).length} files`,
      () => transpileSources(sources, emitted.building),
    );
    diagnostics.push(...built.diagnostics);
    if (hasErrors(diagnostics)) return stop();

    let files = new Map<string, string>();
    for (const [file, text] of sources) files.set(`src/${file}`, text);
    for (const [file, text] of built.files) files.set(`dist/${file}`, text);
    // Prettier pays on small packages only (see format.ts): a large one keeps the printer's own, consistent output.
    if (!large) files = await stage('format', '', () => helper.format(files));
    const runtime = await stage('runtime', ir.profile.kind, () => helper.runtime(ir.profile.kind));
    diagnostics.push(...runtime.diagnostics);
    if (hasErrors(diagnostics)) return stop();
    for (const [file, text] of runtime.files) files.set(file, text);
    for (const [file, text] of await packageFiles) files.set(file, text);
    const origin = { spec: path.basename(job.spec), title: ir.title, package: identity.name };
    const released = await stage('apidiff', job.out, () =>
      release({
        outDir,
        display: job.out,
        ...identity,
        requested: job.version,
        files,
        check: options.check,
        origin,
        date: options.date ?? releaseDate(),
        ...(compared ? { compared } : {}),
        ...(large ? { largeAbove: LARGE_SPEC_BYTES } : {}),
      }),
    );
    diagnostics.push(...released.diagnostics);
    if (hasErrors(diagnostics)) return { ...stop(), ...(released.entry ? { apiChange: released.entry } : {}) };
    if (released.entry && released.version !== identity.version)
      return { diagnostics, timings, remake: released.entry };
    const all = withManifest(released.files, written, origin);
    const counts = { operations: ir.operations.length, types: ir.types.length, files: all.size + written.length };
    if (options.check) {
      const differences = await stage('check', job.out, () => diffOutput(outDir, all));
      return {
        diagnostics,
        timings,
        files: all,
        differences,
        counts,
        ...(released.entry ? { apiChange: released.entry } : {}),
      };
    }
    const writeProblems = await stage('write', job.out, () => output.write(all));
    diagnostics.push(...writeProblems);
    return {
      diagnostics,
      timings,
      files: all,
      counts,
      ...(released.entry ? { apiChange: released.entry } : {}),
      ...(hasErrors(writeProblems) ? { fault: 'output' as const } : {}),
    };
  } finally {
    await output.close();
  }
}

/** The model's result, or what it threw (reported only if validation finds nothing: see runPipeline). */
function attempt<T>(work: () => T): T | { failure: unknown } {
  try {
    return work();
  } catch (failure) {
    return { failure };
  }
}

/** Warnings of one code shown with their location; the rest are counted in one line. */
const WARNINGS_PER_CODE = 10;

/**
 * Every error is kept, but a big spec can repeat one warning hundreds of times (Graph's binary
 * bodies): the first few of each code are kept and the rest summed up, which also spares
 * locating each of them in a 20 MB file.
 */
function capWarnings(diagnostics: readonly Diagnostic[], file: string): Diagnostic[] {
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
        warning(code, `${n - WARNINGS_PER_CODE} more ${code} warnings like the ones above are not shown`, { file }),
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
