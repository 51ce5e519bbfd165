// Starts Stoplight Prism (`prism mock <spec> --errors`) on 127.0.0.1 for the end-to-end tests, and stops it.
// Prism works offline: it reads the spec file and listens; it needs no network.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';

const PRISM_BIN = path.resolve(__dirname, '..', '..', 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
const READY = /Prism is listening on/;

export interface PrismServer {
  /** http://127.0.0.1:port (Prism serves the spec's paths at the root, whatever the server URL's path). */
  readonly origin: string;
  /** The last lines Prism printed, for failure messages. */
  log(): string;
  /** Stops Prism: SIGTERM, then SIGKILL after 3 s; resolves once it has exited. */
  stop(): Promise<void>;
}

/** Every Prism this process started and has not stopped, killed on exit should a test run die early. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A port that was free a moment ago (the kernel picks it; Prism binds it right after). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Waits for the child to exit, at most ms; true when it did. */
const exited = (child: ChildProcess, ms: number): Promise<boolean> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const t = setTimeout(() => resolve(false), ms);
        child.once('exit', () => {
          clearTimeout(t);
          resolve(true);
        });
      });

async function stopChild(child: ChildProcess): Promise<void> {
  if (!(await exited(child, 0))) {
    child.kill('SIGTERM');
    if (!(await exited(child, 3000))) {
      child.kill('SIGKILL');
      await exited(child, 3000);
    }
  }
  running.delete(child);
}

/** Starts Prism on one attempt's port; rejects (after killing it) when it exits or is not ready in time. */
async function startOnce(specFile: string, readyTimeoutMs: number): Promise<PrismServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [PRISM_BIN, 'mock', specFile, '--host', '127.0.0.1', '--port', String(port), '--errors'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  running.add(child);
  const lines: string[] = [];
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const onData = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      if (READY.test(line)) ready();
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const log = (): string => lines.join('\n');

  let timer: NodeJS.Timeout | undefined;
  const failure = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`not listening after ${readyTimeoutMs} ms`), readyTimeoutMs);
    child.once('exit', (code, signal) => resolve(`exited (code ${code}, signal ${signal}) before listening`));
    child.once('error', (e) => resolve(`could not be spawned: ${e.message}`));
  });
  const outcome = await Promise.race([isReady.then(() => undefined), failure]);
  clearTimeout(timer);
  if (outcome !== undefined) {
    await stopChild(child);
    throw new Error(`Prism on ${path.basename(specFile)}, port ${port}, ${outcome}:\n${log()}`);
  }
  return { origin: `http://127.0.0.1:${port}`, log, stop: () => stopChild(child) };
}

/**
 * Starts `prism mock specFile --errors` on a free 127.0.0.1 port; up to three attempts when another process took the
 * port first.
 */
export async function startPrism(specFile: string, readyTimeoutMs = 90_000): Promise<PrismServer> {
  let last: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(specFile, readyTimeoutMs);
    } catch (e) {
      last = e;
      if (!/EADDRINUSE|address already in use/i.test(String(e))) break;
    }
  }
  throw last;
}
