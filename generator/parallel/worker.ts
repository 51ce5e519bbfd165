/**
 * The helper thread's entry point (bundled by generator/run.cjs as worker.cjs): runs the tasks
 * the main thread sends, one reply per request, failures included.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type TaskName } from './tasks.js';

/** What the main thread sends. */
export interface TaskRequest {
  readonly id: number;
  readonly task: TaskName;
  readonly input: unknown;
}

/** What the helper answers. */
export interface TaskReply {
  readonly id: number;
  readonly output?: unknown;
  readonly error?: { message: string; stack?: string };
}

// Only as a worker: imported anywhere else (its types are), this module does nothing.
if (parentPort) {
  const port = parentPort;
  // Every run needs a runtime: start on Graph's (the curated packages') at once, while the main thread is still
  // loading.
  runTask('runtime', 'graph').catch(() => undefined); // a failure is reported when the runtime is asked for
  const answer = async ({ id, task, input }: TaskRequest): Promise<void> => {
    let reply: TaskReply;
    try {
      reply = { id, output: await runTask(task, input as never) };
    } catch (e) {
      reply = {
        id,
        error:
          e instanceof Error ? { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } : { message: String(e) },
      };
    }
    port.postMessage(reply);
  };
  port.on('message', (request: TaskRequest) => void answer(request));
}
