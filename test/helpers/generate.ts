/** Generating packages in tests: the fixture list, the curated jobs, and an in-memory run of the pipeline. */
import * as path from 'node:path';
import { CONFIG_FILE, readConfig } from '../../generator/config.js';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../generator/diagnostics.js';
import { runPipeline, type PackageJob } from '../../generator/pipeline.js';
import { makeTempDir, removeTempDir } from './temp.js';

/** The repository root; generation in tests runs with it as cwd, so messages show repo-relative paths. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The fixture specs, one feature each (paths relative to the repository root). */
export const FIXTURES = [
  { name: 'nullable-3.0', spec: 'test/fixtures/nullable-3.0.yaml' },
  { name: 'type-array-null-3.1', spec: 'test/fixtures/type-array-null-3.1.yaml' },
  { name: 'all-of-extends', spec: 'test/fixtures/all-of-extends.yaml' },
  { name: 'one-of-discriminator', spec: 'test/fixtures/one-of-discriminator.yaml' },
  { name: 'any-of', spec: 'test/fixtures/any-of.yaml' },
  { name: 'additional-properties', spec: 'test/fixtures/additional-properties.yaml' },
  { name: 'arrays-and-formats', spec: 'test/fixtures/arrays-and-formats.yaml' },
  { name: 'enums', spec: 'test/fixtures/enums.yaml' },
  { name: 'read-only-patch', spec: 'test/fixtures/read-only-patch.yaml' },
  { name: 'parameters', spec: 'test/fixtures/parameters.yaml' },
  { name: 'inline-bodies', spec: 'test/fixtures/inline-bodies.yaml' },
  { name: 'external-refs', spec: 'test/fixtures/external-refs/api.yaml' },
  { name: 'json-spec', spec: 'test/fixtures/json-spec.json' },
  { name: 'no-servers', spec: 'test/fixtures/no-servers.yaml' },
  { name: 'naming', spec: 'test/fixtures/naming.yaml' },
  { name: 'escaping', spec: 'test/fixtures/escaping.yaml' },
  { name: 'openapi-profile', spec: 'test/fixtures/openapi-profile.yaml' },
  { name: 'graph-profile', spec: 'test/fixtures/graph-profile.yaml' },
  { name: 'paging', spec: 'test/fixtures/paging.yaml' },
  { name: 'odata', spec: 'test/fixtures/odata.yaml' },
] as const;

export type FixtureName = (typeof FIXTURES)[number]['name'];

/** The spec path of a fixture, relative to the repository root. */
export function fixtureSpec(name: FixtureName): string {
  return FIXTURES.find((f) => f.name === name)!.spec;
}

/** The packages of codegen.config.json (the two curated Graph specs). */
export function curatedJobs(): PackageJob[] {
  const config = readConfig(CONFIG_FILE, REPO_ROOT);
  if (hasErrors(config.diagnostics)) throw new Error(config.diagnostics.map(formatDiagnostic).join('\n'));
  return config.jobs;
}

/** A generated package in memory. */
export interface Generated {
  /** Every file of the package: relative path → content. */
  readonly files: Map<string, string>;
  /** Warnings (errors make `generate` throw). */
  readonly diagnostics: Diagnostic[];
}

/**
 * Runs the whole pipeline in check mode against a folder that does not exist, so nothing is
 * written anywhere; throws with the formatted diagnostics when the spec has errors.
 */
export async function generate(job: Omit<PackageJob, 'out'>): Promise<Generated> {
  const temp = makeTempDir('generate');
  try {
    const result = await runPipeline(
      { ...job, out: path.join(temp, 'never-written') },
      { cwd: REPO_ROOT, check: true },
    );
    if (hasErrors(result.diagnostics) || !result.files) {
      throw new Error(`generating ${job.spec} failed:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
    }
    return { files: result.files, diagnostics: result.diagnostics };
  } finally {
    removeTempDir(temp);
  }
}

/** True for the runtime files every package carries unchanged (src/runtime/, dist/runtime/). */
export function isRuntimeFile(file: string): boolean {
  return /^(src|dist)\/runtime\//.test(file);
}
