/**
 * The generator outside this repository: `npm pack` of the repository (its prepack step bundles the generator into
 * lib/), the tarball installed as a devDependency of a fresh project (its dependencies from npm's cache, fetched
 * once where missing), and the bin run there with `npx`: it reads that project's codegen.config.json, writes there,
 * never into its own installed folder, and what it writes type-checks. Then its `permissions` command.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/generate.js';
import { npmEnv } from '../helpers/npm.js';
import { makeTempDir, removeTempDir, writeTree } from '../helpers/temp.js';
import { COMPILERS, expectClean, run, tsc } from '../helpers/tsc.js';

const env = npmEnv();
let temp: string;
let project: string;
let installed: string;
/** Every file of the installed generator with its size and mtime, before it ran. */
let before: string;

function snapshotTree(dir: string): string {
  const lines: string[] = [];
  const walk = (abs: string) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const full = path.join(abs, entry.name);
      if (entry.isDirectory()) walk(full);
      else lines.push(`${path.relative(dir, full)} ${fs.statSync(full).size} ${fs.statSync(full).mtimeMs}`);
    }
  };
  walk(dir);
  return lines.sort().join('\n');
}

beforeAll(async () => {
  temp = makeTempDir('installed-generator');
  const packed = await run('npm', ['pack', REPO_ROOT, '--pack-destination', temp, '--json'], {
    cwd: temp,
    env,
    timeoutMs: 120_000,
  });
  expectClean(packed, 'npm pack');
  const tarball = path.join(temp, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  project = path.join(temp, 'team-api');
  writeTree(project, {
    'package.json': JSON.stringify({ name: 'team-api', private: true, type: 'module' }, null, 2),
    'specs/parameters.yaml': fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/parameters.yaml'), 'utf8'),
    'codegen.config.json': JSON.stringify({
      packages: [{ spec: 'specs/parameters.yaml', out: 'clients/items', name: '@team/items-client', version: '1.2.0' }],
    }),
  });
  const install = await run('npm', ['install', '--save-dev', '--prefer-offline', tarball], {
    cwd: project,
    env,
    timeoutMs: 240_000,
  });
  expectClean(install, 'npm install of the packed generator');
  installed = path.join(project, 'node_modules', 'graph-intune-codegen');
  before = snapshotTree(installed);
}, 400_000);

afterAll(() => removeTempDir(temp));

test('the tarball holds the bundles, the templates and the bin, and depends only on what generation requires', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
    dependencies: Record<string, string>;
  };
  expect(manifest.bin).toEqual({ 'graph-intune-codegen': 'bin/graph-intune-codegen.cjs' });
  const files = fs.readdirSync(path.join(installed, 'lib')).sort();
  expect(files).toEqual(['cli.cjs', 'permissions.cjs', 'printer.cjs', 'worker.cjs']);
  // Each dependency is a package the bundles load (ts-morph is the printer bundle's source), and each package they
  // load is a dependency or, for the printer's @ts-morph/common, ts-morph's own.
  const required = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(installed, 'lib', file), 'utf8');
    for (const [, name] of text.matchAll(/\b(?:require|import)\("((?:@[\w.-]+\/)?\w[\w.-]*)(?:\/[^"]*)?"\)/g))
      required.add(name!);
  }
  const builtins = new Set(require('node:module').builtinModules as string[]);
  const loaded = [...required].filter((name) => !builtins.has(name) && !name.startsWith('node:'));
  const dependencies = Object.keys(manifest.dependencies).sort();
  const tsMorphDeps = Object.keys(
    (
      JSON.parse(fs.readFileSync(path.join(project, 'node_modules/ts-morph/package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      }
    ).dependencies,
  );
  expect(loaded.filter((name) => !dependencies.includes(name) && !tsMorphDeps.includes(name))).toEqual([]);
  expect(dependencies.filter((name) => !loaded.includes(name) && name !== 'ts-morph')).toEqual([]);
  // No path of the machine that packed it.
  for (const file of files) expect(fs.readFileSync(path.join(installed, 'lib', file), 'utf8')).not.toContain(REPO_ROOT);
  for (const devTool of ['jest', 'esbuild', 'tsx', 'verdaccio', '@stoplight/prism-cli'])
    expect(fs.existsSync(path.join(project, 'node_modules', devTool))).toBe(false);
});

test('npx graph-intune-codegen generates the project’s package from its config, writes only in the project, and the package type-checks', async () => {
  const generated = await run('npx', ['--no', 'graph-intune-codegen'], { cwd: project, env, timeoutMs: 120_000 });
  expectClean(generated, 'npx graph-intune-codegen');
  expect(generated.stdout).toMatch(/^clients\/items: 7 operations, 0 types, \d+ files/);
  const manifest = JSON.parse(fs.readFileSync(path.join(project, 'clients/items/package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  expect(manifest).toMatchObject({ name: '@team/items-client', version: '1.2.0' });
  expect(fs.existsSync(path.join(project, 'clients/items/dist/index.js'))).toBe(true);
  expect(snapshotTree(installed)).toBe(before);
  // Prettier's results are cached in the project's node_modules/.cache, as other tools keep theirs.
  expect(fs.readdirSync(path.join(project, 'node_modules', '.cache', 'graph-intune-codegen'))).toEqual(['prettier']);
  for (const compiler of COMPILERS)
    expectClean(
      await tsc(compiler, ['-p', path.join(project, 'clients/items'), '--noEmit']),
      `${compiler.name} on the package`,
    );
  const check = await run('npx', ['--no', 'graph-intune-codegen', 'generate', '--check', '--quiet'], {
    cwd: project,
    env,
    timeoutMs: 120_000,
  });
  expect(check).toMatchObject({ code: 0, stderr: '' });
});

test('graph-intune-codegen permissions reads the project’s sources', async () => {
  fs.mkdirSync(path.join(project, 'node_modules/@team'));
  fs.symlinkSync(path.join(project, 'clients/items'), path.join(project, 'node_modules/@team/items-client'), 'dir');
  writeTree(project, {
    'src/list.ts': `import { listItems } from '@team/items-client';\nexport const all = (client: never) => listItems(client);\n`,
  });
  const report = await run('npx', ['--no', 'graph-intune-codegen', 'permissions', 'src', '--json'], {
    cwd: project,
    env,
    timeoutMs: 60_000,
  });
  expectClean(report, 'graph-intune-codegen permissions');
  const parsed = JSON.parse(report.stdout) as {
    operations: { operation: string; at: string[] }[];
    kinds: Record<string, { notDocumented: string[] }>;
  };
  expect(parsed.operations).toEqual([expect.objectContaining({ operation: 'listItems', at: ['list.ts:2:39'] })]);
  expect(parsed.kinds.application!.notDocumented).toEqual(['listItems']);
});
