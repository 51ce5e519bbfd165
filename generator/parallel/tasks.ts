/**
 * The work a helper thread can take over. Each task takes and returns plain data (what
 * postMessage can copy), so the same function runs in the helper or, without one, on the
 * calling thread.
 */
import { transpileFileSync } from '../build/transpile.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Statement } from '../emit/emitter.js';
import { formatCode, loadPrettier } from '../format.js';
import type { ProfileKind } from '../model/profile.js';
import {
  buildRuntime,
  loadTemplates,
  renderPackageFiles,
  type BuiltRuntime,
  type PackageFilesInput,
} from '../templates.js';
import { deliverFile, type DeliveryTarget } from '../write/output.js';

/** Files to print, each with its statements. */
type PrintPlan = [string, Statement[]][];

/** What a delivery wrote (package paths: src/…, dist/…), the problems it met, and what it handed back. */
export interface Delivered {
  readonly written: string[];
  readonly diagnostics: Diagnostic[];
  /** Printed files (path under src/, text) left to the thread that asked, which had time to build and write them. */
  readonly printed: [string, string][];
}

/** What a delivery takes: the files, where they go, and the flag that says to hand printed files back. */
export interface DeliveryInput {
  readonly plan: PrintPlan;
  readonly target: DeliveryTarget;
  /**
   * Shared memory: its first element turns 1 once the asking thread only waits; from then on it builds and writes what
   * is printed.
   */
  readonly handBack: Int32Array;
}

/** The runtime is the same for every package of a profile: a thread builds each once. */
const runtimes = new Map<ProfileKind, Promise<BuiltRuntime>>();

const tasks = {
  /** Builds the runtime every package of a profile ships (once per thread). */
  runtime: (profile: ProfileKind): Promise<BuiltRuntime> => {
    let built = runtimes.get(profile);
    if (!built) runtimes.set(profile, (built = buildRuntime(profile)));
    return built;
  },
  /** Formats a package's code with Prettier; returns the same files, formatted. */
  format: async (files: Map<string, string>): Promise<Map<string, string>> => {
    await formatCode(files);
    return files;
  },
  /**
   * Loads the printer ahead of use. A dynamic import: the helper does not pay for ts-morph
   * (half a second) unless the run has a large spec to print.
   */
  warmPrinter: async (): Promise<void> => {
    await import('../emit/print.js');
    loadTemplates();
  },
  /**
   * Loads Prettier ahead of use, for a small package (a large one is never formatted, and needs the printer instead).
   */
  warmFormatter: async (): Promise<void> => {
    await loadPrettier();
    loadTemplates();
  },
  /**
   * Renders a package's files that are not TypeScript (README.md, package.json, tsconfig.json) from their templates.
   */
  render: async (input: PackageFilesInput): Promise<Map<string, string>> => renderPackageFiles(input),
  /** Prints files from their statements. */
  print: async (plan: PrintPlan): Promise<[string, string][]> => {
    const { printFile } = await import('../emit/print.js');
    return plan.map(([file, statements]) => [file, printFile(statements)]);
  },
  /**
   * Prints files, builds each, and writes the source and what was built into the package's
   * temporary folder; answers with the paths written, not the texts: while the main thread is
   * still modelling, building and writing here keeps some 50 MB of strings (on Graph v1.0) and
   * their handling off it. All of it on this thread, one file after the other: building on the
   * thread pool instead made a third thread on two cores, and its queue kept printed and built
   * texts alive long enough to be promoted (14,000 more page faults on Graph v1.0, and slower in
   * 7 of 8 alternating runs). Once the main thread only waits (`handBack`, raised by the print
   * session's finish), what is printed from then on goes back to it to build and write, so that
   * both threads finish together.
   */
  deliver: async ({ plan, target, handBack }: DeliveryInput): Promise<Delivered> => {
    const { printFile } = await import('../emit/print.js');
    const delivered: Delivered = { written: [], diagnostics: [], printed: [] };
    const folders = new Set<string>();
    for (const [file, statements] of plan) {
      const text = printFile(statements);
      if (Atomics.load(handBack, 0) === 1) {
        delivered.printed.push([file, text]);
        continue;
      }
      const built = transpileFileSync(file, text);
      delivered.diagnostics.push(...built.diagnostics);
      // A file that failed to build fails the run: nothing of it is written.
      if (built.diagnostics.length > 0) continue;
      for (const [path, content, head] of [
        [`src/${file}`, text, ''] as const,
        ...built.files.map(([f, t]) => [`dist/${f}`, t, built.banner] as const),
      ]) {
        const problem = deliverFile(target, path, content, folders, head);
        if (problem) delivered.diagnostics.push(problem);
        else delivered.written.push(path);
      }
    }
    return delivered;
  },
};

/** A task's name. */
export type TaskName = keyof typeof tasks;
/** What a task takes. */
export type TaskInput<T extends TaskName> = Parameters<(typeof tasks)[T]> extends [infer I] ? I : undefined;
/** What a task gives back. */
export type TaskOutput<T extends TaskName> = Awaited<ReturnType<(typeof tasks)[T]>>;

/** Runs a task by name on this thread. */
export function runTask<T extends TaskName>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>> {
  return (tasks[task] as unknown as (input: TaskInput<T>) => Promise<TaskOutput<T>>)(input);
}
