/**
 * Issue #16, the generator's side: a spec cannot make the generator read outside its root, print a
 * file's content, hang, crash with a stack, or exit 0 with a package that is wrong or does not
 * compile; and the slips the peers forgive are generated, with a warning (an error with --strict).
 * Every case runs through the CLI; the specs are under test/hardening/fixtures/load/, but for those
 * that need the machine (a FIFO, a link, /dev/zero) or are too long to read (chains of thousands),
 * which are made here from their description.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FILE_BYTES } from '../../generator/load/read-file.js';
import {
  judgeRun,
  makeTemp,
  parseDiagnostics,
  REPO_ROOT,
  removeTemp,
  runCli,
  typecheckPackages,
  type CliRun,
} from './support.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'hardening', 'fixtures', 'load');
const HEAD = 'openapi: 3.0.3\ninfo: { title: Hostile, version: 1.0.0 }\n';
/** A spec whose only schema is `$ref: <target>`. */
const refTo = (target: string) => `${HEAD}paths: {}\ncomponents:\n  schemas:\n    S: { $ref: '${target}' }\n`;
/** What each file holds that no message may ever show. */
const SECRET_OUTSIDE = 'ghp_outsideTheRoot0123456789abcdefSECRET';
const SECRET_INSIDE = 'ghp_insideTheRootWrongShape9876543210SECRET';

let temp: string;
/** Every run's output, to check at the end that no secret was printed. */
const printed: string[] = [];

beforeAll(() => {
  temp = makeTemp('load');
});
afterAll(() => removeTemp(temp));

/**
 * Runs the CLI on `spec` (relative to `cwd`) into a fresh folder; the run must be clean (0, or 1 with located errors).
 */
async function generate(spec: string, cwd: string, ...options: string[]): Promise<CliRun & { out: string }> {
  const out = path.join(temp, 'out', `${path.basename(spec, path.extname(spec))}-${printed.length}`);
  const run = await runCli(['--spec', spec, '--out', out, ...options], cwd);
  printed.push(run.stdout, run.stderr);
  expect(judgeRun(run)).toBeUndefined();
  return { ...run, out };
}

/** Code, severity and line of each diagnostic. */
function problems(run: CliRun): string[] {
  return parseDiagnostics(run.stderr).map((d) => `${d.line ?? '-'}:${d.column ?? '-'} ${d.severity} ${d.code}`);
}

describe('$ref reads only regular files below the root, bounded, and never prints them', () => {
  let root: string;
  beforeAll(() => {
    root = path.join(temp, 'root');
    fs.mkdirSync(path.join(root, 'nested'), { recursive: true });
    fs.mkdirSync(path.join(temp, 'outside'));
    fs.writeFileSync(path.join(temp, 'outside', 'token.txt'), `${SECRET_OUTSIDE}\n`);
    fs.writeFileSync(path.join(temp, 'outside', 'schema.yaml'), 'type: object\nproperties: { a: { type: string } }\n');
    // Inside the root, but no schema: its text must not be quoted either.
    fs.writeFileSync(path.join(root, 'nested', 'token.txt'), `${SECRET_INSIDE}\n`);
    fs.writeFileSync(path.join(root, 'nested', 'typed.yaml'), `type: ${SECRET_INSIDE}\n`);
    fs.symlinkSync(path.join(temp, 'outside', 'token.txt'), path.join(root, 'link.yaml'));
    fs.symlinkSync(path.join(temp, 'outside'), path.join(root, 'linked-folder'));
    fs.mkdirSync(path.join(root, 'folder.yaml'));
    const specs: Record<string, string> = {
      'outside.yaml': refTo('../outside/token.txt'),
      'absolute.yaml': refTo(path.join(temp, 'outside', 'token.txt')),
      'symlink.yaml': refTo('link.yaml'),
      'symlinked-folder.yaml': refTo('linked-folder/token.txt'),
      'inside-wrong-shape.yaml': refTo('nested/token.txt'),
      'inside-wrong-type.yaml': refTo('nested/typed.yaml'),
      'zero.yaml': refTo('/dev/zero'),
      'environ.yaml': refTo('/proc/self/environ'),
      'stdin.yaml': refTo('/dev/stdin'),
      'fifo.yaml': refTo('pipe.yaml'),
      'folder.yaml.spec.yaml': refTo('folder.yaml'),
      'huge.yaml': refTo('huge.yaml.part'),
      'widened.yaml': refTo('../outside/schema.yaml'),
      'file-url.yaml': refTo(`file://${path.join(temp, 'outside', 'token.txt')}`),
    };
    for (const [file, text] of Object.entries(specs)) fs.writeFileSync(path.join(root, file), text);
    fs.writeFileSync(path.join(root, 'huge.yaml.part'), '');
    // Sparse: the size is refused before a byte is read.
    fs.truncateSync(path.join(root, 'huge.yaml.part'), MAX_FILE_BYTES + 1);
  });

  test.each([
    [
      'a file outside the spec’s folder',
      'outside.yaml',
      'ref-file-refused',
      'expected a file below the current folder',
    ],
    ['an absolute path outside it', 'absolute.yaml', 'ref-file-refused', 'expected a file below'],
    ['a symbolic link that points outside', 'symlink.yaml', 'ref-file-refused', 'expected a file below'],
    ['a file in a linked folder outside', 'symlinked-folder.yaml', 'ref-file-refused', 'expected a file below'],
    ['/dev/zero, which never ends', 'zero.yaml', 'ref-file-refused', 'expected a file below'],
    ['/proc/self/environ, the environment', 'environ.yaml', 'ref-file-refused', 'expected a file below'],
    ['a folder', 'folder.yaml.spec.yaml', 'ref-file-refused', 'expected a regular file'],
    ['a file larger than the limit', 'huge.yaml', 'ref-file-refused', `at most ${MAX_FILE_BYTES / 1024 / 1024} MB`],
    ['a file: URL', 'file-url.yaml', 'ref-remote', 'is not fetched'],
  ])('%s is refused, located at the $ref, exit 1', async (_what, spec, code, says) => {
    const run = await generate(spec, root);
    expect(run.status).toBe(1);
    const [problem, ...rest] = parseDiagnostics(run.stderr);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: spec, line: 6, severity: 'error', code });
    expect(problem!.text).toContain(says);
  });

  test('a FIFO (a pipe with no writer) is refused at once instead of blocking', async () => {
    fs.rmSync(path.join(root, 'pipe.yaml'), { force: true });
    const made = await new Promise<number | null>((resolve) =>
      spawn('mkfifo', [path.join(root, 'pipe.yaml')]).on('close', resolve),
    );
    expect(made).toBe(0);
    const run = await generate('fifo.yaml', root);
    expect(run.status).toBe(1);
    expect(problems(run)).toEqual(['6:16 error ref-file-refused']);
    expect(run.stderr).toContain('expected a regular file, not a device, pipe, socket or folder');
  });

  test('/dev/stdin while stdin is an open pipe: the real CLI ends with exit 1 instead of waiting for input', async () => {
    const child = spawn(
      process.execPath,
      [path.join(REPO_ROOT, 'generator', 'run.cjs'), '--spec', 'stdin.yaml', '--out', path.join(temp, 'stdin-out')],
      {
        cwd: root,
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    // Text piped in must not become a model: it is there, and the pipe stays open while the CLI runs.
    child.stdin.write('type: object\n');
    const code = await new Promise<number | null>((resolve) => {
      // Bounded: a CLI that waited on stdin would be killed here, and the status would not be 1.
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('close', (status) => {
        clearTimeout(timer);
        resolve(status);
      });
    });
    child.stdin.destroy();
    printed.push(stderr);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^stdin\.yaml:6:16: error ref-file-refused: \$ref points to .*stdin: expected a file below/m,
    );
  }, 90_000);

  test('what a file inside the root holds is never quoted: a plain string where a schema belongs', async () => {
    const run = await generate('inside-wrong-shape.yaml', root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error schema-invalid: a schema must be an object or a boolean, not a string');
  });

  test('…nor a value in the wrong place: an unknown type', async () => {
    const run = await generate('inside-wrong-type.yaml', root);
    expect(run.status).toBe(1);
    expect(problems(run)).toEqual(['1:7 error unknown-type']);
  });

  test('the root can be widened on purpose (--ref-root), and then the file outside is read', async () => {
    const refused = await generate('widened.yaml', root);
    expect(problems(refused)).toEqual(['6:16 error ref-file-refused']);
    const widened = await generate('widened.yaml', root, '--ref-root', '..');
    expect(widened.status).toBe(0);
    expect(fs.readFileSync(path.join(widened.out, 'src', 'models.ts'), 'utf8')).toMatch(
      /export interface Schema \{\s+a\?: string;/,
    );
  });

  test('no message of any run above quoted a file’s content', () => {
    expect(printed.length).toBeGreaterThan(20);
    const all = printed.join('\n');
    expect(all).not.toContain(SECRET_OUTSIDE);
    expect(all).not.toContain(SECRET_INSIDE);
    expect(all).not.toMatch(/PATH=|HOME=/);
  });
});

describe('specs that cannot give a correct package: exit 1, located', () => {
  test.each([
    [
      '$ref cycles among parameters and request bodies',
      'ref-cycle-components.yaml',
      ['12:20 error ref-cycle', '15:22 error ref-cycle'],
    ],
    ['$ref cycles among path items', 'ref-cycle-path-items.yaml', ['5:15 error ref-cycle']],
    [
      'Operation Objects given by $ref that lead only to each other',
      'operation-ref-cycle.yaml',
      ['6:18 error ref-cycle'],
    ],
    ['a path key without its leading /', 'path-without-slash.yaml', ['7:5 error path-invalid']],
    [
      'a discriminator mapping to a schema that does not exist',
      'discriminator-missing.yaml',
      ['13:16 error discriminator-mapping-unresolved'],
    ],
    [
      'an x-open-mapping that is not a boolean',
      'discriminator-open-invalid.yaml',
      ['12:25 error discriminator-open-mapping-invalid'],
    ],
    ['an unknown YAML tag (!!js/function)', 'yaml-tag.yaml', ['7:14 error yaml-tag']],
    [
      'server URLs a client cannot call',
      'servers-invalid.yaml',
      [
        '5:10 error server-url-invalid',
        '6:10 error server-variable-undeclared',
        '7:10 error server-url-invalid',
        '8:10 error server-url-invalid',
      ],
    ],
    ['a remote $ref', 'remote-ref.yaml', ['7:10 error ref-remote']],
  ])('%s', async (_what, spec, expected) => {
    const run = await generate(spec, FIXTURES);
    expect(run.status).toBe(1);
    expect(problems(run)).toEqual(expected);
  });

  test('a YAML error names the line where the unclosed construct begins', async () => {
    const flow = await generate('unclosed-flow.yaml', FIXTURES);
    expect(flow.stderr).toMatch(
      /^unclosed-flow\.yaml:7:1: error syntax: .*\(the flow sequence \[ that begins on line 5 is not closed\)$/m,
    );
    const quote = await generate('unclosed-quote.yaml', FIXTURES);
    expect(quote.stderr).toMatch(
      /^unclosed-quote\.yaml:\d+:\d+: error syntax: .*\(the double-quoted string that begins on line 6 is not closed\)$/m,
    );
  });
});

describe('long chains and deep nesting: one located error each, no stack overflow', () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(temp, 'deep');
    fs.mkdirSync(dir);
    const body = (schema: string) =>
      `      responses: { '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/${schema}' } } } } }\n`;
    let refs = `${HEAD}paths:\n  /a:\n    get:\n${body('S0')}components:\n  schemas:\n`;
    for (let i = 0; i < 4000; i++) refs += `    S${i}: { $ref: '#/components/schemas/S${i + 1}' }\n`;
    fs.writeFileSync(
      path.join(dir, 'ref-chain.yaml'),
      `${refs}    S4000: { type: object, properties: { a: { type: string } } }\n`,
    );
    // Each link adds a read-only property, so that request bodies (write variants) walk the chain too.
    let allOf = `${HEAD}paths:\n  /a:\n    post:\n      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/S0' } } } }\n${body('S0')}components:\n  schemas:\n`;
    for (let i = 0; i < 2000; i++)
      allOf += `    S${i}: { allOf: [{ $ref: '#/components/schemas/S${i + 1}' }, { type: object, properties: { p${i}: { type: string, readOnly: true } } }] }\n`;
    fs.writeFileSync(
      path.join(dir, 'allof-chain.yaml'),
      `${allOf}    S2000: { type: object, properties: { a: { type: string } } }\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'deep-flow.yaml'),
      `${HEAD}paths: {}\nx-deep: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
    );
    let block = `${HEAD}paths: {}\nx-deep:\n`;
    for (let i = 1; i <= 10000; i++) block += `${' '.repeat(i)}k:\n`;
    fs.writeFileSync(path.join(dir, 'deep-block.yaml'), block);
    // A chain of parameters: followed a few links, then reported, never silently dropped.
    let params = `${HEAD}paths:\n  /a:\n    get:\n      parameters: [{ $ref: '#/components/parameters/P0' }]\n      responses: { '200': { description: OK } }\ncomponents:\n  parameters:\n`;
    for (let i = 0; i < 4000; i++) params += `    P${i}: { $ref: '#/components/parameters/P${i + 1}' }\n`;
    fs.writeFileSync(
      path.join(dir, 'parameter-chain.yaml'),
      `${params}    P4000: { name: top, in: query, schema: { type: integer } }\n`,
    );
  });

  test.each([
    ['a $ref chain of 4,000 schemas', 'ref-chain.yaml', ['9:9 error schema-chain-too-long']],
    ['an allOf chain of 2,000 schemas', 'allof-chain.yaml', ['10:9 error schema-chain-too-long']],
    ['a $ref chain of 4,000 parameters', 'parameter-chain.yaml', ['10:17 error ref-chain-too-long']],
    ['YAML flow collections nested 10,000 deep', 'deep-flow.yaml', [expect.stringMatching(/^4:\d+ error too-deep$/)]],
    ['YAML block mappings nested 10,000 deep', 'deep-block.yaml', [expect.stringMatching(/^\d+:\d+ error too-deep$/)]],
  ])(
    '%s',
    async (_what, spec, expected) => {
      const run = await generate(spec, dir);
      expect(run.status).toBe(1);
      expect(problems(run)).toEqual(expected);
    },
    60_000,
  );
});

describe('lenient where the intent is clear: generated with a located warning, and the package compiles', () => {
  const outs: string[] = [];

  test('an Operation Object given by $ref, in another file and in this one, is the operation it points to', async () => {
    const run = await generate('operation-ref.yaml', FIXTURES);
    expect(run.status).toBe(0);
    expect(problems(run)).toEqual(['8:18 warning operation-ref', '9:21 warning operation-ref']);
    const operations = fs.readFileSync(path.join(run.out, 'src', 'operations', 'items.ts'), 'utf8');
    expect(operations).toMatch(/export function getItem\(/);
    expect(operations).toMatch(/export function deleteItem\(/);
    expect(operations).toContain('Promise<ApiResult<Item>>');
    // No junk type made of the operation itself.
    expect(fs.readFileSync(path.join(run.out, 'src', 'models.ts'), 'utf8')).not.toMatch(
      /getItem|deleteItem|Responses/i,
    );
    outs.push(run.out);
  });

  test('a template parameter nobody declares, reached through a $ref path item, is a required string', async () => {
    const run = await generate('path-item-ref-undeclared.yaml', FIXTURES);
    expect(run.status).toBe(0);
    expect(problems(run)).toEqual(['7:16 warning path-parameter-undeclared']);
    expect(fs.readFileSync(path.join(run.out, 'src', 'paths', 'items.ts'), 'utf8')).toMatch(/id: string/);
    outs.push(run.out);
  });

  test('undeclared and unused path parameters, and operationIds that collide once made identifiers', async () => {
    const run = await generate('lenient.yaml', FIXTURES);
    expect(run.status).toBe(0);
    expect(problems(run)).toEqual([
      '9:7 warning path-parameter-undeclared',
      '15:20 warning path-parameter-unused',
      '14:20 warning operation-id-collision',
      '19:20 warning operation-id-duplicate',
    ]);
    expect(run.stderr).toContain('this one is named getItem2');
    expect(run.stderr).toContain('this one is named getItem3');
    outs.push(run.out);
  });

  test.each([
    ['openapi: 3.0 (a YAML number)', 'openapi-number.yaml', ['2:10 warning openapi-version-form']],
    ['openapi: "3.0"', 'openapi-short-string.yaml', ['2:10 warning openapi-version-form']],
    ['a document without info', 'no-info.yaml', ['2:1 warning missing-info']],
    ['a 301-character path segment (a file name shortened, the same each run)', 'long-path-segment.yaml', []],
  ])('%s', async (_what, spec, expected) => {
    const run = await generate(spec, FIXTURES);
    expect(run.status).toBe(0);
    expect(problems(run)).toEqual(expected);
    outs.push(run.out);
  });

  test('server variables take their defaults', async () => {
    const run = await generate('servers-variables.yaml', FIXTURES);
    expect(run.status).toBe(0);
    expect(fs.readFileSync(path.join(run.out, 'src', 'client.ts'), 'utf8')).toContain(
      "baseUrl: 'https://eu.example.com/v2'",
    );
    outs.push(run.out);
  });

  test('the long segment’s file name is shortened deterministically', () => {
    const shortened = outs
      .filter((o) => o.includes('long-path-segment'))
      .map((o) => fs.readdirSync(path.join(o, 'src', 'operations')));
    expect(shortened).toHaveLength(1);
    expect(shortened[0]).toEqual([expect.stringMatching(/^(segment){13}_[0-9a-f]{8}\.ts$/)]);
  });

  test('every package type-checks under strict TypeScript', async () => {
    expect(outs).toHaveLength(8);
    const checked = await typecheckPackages(outs, temp);
    expect([...checked.values()].flat().map((e) => e.text)).toEqual([]);
  }, 120_000);

  test('--strict makes each leniency warning an error, and nothing is written', async () => {
    for (const spec of ['lenient.yaml', 'operation-ref.yaml', 'openapi-number.yaml', 'no-info.yaml']) {
      const run = await generate(spec, FIXTURES, '--strict');
      expect(run.status).toBe(1);
      expect(parseDiagnostics(run.stderr).every((d) => d.severity === 'error')).toBe(true);
      expect(run.stderr).toContain('(an error with --strict)');
      expect(fs.existsSync(run.out)).toBe(false);
    }
  });
});
