/**
 * Issue #6, hostile strings: test/hardening/fixtures/hostile.yaml packs every string that could
 * escape a comment, a string or a template, every awkward name, and names the output or the platform
 * already uses. Its package must compile under strict TypeScript, and importing and calling it (in a
 * separate Node process) must run nothing but what was generated on purpose. The same package proves
 * on the client side that a path parameter cannot change the path and a header cannot carry CR/LF.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSafeRelativePath } from '../../generator/write/output.js';
import { judgeRun, makeTemp, REPO_ROOT, removeTemp, runCli, TSC } from './support.js';

const FIXTURE = path.join(REPO_ROOT, 'test', 'hardening', 'fixtures', 'hostile.yaml');

let temp: string;
let out: string;
beforeAll(async () => {
  temp = makeTemp('hostile');
  out = path.join(temp, 'hostile-package');
  // Graph's profile, set on the command line: the fixture attacks Graph's runtime names and its OData query lists.
  const run = await runCli(['--spec', FIXTURE, '--out', out, '--profile', 'graph'], REPO_ROOT);
  if (run.status !== 0) throw new Error(`generating the hostile fixture failed:\n${run.stderr}`);
  expect(judgeRun(run)).toBeUndefined();
});
afterAll(() => removeTemp(temp));

function exec(file: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, timeout: 60_000 }, (e, stdout, stderr) =>
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    );
}

test('the package compiles under strict TypeScript (its own tsconfig: strict, NodeNext, isolatedDeclarations)', async () => {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(out, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: Record<string, unknown>;
  };
  expect(tsconfig.compilerOptions.strict).toBe(true);
  const result = await exec(
    process.execPath,
    [TSC, '-p', path.join(out, 'tsconfig.json'), '--noEmit', '--pretty', 'false'],
    out,
  );
  expect(result.output).toBe('');
  expect(result.code).toBe(0);
});

test('every file stays inside the package folder, with a name every platform can create', () => {
  const files = listFiles(out);
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    expect(isSafeRelativePath(file)).toBe(true);
    expect(
      file
        .split('/')
        .every(
          (segment) =>
            !/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(segment) && !/[<>:"|?*\\\u0000-\u001f]/.test(segment),
        ),
    ).toBe(true);
  }
  // No two files differ only by case (macOS and Windows would merge them).
  expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
  expect(files).toContain('src/operations/conApi.ts');
});

test('reserved words, globals and the runtime’s own names are renamed; wire names are kept exactly', () => {
  const models = fs.readFileSync(path.join(out, 'src', 'models.ts'), 'utf8');
  for (const name of [
    'ErrorModel',
    'PromiseModel',
    'ObjectModel',
    'GraphErrorModel',
    'GraphClientModel',
    'RequestOptionsModel',
    'SdkModel',
    'DeleteModel',
    'ClassModel',
    'DefaultModel',
    'AwaitModel',
  ]) {
    expect(models).toMatch(new RegExp(`^export (type|interface) ${name}\\b`, 'm'));
  }
  expect(models).not.toMatch(
    /^export (type|interface) (Error|Promise|Object|GraphError|GraphClient|RequestOptions|Sdk)\b/m,
  );
  for (const key of [
    `'quo"te'?: string`,
    `"it's"?: string`,
    `'with space'?: string`,
    `'@odata.type'?: string`,
    `'123abc'?: string`,
    `__proto__: string`,
    `constructor: string`,
    `'new\\nline'?: string`,
    `'sep\\u2028arator'?: string`,
    `''?: string`,
  ]) {
    expect(models).toContain(key);
  }
});

/**
 * Runs in a fresh Node process: imports every built module, calls every operation against a fetch
 * stub, builds paths from hostile values, and reports what happened as JSON.
 */
const PROBE = `
const fs = await import('node:fs');
const path = await import('node:path');
const url = await import('node:url');
const dist = process.argv[2];
const before = new Set(Object.getOwnPropertyNames(globalThis));
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []);
const modules = [];
for (const file of walk(dist).sort()) modules.push(await import(url.pathToFileURL(file).href));
const index = await import(url.pathToFileURL(path.join(dist, 'index.js')).href);
const report = { modules: modules.length, exports: Object.keys(index).sort() };
const attempt = (f) => { try { return f(); } catch (e) { return e.name + ': ' + e.message; } };
report.paths = {};
for (const v of ['../x', 'a/b', '?', '#', '%2F', '', '  ', '.', '..', 'a\\nb', 7]) report.paths[JSON.stringify(v)] = attempt(() => index.itemsItemPath({ id: v }));
report.multi = attempt(() => index.subItemItemPath({ id: 'a b', itemId: 0, itS: '../../..' }));
report.odd = attempt(() => index.oddItemPath({ x: '\`\${globalThis.pwned = 30}\`' }));
const requests = [];
const fetch = async (u, init) => { requests.push({ url: u, method: init.method, headers: init.headers }); return { status: 204, statusText: 'No Content', headers: { forEach() {} }, text: async () => '' }; };
const client = index.createClient({ baseUrl: 'https://api.example.com', fetch, retry: false });
const settle = async (f) => { try { const r = await f(); return 'status ' + r.status; } catch (e) { return e.name + ': ' + e.message; } };
report.calls = {
  traversal: await settle(() => index.deleteOperation(client, { id: '../admin', query: { $select: ["a'b", '*/'] } })),
  empty: await settle(() => index.deleteOperation(client, { id: '' })),
  blank: await settle(() => index.classOperation(client, { id: '   ' }, {})),
  crlf: await settle(() => index.deleteOperation(client, { id: 'x', headers: { 'x-evil"header': 'a\\r\\nInjected: 1' } })),
  lf: await settle(() => index.deleteOperation(client, { id: 'x' }, { headers: { 'x-other': 'b\\nc' } })),
};
const operations = ['classOperation', 'defaultOperation', 'awaitOperation', 'proto', 'pathSegmentOperation', 'createClientOperation', 'createSdkOperation', 'packageInfoOperation', 'bindGroupOperation', 'graphError', 'getCon', '日本2', 'constructor'];
for (const name of operations) report.calls[name] = await settle(() => index[name](client, { id: 'i', itemId: 1, itS: 's', x: 'x', name: 'n', __proto__: 'p' }, {}));
const sdk = index.createSdk({ baseUrl: 'https://api.example.com', fetch, retry: false });
report.sdkGroups = Object.keys(sdk).sort();
report.urls = requests.map((r) => r.method + ' ' + r.url);
report.pwned = globalThis.pwned;
report.newGlobals = Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k));
report.graphErrorIsTheRuntimes = typeof index.GraphError === 'function' && new index.GraphError(404, 'Not Found', {}, '', 'id') instanceof Error;
process.stdout.write(JSON.stringify(report));
`;

describe('imported and called in a fresh Node process', () => {
  let report: {
    modules: number;
    exports: string[];
    paths: Record<string, string>;
    multi: string;
    odd: string;
    calls: Record<string, string>;
    sdkGroups: string[];
    urls: string[];
    pwned: unknown;
    newGlobals: string[];
    graphErrorIsTheRuntimes: boolean;
  };
  beforeAll(async () => {
    const probe = path.join(temp, 'probe.mjs');
    fs.writeFileSync(probe, PROBE);
    const result = await exec(process.execPath, [probe, path.join(out, 'dist')], temp);
    if (result.code !== 0) throw new Error(result.output);
    report = JSON.parse(result.output) as typeof report;
  });

  test('nothing runs but what was generated on purpose: no global is set or added', () => {
    expect(report.modules).toBeGreaterThan(15);
    expect(report.pwned).toBeUndefined();
    expect(report.newGlobals).toEqual([]);
  });

  test('the index exports the runtime’s own GraphError, not a schema of that name', () => {
    expect(report.graphErrorIsTheRuntimes).toBe(true);
    expect(report.exports).toEqual(
      expect.arrayContaining([
        'GraphError',
        'createClient',
        'createSdk',
        'packageInfo',
        'pathSegment',
        'deleteOperation',
        '日本2',
      ]),
    );
    expect(report.exports).not.toContain('delete');
  });

  test('a path parameter is always exactly one segment; empty and blank ones are refused', () => {
    expect(report.paths).toEqual({
      '"../x"': '/items/..%2Fx',
      '"a/b"': '/items/a%2Fb',
      '"?"': '/items/%3F',
      '"#"': '/items/%23',
      '"%2F"': '/items/%252F',
      '""': expect.stringMatching(/^TypeError: .*id/),
      '"  "': expect.stringMatching(/^TypeError: .*id/),
      '"."': expect.stringMatching(/^TypeError: /),
      '".."': expect.stringMatching(/^TypeError: /),
      '"a\\nb"': '/items/a%0Ab',
      '7': '/items/7',
    });
    expect(report.multi).toBe('/items/a%20b/sub/0/..%2F..%2F..');
    expect(report.odd).toBe('/odd/*/`$`\\/%60%24%7BglobalThis.pwned%20%3D%2030%7D%60');
  });

  test('requests go where the path says: traversal is encoded, and bad ids or headers never reach fetch', () => {
    expect(report.calls.traversal).toBe('status 204');
    expect(report.urls[0]).toBe("GET https://api.example.com/items/..%2Fadmin?$select=a'b,*%2F");
    expect(report.calls.empty).toMatch(/^TypeError: /);
    expect(report.calls.blank).toMatch(/^TypeError: /);
    expect(report.calls.crlf).toMatch(/^TypeError: .*CR or LF/);
    expect(report.calls.lf).toMatch(/^TypeError: .*CR or LF/);
    // Only the traversal call and the later calls of classOperation and defaultOperation reached
    // /items/: every refused call stopped before fetch.
    expect(report.urls.filter((u) => u.includes('/items/'))).toEqual([
      "GET https://api.example.com/items/..%2Fadmin?$select=a'b,*%2F",
      'PATCH https://api.example.com/items/i',
      'GET https://api.example.com/items/i/sub/1/s',
    ]);
  });

  test('operations named like reserved words, globals and the runtime’s exports all work', () => {
    for (const [name, outcome] of Object.entries(report.calls)) {
      if (['empty', 'blank', 'crlf', 'lf'].includes(name)) continue;
      expect([name, outcome]).toEqual([name, 'status 204']);
    }
    expect(report.sdkGroups).toEqual(
      expect.arrayContaining(['client', 'items', 'prototype', 'constructor', 'conApi', 'unicode']),
    );
  });
});
