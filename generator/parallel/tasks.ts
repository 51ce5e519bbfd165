/**
 * The work a helper thread can take over. Each task takes and returns plain data (what
 * postMessage can copy), so the same function runs in the helper or, without one, on the
 * calling thread.
 */
import type { StatementStructures } from 'ts-morph';
import { formatCode } from '../format.js';
import { buildRuntime, type BuiltRuntime } from '../templates.js';

/** The runtime is the same for every package: a thread builds it once. */
let runtime: Promise<BuiltRuntime> | undefined;

const tasks = {
  /** Builds the runtime every package ships (once per thread). */
  runtime: (): Promise<BuiltRuntime> => (runtime ??= buildRuntime()),
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
  },
  /** Prints files from their statements. */
  print: async (plan: [string, StatementStructures[]][]): Promise<[string, string][]> => {
    const { printFile } = await import('../emit/print.js');
    return plan.map(([file, statements]) => [file, printFile(statements)]);
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
