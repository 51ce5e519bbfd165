/**
 * The command line, through main() (in process, exit status returned), plus one run of the real
 * entry point (`node generator/run.cjs`, what `npm run generate` starts) to show both write the same.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT } from '../../generator/cli.js';
import { MANIFEST } from '../../generator/write/manifest.js';
import { cli } from '../helpers/cli.js';
import { fixtureSpec, generate, REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, readTree, removeTempDir, writeTree } from '../helpers/temp.js';
import { run } from '../helpers/tsc.js';

const fixture = (name: Parameters<typeof fixtureSpec>[0]) => path.join(REPO_ROOT, fixtureSpec(name));

let cwd: string;
beforeEach(() => {
  cwd = makeTempDir('cli');
});
afterEach(() => removeTempDir(cwd));

describe('usage', () => {
  test.each([['--help'], ['-h']])('%s prints the help and exits 0', async (flag) => {
    const r = await cli([flag], cwd);
    expect(r).toMatchObject({ status: EXIT.ok, stderr: '' });
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('--spec <file>');
    expect(r.stdout).toContain('Exit status: 0 done, 1 the spec is at fault');
  });

  test.each([
    ['an unknown flag', ['--bogus'], /^error usage: unknown option --bogus \(see --help\)\n$/],
    [
      'a mistyped flag',
      ['--spce', 'a.yaml'],
      /^error usage: unknown option --spce \(did you mean --spec\?\) \(see --help\)\n$/,
    ],
    [
      'a positional argument',
      ['spec.yaml'],
      /^error usage: unexpected argument "spec\.yaml": every input is given by an option, such as --spec <file> \(see --help\)\n$/,
    ],
    ['a value for a flag that takes none', ['--check=yes'], /^error usage: --check takes no value \(see --help\)\n$/],
    [
      'a flag whose value looks like a flag',
      ['--spec', '--out', 'o'],
      /^error usage: --spec needs a value \(one starting with "-" is written --spec=-value\) \(see --help\)\n$/,
    ],
    ['--spec without --out', ['--spec', 'spec.yaml'], /error usage: --spec and --out go together/],
    ['--out without --spec', ['--out', 'out'], /error usage: --spec and --out go together/],
    [
      '--spec with --config',
      ['--spec', 'a.yaml', '--out', 'o', '--config', 'c.json'],
      /--config cannot be combined with --spec/,
    ],
    ['--name without --spec', ['--name', 'x'], /--name, --package-version, --profile and --ref-root go with --spec/],
    [
      '--ref-root without --spec',
      ['--ref-root', '..'],
      /--name, --package-version, --profile and --ref-root go with --spec/,
    ],
    ['--quiet with --verbose', ['--spec', 'a.yaml', '--out', 'o', '--quiet', '--verbose'], /contradict/],
    ['a flag without its value', ['--spec'], /^error usage: --spec needs a value \(see --help\)\n$/],
    [
      'a --name npm would refuse',
      ['--spec', 'a.yaml', '--out', 'o', '--name', 'My Package'],
      /error usage: --name "My Package": an npm package name is lowercase/,
    ],
    [
      'an empty --name',
      ['--spec', 'a.yaml', '--out', 'o', '--name', ''],
      /error usage: --name "": an npm package name/,
    ],
    [
      'a --name too long for npm',
      ['--spec', 'a.yaml', '--out', 'o', '--name', 'a'.repeat(215)],
      /at most 214 characters/,
    ],
    [
      'a --package-version that is not semver',
      ['--spec', 'a.yaml', '--out', 'o', '--package-version', '1.0'],
      /error usage: --package-version "1.0": a package version is a semantic version/,
    ],
  ])('%s exits 2 with a usage error and writes nothing', async (_what, args, message) => {
    const r = await cli(args, cwd);
    expect(r.status).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  test("--version prints the generator's version", async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(await cli(['--version'], cwd)).toEqual({
      status: EXIT.ok,
      stdout: `graph-intune-codegen ${version}\n`,
      stderr: '',
    });
  });

  test('a config whose name or version npm would refuse exits 2, each problem located', async () => {
    writeTree(cwd, {
      'c.json': JSON.stringify({
        packages: [
          { spec: 'a.yaml', out: 'a', name: '@scope/ok-name', version: '1.2.3-beta.1+build.5' },
          { spec: 'b.yaml', out: 'b', name: '.hidden', version: 'v2' },
        ],
      }),
    });
    const r = await cli(['--config', 'c.json'], cwd);
    expect(r.status).toBe(EXIT.usage);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^c\.json: error config-invalid: "\.hidden": an npm package name .* \(at #\/packages\/1\/name\)$/,
      ),
      expect.stringMatching(
        /^c\.json: error config-invalid: "v2": a package version is a semantic version .* \(at #\/packages\/1\/version\)$/,
      ),
    ]);
  });

  test('a missing or broken config file exits 2, naming the file', async () => {
    expect(await cli(['--config', 'nope.json'], cwd)).toMatchObject({
      status: EXIT.usage,
      stderr: expect.stringMatching(/^nope\.json: error config-unreadable: /),
    });
    writeTree(cwd, { 'bad.json': JSON.stringify({ packages: [{ spec: 'a.yaml' }] }) });
    expect(await cli(['--config', 'bad.json'], cwd)).toMatchObject({
      status: EXIT.usage,
      stderr: 'bad.json: error config-invalid: each package needs "spec" and "out" (at #/packages/0)\n',
    });
  });
});

describe('spec problems exit 1, located, and write nothing', () => {
  test('a spec file that does not exist', async () => {
    const r = await cli(['--spec', 'missing.yaml', '--out', 'out'], cwd);
    expect(r.status).toBe(EXIT.spec);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'missing.yaml: error file-missing: cannot read the spec: no such file\nmissing.yaml: 1 error; nothing was written to out\n',
    );
    expect(fs.existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  test('every problem of a broken spec, each with file:line:column', async () => {
    writeTree(cwd, {
      'api.yaml': [
        'openapi: 3.1.0',
        'info: { title: Broken, version: "1" }',
        'paths:',
        '  /a/{id}:',
        '    get:',
        '      operationId: same',
        '      responses:',
        "        '200': { $ref: '#/components/responses/nope' }",
        '  /b:',
        '    get:',
        '      operationId: same',
        '      responses: {}',
        '',
      ].join('\n'),
    });
    const r = await cli(['--spec', 'api.yaml', '--out', 'out'], cwd);
    expect(r.status).toBe(EXIT.spec);
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^api\.yaml:8:24: error ref-unresolved: \$ref "#\/components\/responses\/nope" does not resolve.* \(at #\/paths\/~1a~1\{id\}\/get\/responses\/200\/\$ref\)$/,
    );
    expect(lines[1]).toMatch(
      /^api\.yaml:6:7: warning path-parameter-undeclared: path parameter "id" of \/a\/\{id\} is not declared.* \(at #\/paths\/~1a~1\{id\}\/get\)$/,
    );
    expect(lines.slice(2)).toEqual(['api.yaml: 1 error; nothing was written to out', '']);
    expect(fs.existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  test('a YAML syntax error', async () => {
    writeTree(cwd, { 'api.yaml': 'openapi: 3.1.0\ninfo:\n  title: T\n version: 1\n' });
    const r = await cli(['--spec', 'api.yaml', '--out', 'out', '--quiet'], cwd);
    expect(r.status).toBe(EXIT.spec);
    expect(r.stderr).toMatch(/^api\.yaml:4:\d+: error syntax: /);
    expect(fs.existsSync(path.join(cwd, 'out'))).toBe(false);
  });
});

describe('generating', () => {
  test('writes the package and says what it wrote; the files are those of the pipeline', async () => {
    const r = await cli(['--spec', fixture('read-only-patch'), '--out', 'pkg'], cwd);
    expect(r.status).toBe(EXIT.ok);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^pkg: 2 operations, \d+ types, \d+ files \(\d+\.\d\d s\)\n$/);
    expect(readTree(path.join(cwd, 'pkg'))).toEqual((await generate({ spec: fixtureSpec('read-only-patch') })).files);
  });

  test('--name and --package-version name the package', async () => {
    expect(
      (
        await cli(
          ['--spec', fixture('no-servers'), '--out', 'pkg', '--name', '@acme/ping', '--package-version', '3.2.1'],
          cwd,
        )
      ).status,
    ).toBe(EXIT.ok);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'pkg', 'package.json'), 'utf8'))).toMatchObject({
      name: '@acme/ping',
      version: '3.2.1',
    });
  });

  test('--quiet prints nothing at all on success, not even warnings', async () => {
    const loud = await cli(['--spec', fixture('naming'), '--out', 'loud'], cwd);
    expect(loud.stderr).toMatch(/warning name-collision/);
    const quiet = await cli(['--spec', fixture('naming'), '--out', 'quiet', '--quiet'], cwd);
    expect(quiet).toEqual({ status: EXIT.ok, stdout: '', stderr: '' });
    expect(fs.existsSync(path.join(cwd, 'quiet', 'package.json'))).toBe(true);
  });

  test('--verbose prints the time of every stage', async () => {
    const r = await cli(['--spec', fixture('no-servers'), '--out', 'pkg', '--verbose'], cwd);
    expect(r.status).toBe(EXIT.ok);
    const stages = [...r.stderr.matchAll(/^ {2}(\w+) +\d+\.\d ms$/gm)].map((m) => m[1]);
    expect(stages).toEqual(expect.arrayContaining(['load', 'validate', 'model', 'emit', 'build', 'format', 'write']));
    expect(r.stderr.split('\n').filter((l) => l !== '' && !/^ {2}\w+ +\d+\.\d ms$/.test(l))).toEqual([]);
  });

  test('a folder the generator did not write is refused with exit 2 and left alone', async () => {
    writeTree(cwd, { 'pkg/notes.txt': 'mine' });
    const r = await cli(['--spec', fixture('no-servers'), '--out', 'pkg'], cwd);
    expect(r.status).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^pkg: error out-not-generated: /);
    expect(readTree(path.join(cwd, 'pkg'))).toEqual(new Map([['notes.txt', 'mine']]));
  });

  test('without --spec or --config, the nearest config up from the working folder is read, its paths relative to it', async () => {
    writeTree(cwd, {
      'codegen.config.json': JSON.stringify({ packages: [{ spec: 'specs/api.yaml', out: 'out/a' }] }),
      'specs/api.yaml': fs.readFileSync(fixture('no-servers'), 'utf8'),
      'deep/er/.keep': '',
    });
    const r = await cli([], path.join(cwd, 'deep', 'er'));
    expect(r.status).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^\.\.\/\.\.\/out\/a: /);
    expect(fs.existsSync(path.join(cwd, 'out', 'a', 'package.json'))).toBe(true);
  });

  test('without --spec, every package of the config file is generated', async () => {
    writeTree(cwd, {
      'codegen.config.json': JSON.stringify({
        packages: [
          { spec: fixture('no-servers'), out: 'a' },
          { spec: fixture('enums'), out: 'b', name: 'b-client', version: '1.0.0' },
        ],
      }),
    });
    const r = await cli([], cwd);
    expect(r.status).toBe(EXIT.ok);
    expect(r.stdout.split('\n').map((l) => l.split(':')[0])).toEqual(['a', 'b', '']);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'b', 'package.json'), 'utf8')).name).toBe('b-client');
  });
});

describe('progress', () => {
  const CLEAR = '\r\x1b[2K';
  /**
   * Each drawing of the progress line; the display never ends a line, and is cleared before anything else is printed.
   */
  const progressFrames = (stderr: string): string[] => {
    const cleared = stderr.lastIndexOf(CLEAR);
    const display = stderr.slice(0, cleared);
    expect(display).not.toContain('\n');
    expect(stderr.slice(cleared)).not.toContain('›');
    return display.split(CLEAR).filter(Boolean);
  };

  test('on a terminal: each stage, a bar with path items modelled and files printed, the time; cleared before anything else is printed', async () => {
    const r = await cli(['--spec', fixture('parameters'), '--out', 'pkg'], cwd, { columns: 200 });
    expect(r.status).toBe(EXIT.ok);
    const frames = progressFrames(r.stderr);
    for (const stage of ['load', 'model', 'validate', 'emit', 'build', 'format', 'runtime', 'write']) {
      expect(frames.some((f) => f.startsWith(`pkg › ${stage}`))).toBe(true);
    }
    const paths = Object.keys(
      (await import('yaml')).parse(fs.readFileSync(fixture('parameters'), 'utf8')).paths,
    ).length;
    // That spec has no component schemas: no bar for them.
    expect(frames.some((f) => f.includes('schemas'))).toBe(false);
    expect(frames).toContainEqual(
      expect.stringMatching(new RegExp(`^pkg › model \\[#{20}\\] ${paths}/${paths} paths \\d+\\.\\ds$`)),
    );
    const printed = fs
      .readdirSync(path.join(cwd, 'pkg', 'src'), { recursive: true })
      .filter((f) => String(f).endsWith('.ts') && !String(f).startsWith('runtime')).length;
    expect(frames).toContainEqual(
      expect.stringMatching(
        new RegExp(`^pkg › emit \\(7 operations, \\d+ types\\) \\[#{20}\\] ${printed}/${printed} files \\d+\\.\\ds$`),
      ),
    );
  });

  test('the model counts component schemas before path items', async () => {
    const r = await cli(['--spec', fixture('enums'), '--out', 'pkg'], cwd, { columns: 200 });
    const schemas = Object.keys(
      (await import('yaml')).parse(fs.readFileSync(fixture('enums'), 'utf8')).components.schemas,
    ).length;
    const frames = progressFrames(r.stderr);
    const full = frames.findIndex((f) => new RegExp(`^pkg › model \\[#{20}\\] ${schemas}/${schemas} schemas `).test(f));
    expect(full).toBeGreaterThan(-1);
    expect(frames.findIndex((f) => / paths /.test(f))).toBeGreaterThan(full);
  });

  test('a line never wider than the terminal, which would wrap and not be cleared', async () => {
    const r = await cli(['--spec', fixture('parameters'), '--out', 'pkg'], cwd, { columns: 40 });
    const frames = progressFrames(r.stderr);
    expect(frames.length).toBeGreaterThan(5);
    for (const f of frames) expect(f.length).toBeLessThan(40);
  });

  test('a terminal that reports width 0 (some CI consoles) gets a whole line, not a 20-character stub', async () => {
    const r = await cli(['--spec', fixture('parameters'), '--out', 'pkg'], cwd, { columns: 0 });
    const frames = progressFrames(r.stderr);
    expect(frames).toContainEqual(expect.stringMatching(/^pkg › model \[#{20}\] \d+\/\d+ paths \d+\.\ds$/));
    for (const f of frames) expect(f.length).toBeLessThan(80);
  });

  test('nothing when stderr is not a terminal, or with --quiet', async () => {
    const piped = await cli(['--spec', fixture('parameters'), '--out', 'piped'], cwd);
    const quiet = await cli(['--spec', fixture('parameters'), '--out', 'quiet', '--quiet'], cwd, { columns: 200 });
    expect(piped.stderr).not.toContain('›');
    expect(quiet).toEqual({ status: EXIT.ok, stdout: '', stderr: '' });
  });
});

describe('--check', () => {
  beforeEach(async () => {
    expect((await cli(['--spec', fixture('enums'), '--out', 'pkg', '--quiet'], cwd)).status).toBe(EXIT.ok);
  });
  const check = () => cli(['--spec', fixture('enums'), '--out', 'pkg', '--check'], cwd);

  test('an up-to-date folder exits 0', async () => {
    const r = await check();
    expect(r).toMatchObject({ status: EXIT.ok, stderr: '' });
    expect(r.stdout).toMatch(/^pkg is up to date \(\d+\.\d\d s\)\n$/);
  });

  test('a changed, a deleted and a no longer generated file each exit 1, named, and --check writes nothing', async () => {
    const models = path.join(cwd, 'pkg', 'src', 'models.ts');
    fs.appendFileSync(models, '// edited by hand\n');
    fs.rmSync(path.join(cwd, 'pkg', 'README.md'));
    // A file an earlier run generated (its manifest lists it) that this one no longer does.
    const manifestFile = path.join(cwd, 'pkg', MANIFEST);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, files: [...manifest.files, 'src/extra.ts'] }));
    writeTree(cwd, { 'pkg/src/extra.ts': 'export {};\n' });
    const before = readTree(path.join(cwd, 'pkg'));
    const r = await check();
    expect(r.status).toBe(EXIT.spec);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `pkg is out of date (run npm run generate):\n  changed: ${MANIFEST}\n  changed: src/models.ts\n  missing: README.md\n  stale: src/extra.ts\n`,
    );
    expect(readTree(path.join(cwd, 'pkg'))).toEqual(before);
  });

  test('--check --quiet prints nothing when up to date', async () => {
    expect(await cli(['--spec', fixture('enums'), '--out', 'pkg', '--check', '--quiet'], cwd)).toEqual({
      status: EXIT.ok,
      stdout: '',
      stderr: '',
    });
  });
});

test('the real entry point (npm run generate) writes exactly what the in-process pipeline generates', async () => {
  const out = path.join(cwd, 'real');
  const spec = fixtureSpec('escaping');
  const r = await run(
    process.execPath,
    [path.join(REPO_ROOT, 'generator', 'run.cjs'), '--spec', spec, '--out', out, '--quiet'],
    { cwd: REPO_ROOT, timeoutMs: 60_000 },
  );
  expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: EXIT.ok, stdout: '', stderr: '' });
  expect(readTree(out)).toEqual((await generate({ spec })).files);
  const missing = await run(
    process.execPath,
    [path.join(REPO_ROOT, 'generator', 'run.cjs'), '--spec', 'missing.yaml', '--out', out, '--quiet'],
    { cwd: REPO_ROOT, timeoutMs: 60_000 },
  );
  expect(missing.code).toBe(EXIT.spec);
});
