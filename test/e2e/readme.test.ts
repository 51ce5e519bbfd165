// The generated packages' README as a user reads it: every ```ts sample type-checks (TypeScript 7, strict, NodeNext)
// against the package it documents, installed in a temporary project, and the README's numbers and cloud roots are
// the runtime's. Both packages are generated afresh in memory from templates/, so this checks the template today,
// not the README last written to generated/.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGraphClient, type Cloud } from '../../templates/runtime/index.js';
import { retryPlan } from '../../templates/runtime/retry.js';
import { curatedJobs, generate, REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';
import { writeConsumerProject } from '../helpers/tsc.js';

const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc');

/**
 * @azure/identity is not installed here: this stub declares the part of its public API the README uses, with the
 * signatures its documentation gives, so the samples are checked against the shapes a user's credential has.
 */
const AZURE_IDENTITY_STUB = `
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: any;
  addEventListener(type: 'abort', listener: (this: AbortSignalLike, ev: any) => any, options?: any): void;
  removeEventListener(type: 'abort', listener: (this: AbortSignalLike, ev: any) => any, options?: any): void;
}
export interface GetTokenOptions {
  abortSignal?: AbortSignalLike;
  claims?: string;
  tenantId?: string;
  enableCae?: boolean;
  requestOptions?: { timeout?: number };
}
export interface AccessToken {
  token: string;
  expiresOnTimestamp: number;
  refreshAfterTimestamp?: number;
  tokenType?: 'Bearer' | 'pop';
}
export interface TokenCredential {
  getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null>;
}
export declare enum AzureAuthorityHosts {
  AzureChina = 'https://login.chinacloudapi.cn',
  AzureGovernment = 'https://login.microsoftonline.us',
  AzurePublicCloud = 'https://login.microsoftonline.com',
}
export interface TokenCredentialOptions { authorityHost?: string }
export declare class ClientSecretCredential implements TokenCredential {
  constructor(tenantId: string, clientId: string, clientSecret: string, options?: TokenCredentialOptions);
  getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken>;
}
export declare class DefaultAzureCredential implements TokenCredential {
  constructor(options?: TokenCredentialOptions);
  getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken>;
}
`;

/** The ```ts blocks of a Markdown text. */
const tsBlocks = (markdown: string): string[] => [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

/**
 * Names a sample uses from an earlier sample (`client`, `credential`, the operation it imported before), declared
 * or imported ahead of it, as a reader carries them over; names the sample declares or imports itself are left alone.
 */
function prelude(block: string, pkgName: string, exported: string[]): string {
  const own = new Set<string>();
  for (const m of block.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) own.add(m[1]);
  for (const m of block.matchAll(/import\s*\{([^}]*)\}/g)) for (const n of m[1].split(',')) own.add(n.trim());
  const uses = (name: string): boolean =>
    !own.has(name) && new RegExp(`(?<![\\w$.'])${name.replace(/\$/g, '\\$')}\\b`).test(block);
  const lines: string[] = [];
  const imports = exported.filter(uses);
  if (imports.length) lines.push(`import { ${imports.join(', ')} } from '${pkgName}';`);
  if (uses('client')) lines.push(`declare const client: import('${pkgName}').GraphClient;`);
  if (uses('credential')) lines.push(`declare const credential: import('@azure/identity').TokenCredential;`);
  return lines.join('\n') + '\n';
}

const jobs = curatedJobs();
let temp: string | undefined;
afterAll(() => removeTempDir(temp));

describe.each(jobs.map((job) => ({ job, dir: path.basename(job.out) })))('$dir README', ({ job, dir }) => {
  let readme = '';
  let name = '';
  let files: Map<string, string>;

  beforeAll(async () => {
    files = (await generate(job)).files;
    readme = files.get('README.md')!;
    name = (JSON.parse(files.get('package.json')!) as { name: string }).name;
  }, 60_000);

  it('every ts sample type-checks against the package, in a strict NodeNext ESM project', () => {
    temp ??= makeTempDir('readme');
    const project = path.join(temp, dir);
    const pkgDir = path.join(project, 'node_modules', ...name.split('/'));
    for (const [file, text] of files) {
      fs.mkdirSync(path.dirname(path.join(pkgDir, file)), { recursive: true });
      fs.writeFileSync(path.join(pkgDir, file), text);
    }
    const identity = path.join(project, 'node_modules', '@azure', 'identity');
    fs.mkdirSync(identity, { recursive: true });
    fs.writeFileSync(
      path.join(identity, 'package.json'),
      JSON.stringify({ name: '@azure/identity', version: '4.0.0', types: 'index.d.ts' }),
    );
    fs.writeFileSync(path.join(identity, 'index.d.ts'), AZURE_IDENTITY_STUB);

    // The package's own exports, from its entry's declarations (`export * from` lines are followed).
    const exported = new Set<string>();
    const collect = (file: string): void => {
      const text = files.get(file) ?? '';
      for (const m of text.matchAll(/export \* from '\.\/(.+?)\.js'/g))
        collect(path.posix.join(path.posix.dirname(file), m[1] + '.d.ts'));
      for (const m of text.matchAll(/export (?:declare )?(?:function|const|class|abstract class) ([A-Za-z_$][\w$]*)/g))
        exported.add(m[1]);
    };
    collect('dist/index.d.ts');
    expect(exported).toContain('createClient');

    const blocks = tsBlocks(readme);
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const sampleFiles = blocks.map((block, i) => {
      const file = `sample-${String(i + 1).padStart(2, '0')}.ts`;
      fs.writeFileSync(path.join(project, file), prelude(block, name, [...exported]) + block + '\nexport {};\n');
      return file;
    });
    writeConsumerProject(project, sampleFiles, ['ES2022', 'DOM']);
    let output = '';
    try {
      execFileSync(process.execPath, [TSC, '-p', project], { stdio: 'pipe', timeout: 30_000 });
    } catch (e) {
      output = String((e as { stdout?: Buffer }).stdout ?? e);
    }
    expect(output).toBe('');
  });

  it('states the runtime defaults: 3 retries, 3 s backoff base, 180 s cap, 60 s timeout, nonGraphErrorBody', () => {
    const plan = retryPlan(undefined, undefined);
    expect(readme).toContain(
      `| \`retry\` | \`{ maxRetries: ${plan.max}, baseDelayMs: ${plan.base}, maxDelayMs: ${plan.cap} }\` |`,
    );
    expect(readme).toContain(`retried, ${plan.max} times by default`);
    expect(readme).toContain(`exponential backoff from ${plan.base / 1000} s`);
    expect(readme).toContain(`No wait exceeds ${plan.cap / 1000} s`);
    expect(readme).toContain('| `timeoutMs` | `60000` |');
    expect(readme).toContain("`'nonGraphErrorBody'`");
    expect(readme).toContain(`\`SdkVersion\` (\`${name}/${JSON.parse(files.get('package.json')!).version}\`)`);
  });

  it('lists each national cloud with the root and token scope the runtime uses', async () => {
    const baseUrl = /Default base URL: `([^`]+)`/.exec(readme)![1];
    const rows = [...readme.matchAll(/^\| `'(\w+)'`[^|]*\| `(https:[^`]+)` \| `(https:[^`]+)` \|/gm)];
    expect(rows.map((r) => r[1]).sort()).toEqual(['china', 'global', 'usGovL4', 'usGovL5']);
    for (const [, cloud, root, scope] of rows) {
      const scopes: string[][] = [];
      const fetch = async (): Promise<Response> => new Response(null, { status: 204 });
      const c = createGraphClient(
        { name, version: '0', baseUrl },
        { cloud: cloud as Cloud, fetch, credential: async (s) => (scopes.push(s), 't') },
      );
      expect(c.baseUrl).toBe(root + new URL(baseUrl).pathname);
      await c.send({ method: 'GET', path: '/x' });
      expect(scopes).toEqual([[scope]]);
    }
  });
});
