/**
 * Issue #15 and #16, the output folder as a user meets it: regenerating never loses a file of
 * theirs, a kill at any moment leaves a whole package, runs into one folder take turns. Real child
 * processes of the real entry point (generator/run.cjs) where a kill, a race or npm is involved;
 * main() in this process elsewhere.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST, readManifest } from '../../generator/write/manifest.js';
import { REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, readTree, removeTempDir, writeTree } from '../helpers/temp.js';
import { run } from '../helpers/tsc.js';
import { runCli } from '../hardening/support.js';

const RUN_CJS = path.join(REPO_ROOT, 'generator', 'run.cjs');

/** A spec with one path per group; the same title (the same API) whatever the groups. */
const spec = (groups: string[], version = '1.0.0') => `openapi: 3.0.3
info: { title: Trust, version: ${version} }
paths:
${groups.map((g) => `  /${g}/{id}:\n    get:\n      operationId: get-${g}\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { '204': { description: Done. } }`).join('\n')}
`;
const V1 = spec(['users', 'groups', 'devices']);
// Without groups' operation: a breaking change, so a major version (see docs/API-DIFF.md).
const V2 = spec(['users', 'devices', 'policies'], '2.0.0');

let dir: string;
beforeEach(() => {
  dir = makeTempDir('trust');
  writeTree(dir, { 'v1.yaml': V1, 'v2.yaml': V2 });
});
afterEach(() => removeTempDir(dir));

const pkg = () => path.join(dir, 'pkg');
/** Generates in this process, from `dir`. */
const generate = (version: 'v1' | 'v2', ...args: string[]) =>
  runCli(['--spec', `${version}.yaml`, '--out', 'pkg', ...args], dir);
/** What the folder holds that its manifest lists, the manifest included. */
function generatedPart(folder: string): Map<string, string> {
  const manifest = readManifest(folder);
  if (!manifest || manifest === 'unreadable') throw new Error(`${folder} has no readable manifest`);
  const tree = readTree(folder);
  // CHANGELOG.md is the folder's history (these tests regenerate v1 over v2 and back), not what a spec makes.
  const files = [...manifest.files].filter((f) => f !== 'CHANGELOG.md');
  const text = (f: string) => (f === MANIFEST ? tree.get(f)?.replace('    "CHANGELOG.md",\n', '') : tree.get(f));
  return new Map([MANIFEST, ...files].map((f) => [f, text(f) ?? '(missing)']));
}
/** What is beside the package folder, but the specs. */
const besides = () => fs.readdirSync(dir).filter((e) => !/^v\d\.yaml$/.test(e) && e !== 'pkg');

/** Each file of a user's beside the generated ones: a LICENSE, CI config, a module of their own, a repository. */
const USER_FILES = {
  LICENSE: 'MIT License, Copyright (c) a user\n',
  '.github/workflows/publish.yml': 'on: { push: { tags: [v*] } }\n',
  'src/custom.ts': "export const custom = 'mine';\n",
};

describe("regenerating over a folder holding a user's work", () => {
  test('their files, a .git with commits and the tarball npm pack made all survive, and --check stays green', async () => {
    expect((await generate('v1')).status).toBe(0);
    writeTree(pkg(), USER_FILES);
    const git = (...args: string[]) =>
      run('git', ['-c', 'user.name=u', '-c', 'user.email=u@example.com', ...args], { cwd: pkg() });
    expect((await git('init', '-q')).code).toBe(0);
    expect((await git('add', '-A')).code).toBe(0);
    expect((await git('commit', '-qm', 'first')).code).toBe(0);
    const packed = await run('npm', ['pack', '--silent'], { cwd: pkg() });
    expect(packed.code).toBe(0);
    const tarball = packed.stdout.trim();
    expect(tarball).toBe('trust-1.0.0.tgz');
    const bytes = fs.readFileSync(path.join(pkg(), tarball));
    const gitBefore = readTree(path.join(pkg(), '.git'));

    const regenerated = await generate('v2');
    expect(regenerated.status).toBe(0);
    // Reported once, in one line: what was kept and why.
    expect(regenerated.stderr).toBe(
      `pkg: note out-kept: kept what this generator did not write: .git/, .github/, LICENSE, src/custom.ts, ${tarball}\n`,
    );
    for (const [file, text] of Object.entries(USER_FILES))
      expect({ file, text: fs.readFileSync(path.join(pkg(), file), 'utf8') }).toEqual({ file, text });
    expect(fs.readFileSync(path.join(pkg(), tarball)).equals(bytes)).toBe(true);
    expect(readTree(path.join(pkg(), '.git'))).toEqual(gitBefore);
    expect((await git('log', '--format=%s')).stdout).toBe('first\n');
    // The package itself is the new one: the group no longer in the spec is gone, the new one is there.
    expect(fs.existsSync(path.join(pkg(), 'src/operations/groups.ts'))).toBe(false);
    expect(fs.existsSync(path.join(pkg(), 'src/operations/policies.ts'))).toBe(true);
    expect(await generate('v2', '--check')).toMatchObject({ status: 0, stderr: '' });
    expect(besides()).toEqual([]);
  });

  test('a folder another spec made is refused with exit 2 and left alone; --force replaces the package and keeps the rest', async () => {
    expect((await generate('v1')).status).toBe(0);
    writeTree(pkg(), USER_FILES);
    writeTree(dir, { 'petstore.yaml': spec(['pets']).replace('title: Trust', 'title: Petstore') });
    const before = readTree(pkg());
    const refused = await runCli(['--spec', 'petstore.yaml', '--out', 'pkg'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr.split('\n')[0]).toBe(
      'pkg: error out-other-package: refusing to replace the package in this folder: it holds the client of "Trust" (v1.yaml) as package trust, and this run generates "Petstore" (petstore.yaml) as package petstore; choose another --out, or pass --force to replace it (files it did not generate are kept)',
    );
    expect(readTree(pkg())).toEqual(before);
    const forced = await runCli(['--spec', 'petstore.yaml', '--out', 'pkg', '--force'], dir);
    expect(forced.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(pkg(), 'package.json'), 'utf8')).name).toBe('petstore');
    for (const [file, text] of Object.entries(USER_FILES))
      expect(fs.readFileSync(path.join(pkg(), file), 'utf8')).toBe(text);
    expect(fs.existsSync(path.join(pkg(), 'src/operations/users.ts'))).toBe(false);
  });

  test('a symbolic link as --out is written through; one to nothing is refused with a clear message', async () => {
    fs.mkdirSync(path.join(dir, 'real'));
    fs.symlinkSync('real', pkg());
    expect((await generate('v1')).status).toBe(0);
    expect((await generate('v2')).status).toBe(0);
    expect(fs.lstatSync(pkg()).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(dir, 'real', 'src/operations/policies.ts'))).toBe(true);
    fs.rmSync(pkg());
    fs.symlinkSync('gone', pkg());
    const dangling = await generate('v1');
    expect(dangling.status).toBe(2);
    expect(dangling.stderr.split('\n')[0]).toBe(
      'pkg: error out-broken-link: the output path is a symbolic link to gone, which does not exist; create that folder or choose another --out',
    );
    expect(fs.readlinkSync(pkg())).toBe('gone');
  });
});

/** Starts the real entry point; resolves with how it ended. */
function start(args: string[]) {
  const child = spawn(process.execPath, [RUN_CJS, ...args], { cwd: dir });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, ended };
}

describe('a run killed at any moment (SIGKILL, a real child process) leaves the old package or the new one whole', () => {
  // Many files of the user's inside a generated folder, each carried over one by one: the swap then lasts long enough
  // to be hit.
  const many = Object.fromEntries(
    Array.from({ length: 1000 }, (_, i) => [`src/custom-${String(i).padStart(4, '0')}.ts`, `export const n = ${i};\n`]),
  );
  /**
   * When to kill: given each name that appears beside the package, the delay in ms after it, or undefined to wait on.
   */
  const moments: [string, (name: string) => number | undefined][] = [
    ['while the package is staged', (name) => (/^\.pkg\.tmp-\d+-[0-9a-f]{8}$/.test(name) ? 0 : undefined)],
    ['as the swap starts', (name) => (name === '.pkg.swap' ? 0 : undefined)],
    ['a moment into the swap', (name) => (name === '.pkg.swap' ? 3 : undefined)],
  ];

  test('at each moment; the next run then finishes the job and nothing is left beside the folder', async () => {
    // The package each spec makes, generated elsewhere to compare with.
    expect((await runCli(['--spec', 'v1.yaml', '--out', 'old-ref'], dir)).status).toBe(0);
    expect((await runCli(['--spec', 'v2.yaml', '--out', 'new-ref'], dir)).status).toBe(0);
    const [oldPackage, newPackage] = [
      generatedPart(path.join(dir, 'old-ref')),
      generatedPart(path.join(dir, 'new-ref')),
    ];
    fs.rmSync(path.join(dir, 'old-ref'), { recursive: true });
    fs.rmSync(path.join(dir, 'new-ref'), { recursive: true });
    const userFiles = new Map(Object.entries({ ...USER_FILES, ...many }));
    let midSwap = 0;
    expect((await generate('v1', '--quiet')).status).toBe(0);
    writeTree(pkg(), userFiles);
    for (const [moment, when] of moments) {
      // The old package again (the user's files stay through every run).
      expect((await generate('v1', '--quiet')).status).toBe(0);
      const { child, ended } = start(['--spec', 'v2.yaml', '--out', 'pkg', '--quiet']);
      const watcher = fs.watch(dir, (_event, name) => {
        const delay = name ? when(String(name)) : undefined;
        if (delay === undefined) return;
        watcher.close();
        if (delay === 0) child.kill('SIGKILL');
        else setTimeout(() => child.kill('SIGKILL'), delay);
      });
      const end = await ended;
      watcher.close();
      expect({ moment, killed: end.signal === 'SIGKILL' || end.code === 0 }).toEqual({ moment, killed: true });

      // Right after the kill: one whole package in place, or (between the swap's two renames) recorded to be put back.
      const journal = path.join(dir, '.pkg.swap');
      const swapping = fs.existsSync(journal)
        ? (JSON.parse(fs.readFileSync(journal, 'utf8')) as { staging: string })
        : undefined;
      if (swapping) midSwap++;
      if (fs.existsSync(pkg())) {
        const found = generatedPart(pkg());
        expect({ moment, found }).toEqual({
          moment,
          found: found.get(MANIFEST) === oldPackage.get(MANIFEST) ? oldPackage : newPackage,
        });
      } else {
        expect({ moment, staged: swapping && generatedPart(path.join(dir, swapping.staging)) }).toEqual({
          moment,
          staged: newPackage,
        });
      }
      // Every file of the user's is in the folder, or in the staging folder the journal names.
      for (const [file, text] of userFiles) {
        const at = [pkg(), ...(swapping ? [path.join(dir, swapping.staging)] : [])].find((root) =>
          fs.existsSync(path.join(root, file)),
        );
        expect({ moment, file, text: at && fs.readFileSync(path.join(at, file), 'utf8') }).toEqual({
          moment,
          file,
          text,
        });
      }

      // The next run finishes: the new package, every file of the user's, nothing beside.
      expect((await generate('v2', '--quiet')).status).toBe(0);
      expect(generatedPart(pkg())).toEqual(newPackage);
      const after = readTree(pkg());
      for (const [file, text] of userFiles)
        expect({ moment, file, text: after.get(file) }).toEqual({ moment, file, text });
      expect({ moment, besides: besides() }).toEqual({ moment, besides: [] });
    }
    // At least one kill landed inside the swap itself, not only before or after it.
    expect(midSwap).toBeGreaterThan(0);
  }, 120_000);
});

describe('runs into one folder', () => {
  test('two at once take turns (the lock), both succeed, and one whole package is left', async () => {
    expect((await generate('v1')).status).toBe(0);
    writeTree(pkg(), USER_FILES);
    // Held by this process until both runs wait for it, so that they surely meet at the lock.
    const lock = path.join(dir, '.pkg.lock');
    fs.writeFileSync(lock, `${process.pid}\n`);
    const runs = [start(['--spec', 'v2.yaml', '--out', 'pkg']), start(['--spec', 'v2.yaml', '--out', 'pkg'])];
    const staged = () => runs.every((r) => fs.readdirSync(dir).some((e) => e.startsWith(`.pkg.tmp-${r.child.pid}-`)));
    for (let i = 0; i < 600 && !staged(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(staged()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Both wait: neither has replaced the package while another holds the lock.
    expect(runs.map((r) => r.child.exitCode)).toEqual([null, null]);
    expect(fs.existsSync(path.join(pkg(), 'src/operations/groups.ts'))).toBe(true);
    fs.rmSync(lock);
    const ends = await Promise.all(runs.map((r) => r.ended));
    expect(ends.map((e) => e.code)).toEqual([0, 0]);
    expect(besides()).toEqual([]);
    expect((await generate('v2', '--check')).status).toBe(0);
    for (const [file, text] of Object.entries(USER_FILES))
      expect(fs.readFileSync(path.join(pkg(), file), 'utf8')).toBe(text);
  }, 60_000);
});

describe("paths and modes are the user's", () => {
  test('files and folders get the modes the umask gives', async () => {
    const before = process.umask(0o027);
    try {
      expect(await generate('v1', '--quiet')).toMatchObject({ status: 0, stderr: '' });
    } finally {
      process.umask(before);
    }
    const modes = new Set<string>();
    const walk = (abs: string) => {
      const stat = fs.statSync(abs);
      modes.add(`${stat.isDirectory() ? 'folder' : 'file'} ${(stat.mode & 0o777).toString(8)}`);
      if (stat.isDirectory()) for (const e of fs.readdirSync(abs)) walk(path.join(abs, e));
    };
    walk(pkg());
    expect([...modes].sort()).toEqual(['file 640', 'folder 750']);
  });

  test('npm run generate from a subdirectory: relative --spec, --out and --config start there', async () => {
    // A folder inside the repository (git ignores __output__), so that npm finds the package above it.
    const base = path.join(REPO_ROOT, 'test', 'generator', '__output__');
    fs.mkdirSync(base, { recursive: true });
    const work = fs.mkdtempSync(path.join(base, 'npm-run-'));
    try {
      writeTree(work, {
        'api/v1.yaml': V1,
        'sub/keep.txt': '',
        'sub/c.json': JSON.stringify({ packages: [{ spec: '../api/v1.yaml', out: 'from-config' }] }),
      });
      const sub = path.join(work, 'sub');
      const npmRun = (...args: string[]) =>
        run('npm', ['run', '--silent', 'generate', '--', ...args, '--quiet'], { cwd: sub, timeoutMs: 120_000 });
      expect(await npmRun('--spec', '../api/v1.yaml', '--out', 'pkg')).toMatchObject({ code: 0, stderr: '' });
      expect(fs.existsSync(path.join(sub, 'pkg', 'package.json'))).toBe(true);
      // A config's packages are relative to the config's folder.
      expect(await npmRun('--config', 'c.json')).toMatchObject({ code: 0, stderr: '' });
      expect(fs.existsSync(path.join(sub, 'from-config', 'package.json'))).toBe(true);
      expect(fs.existsSync(path.join(REPO_ROOT, 'pkg'))).toBe(false);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
