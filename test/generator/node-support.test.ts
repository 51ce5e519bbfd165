/**
 * Issue #15, honest requirements: the Node.js range the generator checks at start is the one
 * package.json and every generated package.json state, and an older Node gets one line and exit 2.
 * An older Node is not installed here: a preloaded module makes process.versions say it is one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';
import { run } from '../helpers/tsc.js';

const { SUPPORTED_NODE, supportsNode } = require('../../generator/node-support.cjs') as {
  SUPPORTED_NODE: string;
  supportsNode(v: string): boolean;
};

test.each([
  ['18.20.4', false],
  ['20.10.0', false],
  ['20.18.3', false],
  ['20.19.0', true],
  ['v20.20.2', true],
  ['21.7.3', false],
  ['22.11.0', false],
  ['22.12.0', true],
  ['23.0.0', true],
  ['24.1.0', true],
])('Node.js %s supported: %s', (version, supported) => {
  expect(supportsNode(version)).toBe(supported);
});

test("package.json's engines, the package template's and each generated package's state the range the launcher checks", () => {
  expect(SUPPORTED_NODE).toBe('^20.19.0 || >=22.12.0');
  expect(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).engines).toEqual({
    node: SUPPORTED_NODE,
  });
  for (const name of ['graph-v1.0', 'graph-beta']) {
    expect(
      JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'generated', name, 'package.json'), 'utf8')).engines,
    ).toEqual({ node: SUPPORTED_NODE });
  }
  expect(fs.readFileSync(path.join(REPO_ROOT, 'templates', 'package', 'package.json.hbs'), 'utf8')).toContain(
    `"node": ${JSON.stringify(SUPPORTED_NODE)}`,
  );
});

describe('the launcher on another Node.js version', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('node-version');
  });
  afterAll(() => removeTempDir(dir));

  /** Runs generator/run.cjs --version in a Node whose process.versions.node says `version`. */
  const launch = (version: string) => {
    const preload = path.join(dir, `as-${version}.cjs`);
    fs.writeFileSync(
      preload,
      `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} });\n`,
    );
    return run(process.execPath, ['--require', preload, path.join(REPO_ROOT, 'generator', 'run.cjs'), '--version'], {
      cwd: dir,
      timeoutMs: 60_000,
    });
  };

  test.each(['20.10.0', '22.11.0'])('%s: one line naming both versions, exit 2, no stack trace', async (version) => {
    expect(await launch(version)).toEqual({
      code: 2,
      stdout: '',
      stderr: `error usage: graph-intune-codegen needs Node.js ^20.19.0 || >=22.12.0; this is Node.js ${version}\n`,
    });
  });

  test('22.12.0 runs', async () => {
    expect(await launch('22.12.0')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^graph-intune-codegen \d+\.\d+\.\d+\n$/),
    });
  });
});
