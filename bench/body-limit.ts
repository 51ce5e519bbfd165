/**
 * `npx tsx bench/body-limit.ts`: what a gzip bomb costs the runtime. A server on 127.0.0.1 answers one GET with
 * 300 gzip members of 1 MB of zeros each (about 315 KB on the wire, 300 MB decompressed); the runtime reads it with
 * its default maxResponseBytes (64 MiB) and with no limit (maxResponseBytes: 0, as before the limit existed). Each
 * case runs in a fresh Node process, which prints its peak RSS and time. A benchmark: it asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

const MEMBERS = 300;

/** One case, in this process: serve the bomb, read it through the runtime, print the figures as JSON. */
async function child(limit: string): Promise<void> {
  const { createGraphClient } = await import('../templates/runtime/index.js');
  const member = gzipSync(Buffer.alloc(1 << 20), { level: 9 });
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    let written = 0;
    const pump = (): void => {
      while (written < MEMBERS && !res.destroyed) {
        written++;
        if (!res.write(member)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = createGraphClient(
    { name: 'bench', version: '0', baseUrl: `http://127.0.0.1:${port}` },
    { retry: false, ...(limit == 'default' ? {} : { maxResponseBytes: Number(limit) }) },
  );
  const started = performance.now();
  let outcome: string;
  try {
    const result = await client.send({ method: 'GET', path: '/bomb' });
    outcome = `resolved, status ${result.status}`;
  } catch (e) {
    outcome = `${(e as Error).name}: ${(e as Error).message}`.slice(0, 90);
  }
  const ms = performance.now() - started;
  server.closeAllConnections();
  server.close();
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      outcome,
      ms: Math.round(ms),
      peakRssMb: Math.round(rss),
      wireKb: Math.round((member.length * MEMBERS) / 1024),
    }),
  );
}

function main(): void {
  console.log(
    `gzip bomb: ${MEMBERS} members of 1 MB of zeros, one GET through templates/runtime, fresh process each\n`,
  );
  for (const [name, limit] of [
    ['default maxResponseBytes (64 MiB)', 'default'],
    ['maxResponseBytes: 1 MB', '1000000'],
    ['no limit (maxResponseBytes: 0)', '0'],
  ]) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'body-limit.ts'), 'child', limit],
      {
        encoding: 'utf8',
      },
    );
    const figures = JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
    console.log(
      `${name.padEnd(36)} peak RSS ${String(figures.peakRssMb).padStart(5)} MB, ${String(figures.ms).padStart(5)} ms (${figures.wireKb} KB on the wire): ${figures.outcome}`,
    );
  }
}

if (process.argv[2] == 'child') void child(process.argv[3]!);
else main();
