import type { Worker } from 'node:worker_threads';
import type { StatementStructures } from 'ts-morph';
import type { PlannedFile } from '../emit/emit.js';
import { byCodePoint } from '../emit/layout.js';
import { printFile } from '../emit/print.js';
import type { BuiltRuntime } from '../templates.js';
import { runTask, type TaskInput, type TaskName, type TaskOutput } from './tasks.js';
import type { TaskReply, TaskRequest } from './worker.js';

/** One package's printing (see Helper.printing). */
export interface PrintSession {
  /** Plans a file and hands it to the helper now (printed here when the helper takes no share). */
  send(file: PlannedFile): void;
  /** Plans and prints `files`, then waits for everything sent; every file printed, by path. */
  finish(files: readonly PlannedFile[]): Promise<Map<string, string>>;
}

/** What planning a file costs on this thread, relative to printing it (measured on Microsoft Graph v1.0). */
const PLAN_COST = 0.25;

/**
 * The second thread of a run (this machine class has two cores). It builds the runtime from
 * the moment the CLI starts, formats while the main thread models the next package, and
 * prints half of a large package. Without a worker (tests, library use) every task runs on
 * the calling thread, with the same results.
 */
export class Helper {
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 0;
  private closed = false;
  private printerWarm = false;

  /** `worker` runs generator/parallel/worker.ts; it may still be loading. */
  constructor(private worker?: Worker) {
    if (!worker) return;
    worker.on('message', (reply: TaskReply) => this.settle(reply));
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => this.fail(new Error(`the helper thread stopped (exit code ${code})`)));
  }

  /** The built runtime, the same for every package (a helper thread starts on it as soon as it loads). */
  runtime(): Promise<BuiltRuntime> {
    return this.call('runtime', undefined);
  }

  /** Formats a package's files (see format.ts); returns them formatted. */
  format(files: Map<string, string>): Promise<Map<string, string>> {
    return this.call('format', files);
  }

  /** A large package is coming: the helper loads the printer now, while the spec is read, to print its share later. */
  warmPrinter(): void {
    if (!this.worker) return;
    this.printerWarm = true;
    this.call('warmPrinter', undefined).catch(() => undefined);
  }

  /** Whether a share of the printing goes to the helper (warmPrinter was called, and it is alive). */
  get sharesPrinting(): boolean {
    return this.printerWarm && this.worker !== undefined;
  }

  /**
   * Starts printing a package. Files may go to the helper early, as they are planned (`send`);
   * `finish` plans the rest here, largest first, each kept or handed over to whichever thread has
   * less work queued (planning counted on this side), and resolves with every file, by path.
   * The output does not depend on who printed what. `onPrinted` hears of each file as soon as it
   * is printed (so that building it can start).
   */
  printing(onPrinted: (file: string, text: string) => void = () => undefined): PrintSession {
    const printed = new Map<string, string>();
    const remote: Promise<void>[] = [];
    const done = (file: string, text: string) => {
      printed.set(file, text);
      onPrinted(file, text);
    };
    let theirs = 0;
    const handOver = (f: PlannedFile, statements: StatementStructures[]) => {
      remote.push(this.call('print', [[f.file, statements]]).then((texts) => texts.forEach(([file, text]) => done(file, text))));
      theirs += f.weight;
    };
    return {
      send: (f) => (this.sharesPrinting ? handOver(f, f.statements()) : done(f.file, printFile(f.statements()))),
      finish: async (files) => {
        let mine = 0;
        for (const f of this.sharesPrinting ? [...files].sort((a, b) => b.weight - a.weight) : files) {
          const statements = f.statements();
          mine += f.weight * PLAN_COST;
          if (this.sharesPrinting && theirs < mine) {
            handOver(f, statements);
          } else {
            done(f.file, printFile(statements));
            mine += f.weight;
          }
        }
        await Promise.all(remote);
        return new Map([...printed].sort(([a], [b]) => byCodePoint(a, b)));
      },
    };
  }

  /** Stops the helper thread; tasks still running are abandoned. */
  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
  }

  private call<T extends TaskName>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>> {
    const worker = this.worker;
    if (!worker) return runTask(task, input);
    const id = this.nextId++;
    // Referenced only while it has work, so an idle helper never keeps the process alive.
    if (this.pending.size === 0) worker.ref();
    const request: TaskRequest = { id, task, input };
    return new Promise<TaskOutput<T>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage(request);
    });
  }

  private settle(reply: TaskReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.error) waiting.reject(Object.assign(new Error(`helper thread: ${reply.error.message}`), reply.error.stack ? { stack: reply.error.stack } : {}));
    else waiting.resolve(reply.output);
  }

  /** The thread is gone: what it owed fails, and later tasks run on this thread. */
  private fail(error: Error): void {
    this.worker = undefined;
    if (this.closed) return;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
