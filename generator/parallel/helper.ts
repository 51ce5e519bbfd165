import type { Worker } from 'node:worker_threads';
import type { PlannedFile, Statement } from '../emit/emitter.js';
import { byCodePoint } from '../emit/layout.js';
import type { ProfileKind } from '../model/profile.js';
import type { BuiltRuntime, PackageFilesInput } from '../templates.js';
import type { DeliveryTarget } from '../write/output.js';
import { runTask, type Delivered, type TaskInput, type TaskName, type TaskOutput } from './tasks.js';
import type { TaskReply, TaskRequest } from './worker.js';

/** The helper thread stopped: its tasks are redone on the calling thread. */
class HelperGone extends Error {}

/** One package's printing (see Helper.printing). */
export interface PrintSession {
  /** Plans a file and has it printed now (by the helper when it prints). */
  send(file: PlannedFile): void;
  /**
   * Plans and prints `files`, then waits for everything; every file printed, by path (none when they were delivered).
   * This thread then has nothing left to do but wait, so what the helper prints from then on comes back to be built and
   * written here (see tasks.ts's deliver).
   */
  finish(files: readonly PlannedFile[]): Promise<Map<string, string>>;
  /** With a delivery target: the files written into it and the problems met, complete once `finish` resolves. */
  readonly delivered: Pick<Delivered, 'written' | 'diagnostics'>;
  /**
   * Waits for every file under way, failed or not: a run that stops must not leave a thread writing into a folder
   * it removes.
   */
  settled(): Promise<void>;
  /** How many files are finished (printed, or delivered), for progress. */
  readonly done: number;
}

/**
 * The second thread of a run (this machine class has two cores). It builds the runtime from
 * the moment the CLI starts, formats small packages, and prints the whole of a large one while
 * the main thread models and plans it. Without a worker (tests, library use), or once it has
 * died, every task runs on the calling thread, with the same results.
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
    worker.on('error', (e) => this.fail(new HelperGone(`the helper thread failed: ${e.message}`)));
    worker.on('exit', (code) => this.fail(new HelperGone(`the helper thread stopped (exit code ${code})`)));
  }

  /** The built runtime of a profile, the same for its every package (a helper starts on Graph's as it loads). */
  runtime(profile: ProfileKind): Promise<BuiltRuntime> {
    return this.call('runtime', () => profile);
  }

  /** Renders a package's files that are not TypeScript (see templates.ts). */
  render(input: PackageFilesInput): Promise<Map<string, string>> {
    return this.call('render', () => input);
  }

  /** Formats a package's files (see format.ts); returns them formatted. */
  format(files: Map<string, string>): Promise<Map<string, string>> {
    return this.call('format', () => files);
  }

  /** A large package is coming: the helper loads the printer now, while the spec is read, to print it later. */
  warmPrinter(): void {
    if (!this.worker) return;
    this.printerWarm = true;
    this.call('warmPrinter', () => undefined).catch(() => undefined);
  }

  /**
   * A small package is coming: the helper loads Prettier now, to format it later (with a helper,
   * the main thread never loads it, and a large package, never formatted, never pays for it).
   */
  warmFormatter(): void {
    if (!this.worker) return;
    this.call('warmFormatter', () => undefined).catch(() => undefined); // a failure is reported by the format task that needs it
  }

  /** Whether the printing goes to the helper (warmPrinter was called, and it is alive). */
  get sharesPrinting(): boolean {
    return this.printerWarm && this.worker !== undefined;
  }

  /**
   * Starts printing a package. With a warmed helper every file is printed there: this thread
   * plans, and never loads ts-morph (half a second) on a large spec. Files may go over early, as
   * they are planned (`send`); `finish` plans the rest and resolves with every file, by path.
   * Without one, files print here. `onPrinted` hears of each file as soon as it is printed (so
   * that building it can start). With a `delivery` target each file is instead printed, built and
   * written there by the thread that prints it, and only its paths come back, until `finish`: from
   * then on files come back printed (to `onPrinted`); see tasks.ts's deliver.
   */
  printing(
    onPrinted: (file: string, text: string) => void = () => undefined,
    delivery?: { target: DeliveryTarget },
  ): PrintSession {
    const printed = new Map<string, string>();
    const delivered: Pick<Delivered, 'written' | 'diagnostics'> = { written: [], diagnostics: [] };
    const pending: Promise<void>[] = [];
    let finished = 0;
    // Set by `finish`, when this thread has only the waiting left: the helper then hands files back, not delivers.
    const handBack = new Int32Array(new SharedArrayBuffer(4));
    const take = (list: readonly [string, string][]) =>
      list.forEach(([file, text]) => {
        printed.set(file, text);
        onPrinted(file, text);
      });
    const print = (f: PlannedFile) => {
      // Planned anew should the helper die with it: a plan kept for that would outlive its sending (and be
      // promoted to the old heap).
      const plan = (): [string, Statement[]][] => [[f.file, f.statements()]];
      const run = <T extends TaskName>(task: T, input: () => TaskInput<T>) =>
        this.sharesPrinting ? this.call(task, input) : runTask(task, input());
      const done = delivery
        ? run('deliver', () => ({ plan: plan(), target: delivery.target, handBack })).then((d) => {
            delivered.written.push(...d.written);
            delivered.diagnostics.push(...d.diagnostics);
            take(d.printed);
          })
        : run('print', plan).then(take);
      done.then(
        () => finished++,
        () => undefined,
      ); // awaited by finish; a run stopped before it must not leave it unhandled
      pending.push(done);
      return done;
    };
    return {
      send: (f) => void print(f),
      finish: async (files) => {
        Atomics.store(handBack, 0, 1);
        // Printed here, each file is printed before the next is planned: never the whole plan in memory at once.
        for (const f of files) {
          const done = print(f);
          if (!this.sharesPrinting) await done;
        }
        await Promise.all(pending);
        return new Map([...printed].sort(([a], [b]) => byCodePoint(a, b)));
      },
      delivered,
      settled: async () => {
        await Promise.allSettled(pending);
      },
      get done() {
        return finished;
      },
    };
  }

  /** Stops the helper thread; tasks still running are abandoned. */
  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
  }

  /**
   * Runs a task on the helper, or here once it is gone. The input is made by `input`, and made
   * again for a task the thread took to its grave: nothing holds the sent input meanwhile.
   */
  private call<T extends TaskName>(task: T, input: () => TaskInput<T>): Promise<TaskOutput<T>> {
    const worker = this.worker;
    if (!worker) return runTask(task, input());
    const reply = this.post(worker, task, input());
    // A task the thread took to its grave is done here: a helper that runs out of memory costs time, not the package.
    return reply.catch((e: unknown) => {
      if (e instanceof HelperGone) return runTask(task, input());
      throw e;
    });
  }

  /** Sends a task to the thread; resolves with its reply. */
  private post<T extends TaskName>(worker: Worker, task: T, input: TaskInput<T>): Promise<TaskOutput<T>> {
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
    if (reply.error)
      waiting.reject(
        Object.assign(
          new Error(`helper thread: ${reply.error.message}`),
          reply.error.stack ? { stack: reply.error.stack } : {},
        ),
      );
    else waiting.resolve(reply.output);
  }

  /** The thread is gone: what it owed, and every later task, runs on this thread (see call). */
  private fail(error: HelperGone): void {
    this.worker = undefined;
    if (this.closed) return;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
