/** Running the repository's two TypeScript compilers (and other commands) as child processes. */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './generate.js';

/** The compilers generated packages must satisfy: the native TypeScript 7 and the JavaScript TypeScript 5.9. */
export const COMPILERS = [
  {
    name: 'TypeScript 7',
    bin: path.join(REPO_ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc'),
    version: /^Version 7\./,
  },
  {
    name: 'TypeScript 5.9',
    bin: path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
    version: /^Version 5\.9\./,
  },
] as const;

export type Compiler = (typeof COMPILERS)[number];

/** What a finished process said; `code` is its exit status (never throws on a non-zero one). */
export interface ProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command without a shell; the promise settles when it exits (or after `timeoutMs`, killed). */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? REPO_ROOT,
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({
          code,
          stdout: String(stdout),
          stderr: String(stderr) + (error && typeof error.code !== 'number' ? `\n${error.message}` : ''),
        });
      },
    );
  });
}

/** Runs a compiler with node (the one running the tests). */
export function tsc(compiler: Compiler, args: readonly string[], cwd?: string): Promise<ProcessResult> {
  return run(process.execPath, [compiler.bin, ...args], cwd ? { cwd } : {});
}

/** Fails with the compiler's own output when it did not exit cleanly. */
export function expectClean(result: ProcessResult, what: string): void {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stdout}${result.stderr}`);
}

/** Runs `tasks` with at most `limit` at a time (one per core is plenty for compilers). */
export async function inPool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/**
 * Writes the tsconfig.json (and an ESM package.json) of a consumer's project in `dir`: strict, NodeNext, ES2022 (and
 * the DOM lib where asked), Node's types, checking `files`.
 */
export function writeConsumerProject(dir: string, files: readonly string[], lib: readonly string[] = ['ES2022']): void {
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        types: ['node'],
        typeRoots: [path.join(REPO_ROOT, 'node_modules', '@types')],
      },
      files,
    }),
  );
}
