// A scripted HTTP server for the runtime tests: each request takes the next scripted step, on 127.0.0.1.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** A request as the server saw it. */
export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One scripted answer. */
export type Step = (res: ServerResponse, seen: Seen, req: IncomingMessage) => void;

export interface ScriptedServer {
  /** http://127.0.0.1:port */
  readonly origin: string;
  readonly port: number;
  /** Every request received, in order. */
  readonly seen: Seen[];
  /** Replaces the queue of answers; a request beyond it gets 599. */
  script(...steps: Step[]): void;
  /** Answers with `step` after ms (the timer is cleared on close). */
  later(ms: number, step: Step): Step;
  close(): Promise<void>;
}

export async function startServer(): Promise<ScriptedServer> {
  const seen: Seen[] = [];
  let steps: Step[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s: Seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      seen.push(s);
      const step = steps.shift();
      if (step) step(res, s, req);
      else res.writeHead(599, { 'content-type': 'text/plain' }).end('no scripted answer');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    script(...s) {
      steps = s;
    },
    later(ms, step) {
      return (res, s, req) => {
        const t = setTimeout(() => {
          timers.delete(t);
          if (!res.destroyed) step(res, s, req);
        }, ms);
        timers.add(t);
      };
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers with a JSON body. */
export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Step =>
  (res) =>
    res
      .writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal', ...headers })
      .end(JSON.stringify(body));

/** Answers with a text body (possibly empty). */
export const text =
  (status: number, body = '', headers: Record<string, string> = {}): Step =>
  (res) =>
    res.writeHead(status, body ? { 'content-type': 'text/plain', ...headers } : headers).end(body);

/** Destroys the connection without an answer, as a connection reset would. */
export const reset: Step = (_res, _seen, req) => {
  req.socket.destroy();
};

/**
 * Answers 200 with a gzip body of concatenated members, each 1 MB of zeros (about 1 KB compressed): `members` MB once
 * decompressed. Written as the client reads, and stopped when it goes away.
 */
export const gzipBomb =
  (members: number): Step =>
  (res) => {
    const member = gzipSync(Buffer.alloc(1 << 20), { level: 9 });
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    let written = 0;
    const pump = (): void => {
      while (written < members && !res.destroyed) {
        written++;
        if (!res.write(member)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  };

/** Awaits a promise that must reject, and returns what it rejected with. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}
