/**
 * A real npm registry for tests: Verdaccio in a child process on 127.0.0.1, its storage, users and npm cache in a
 * temporary folder, no uplinks (nothing is fetched from, or published to, anywhere else), stopped and removed by
 * stop().
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { npmEnv } from './npm.js';
import { makeTempDir, removeTempDir } from './temp.js';

export interface LocalRegistry {
  readonly url: string;
  /** The environment npm needs to install from it and publish to it (its own config, token and empty cache). */
  readonly env: NodeJS.ProcessEnv;
  /** Where the registry keeps its files; tests may make their projects under it too. */
  readonly dir: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;

/** Starts the registry and signs a user in; rejects (with Verdaccio's output) if it does not listen within 30 s. */
export async function startRegistry(): Promise<LocalRegistry> {
  const dir = makeTempDir('registry');
  const config = path.join(dir, 'config.yaml');
  fs.writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(path.join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(path.join(dir, 'htpasswd'))}`,
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: error }',
      '',
    ].join('\n'),
  );
  const child = spawn(process.execPath, [path.join(__dirname, 'verdaccio-server.cjs'), config], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    await stopChild(child);
    removeTempDir(dir);
  };
  try {
    const port = await listeningPort(child);
    const url = `http://127.0.0.1:${port}/`;
    const token = await signUp(url);
    const npmrc = path.join(dir, 'npmrc');
    fs.writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    fs.writeFileSync(path.join(dir, 'global-npmrc'), '');
    const env = npmEnv({
      userconfig: npmrc,
      globalconfig: path.join(dir, 'global-npmrc'),
      cache: path.join(dir, 'npm-cache'),
      registry: url,
    });
    return { url, env, dir, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** The port the child prints once it listens. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Verdaccio did not listen within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^port (\d+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Verdaccio exited (${code}) before it listened:\n${output}`));
    });
  });
}

/** Creates a user the way `npm adduser` does and returns its token. */
async function signUp(url: string): Promise<string> {
  const name = 'publisher';
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'local-test-only' }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token)
    throw new Error(`the registry refused the user (${response.status}): ${JSON.stringify(body)}`);
  return body.token;
}

/** Ends the child (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
