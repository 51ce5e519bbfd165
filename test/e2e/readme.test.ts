// The generated packages' README as a user reads it: every ```ts sample of every package (the curated Graph ones and
// each fixture's, Graph or plain OpenAPI) type-checks with TypeScript 7 and 5.9 (strict, NodeNext) against the package
// it documents, installed in a temporary project; and the Graph README's numbers and cloud roots are the runtime's.
// The packages are generated afresh in memory from templates/, so this checks the templates today, not the READMEs
// last written to generated/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGraphClient, type Cloud } from '../../templates/runtime/index.js';
import { retryPlan } from '../../templates/runtime/retry.js';
import { curatedJobs, FIXTURES, generate, REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';
import { COMPILERS, tsc, writeConsumerProject } from '../helpers/tsc.js';

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
export interface DeviceCodeCredentialOptions extends TokenCredentialOptions { tenantId?: string; clientId?: string }
export declare class DeviceCodeCredential implements TokenCredential {
  constructor(options?: DeviceCodeCredentialOptions);
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
function prelude(block: string, pkgName: string, exported: string[], clientType: string): string {
  const own = new Set<string>();
  for (const m of block.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) own.add(m[1]);
  for (const m of block.matchAll(/import\s*\{([^}]*)\}/g))
    for (const n of m[1].split(',')) own.add(n.trim().replace(/^type\s+/, ''));
  const uses = (name: string): boolean =>
    !own.has(name) && new RegExp(`(?<![\\w$.'])${name.replace(/\$/g, '\\$')}\\b`).test(block);
  const lines: string[] = [];
  const imports = exported.filter(uses);
  if (imports.length) lines.push(`import { ${imports.join(', ')} } from '${pkgName}';`);
  if (uses('client')) lines.push(`declare const client: import('${pkgName}').${clientType};`);
  if (uses('credential')) lines.push(`declare const credential: import('@azure/identity').TokenCredential;`);
  return lines.join('\n') + '\n';
}

/** The package's own exports, from its entry's declarations (`export * from` lines are followed). */
function exportsOf(files: ReadonlyMap<string, string>): string[] {
  const exported = new Set<string>();
  const collect = (file: string): void => {
    const text = files.get(file) ?? '';
    for (const m of text.matchAll(/export \* from '\.\/(.+?)\.js'/g))
      collect(path.posix.join(path.posix.dirname(file), m[1] + '.d.ts'));
    for (const m of text.matchAll(/export (?:declare )?(?:function|const|class|abstract class) ([A-Za-z_$][\w$]*)/g))
      exported.add(m[1]);
  };
  collect('dist/index.d.ts');
  return [...exported];
}

/** What a polymorphic read's sample says of the line its guard narrows. */
const GUARD_CLAIM = '// outside the guard, this would not compile';

/**
 * The sample with its type guard made powerless (`true || isX(item)` narrows nothing), when it makes the claim: the
 * claimed line must then fail to compile. Undefined for any other sample.
 */
function unguarded(block: string): string | undefined {
  if (!block.includes(GUARD_CLAIM)) return undefined;
  const guard = /\b(is[A-Z]\w*)\(/.exec(block)?.[1];
  return guard && block.replace(`${guard}(`, `true || ${guard}(`);
}

/** Every package whose README is checked: the curated ones, then one per fixture. */
const packages = [
  ...curatedJobs().map((job) => ({
    dir: path.basename(job.out),
    job: { spec: job.spec, name: job.name, version: job.version },
  })),
  ...FIXTURES.map((f) => ({ dir: f.name as string, job: { spec: f.spec } })),
];
const generated = new Map<string, { files: Map<string, string>; readme: string; name: string; graph: boolean }>();
let temp: string | undefined;

beforeAll(async () => {
  for (const { dir, job } of packages) {
    const { files } = await generate(job);
    const name = (JSON.parse(files.get('package.json')!) as { name: string }).name;
    generated.set(dir, { files, readme: files.get('README.md')!, name, graph: files.has('src/runtime/graph.ts') });
  }
}, 180_000);
afterAll(() => removeTempDir(temp));

describe('every ts sample of every README type-checks against its package, in a strict NodeNext ESM project', () => {
  // One project for all: each package in a folder of its own (fixtures may share a package name), with its samples.
  const sampleFiles: string[] = [];
  /** Samples whose guard was made powerless, each with the 1-based line its claim is on. */
  const unguardedFiles = new Map<string, number>();
  let projectSamples = 0;
  beforeAll(() => {
    temp = makeTempDir('readme');
    const identity = path.join(temp, 'node_modules', '@azure', 'identity');
    fs.mkdirSync(identity, { recursive: true });
    fs.writeFileSync(
      path.join(identity, 'package.json'),
      JSON.stringify({ name: '@azure/identity', version: '4.0.0', types: 'index.d.ts' }),
    );
    fs.writeFileSync(path.join(identity, 'index.d.ts'), AZURE_IDENTITY_STUB);
    for (const [dir, { files, readme, name, graph }] of generated) {
      const pkgDir = path.join(temp, dir, 'node_modules', ...name.split('/'));
      for (const [file, text] of files) {
        fs.mkdirSync(path.dirname(path.join(pkgDir, file)), { recursive: true });
        fs.writeFileSync(path.join(pkgDir, file), text);
      }
      const exported = exportsOf(files);
      expect({ dir, createClient: exported.includes('createClient') }).toEqual({ dir, createClient: true });
      const blocks = tsBlocks(readme);
      expect({ dir, samples: blocks.length >= (graph ? 6 : 4) }).toEqual({ dir, samples: true });
      blocks.forEach((block, i) => {
        const file = `${dir}/sample-${String(i + 1).padStart(2, '0')}.ts`;
        fs.writeFileSync(
          path.join(temp!, file),
          prelude(block, name, exported, graph ? 'GraphClient' : 'ApiClient') + block + '\nexport {};\n',
        );
        sampleFiles.push(file);
        const without = unguarded(block);
        if (without === undefined) return;
        const text = prelude(block, name, exported, graph ? 'GraphClient' : 'ApiClient') + without + '\nexport {};\n';
        const claimFile = `${dir}/unguarded-${String(i + 1).padStart(2, '0')}.ts`;
        fs.writeFileSync(path.join(temp!, claimFile), text);
        unguardedFiles.set(claimFile, text.split('\n').findIndex((l) => l.includes(GUARD_CLAIM)) + 1);
      });
    }
    // The project's own README speaks of the curated beta package: its samples are checked against it too.
    const beta = generated.get('graph-beta')!;
    tsBlocks(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')).forEach((block, i) => {
      const file = `graph-beta/project-readme-${String(i + 1).padStart(2, '0')}.ts`;
      fs.writeFileSync(
        path.join(temp!, file),
        prelude(block, beta.name, exportsOf(beta.files), 'GraphClient') + block + '\nexport {};\n',
      );
      sampleFiles.push(file);
      projectSamples++;
    });
    writeConsumerProject(temp, sampleFiles, ['ES2022', 'DOM']);
    fs.writeFileSync(
      path.join(temp, 'tsconfig.unguarded.json'),
      JSON.stringify({ extends: './tsconfig.json', files: [...unguardedFiles.keys()] }),
    );
  });

  test.each(COMPILERS.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, compiler) => {
      expect(sampleFiles.length).toBeGreaterThan(packages.length * 4);
      expect(projectSamples).toBeGreaterThan(0);
      const result = await tsc(compiler, ['-p', temp!]);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    },
    120_000,
  );

  test.each(COMPILERS.map((c) => [c.name, c] as const))(
    "%s: a polymorphic read's guard is what makes its claimed line compile",
    async (_name, compiler) => {
      // The curated beta package and the odata fixture make the claim (their unions have kinds to tell apart).
      expect([...unguardedFiles.keys()].map((f) => f.split('/')[0])).toEqual(
        expect.arrayContaining(['graph-beta', 'odata']),
      );
      const result = await tsc(compiler, ['-p', 'tsconfig.unguarded.json', '--pretty', 'false'], temp);
      const errors = [...(result.stdout + result.stderr).matchAll(/^(.+?)\((\d+),\d+\): error TS\d+/gm)];
      // Each claimed line fails (and reading the kind's own property after it may fail too): nothing else does.
      const claimed = [...unguardedFiles].map(([file, line]) => `${file}:${line}`);
      expect(errors.map((m) => `${m[1]}:${m[2]}`)).toEqual(expect.arrayContaining(claimed));
      expect(new Set(errors.map((m) => m[1]))).toEqual(new Set(unguardedFiles.keys()));
    },
    120_000,
  );
});

describe('a sample uses a credential its operation allows', () => {
  test.each([
    ['graph-beta', 'ClientSecretCredential'],
    ['graph-v1.0', 'ClientSecretCredential'],
    ['graph-profile', 'DeviceCodeCredential'],
  ])('%s: the quickstart signs in as its sample operation allows (%s)', (dir, credential) => {
    const { readme, files } = generated.get(dir)!;
    const quickstart = tsBlocks(readme)[0]!;
    const called = /import \{ createClient, (\w+) \}/.exec(quickstart)![1]!;
    const source = [...files].find(
      ([file, text]) => file.startsWith('src/operations/') && text.includes(`export function ${called}(`),
    )![1];
    const at = source.indexOf(`export function ${called}(`);
    const doc = source.slice(source.lastIndexOf('/**', at), at);
    // An app signs in on its own only where the operation's own JSDoc lists Application permissions.
    expect(/- Application: (?!not supported)/.test(doc)).toBe(credential === 'ClientSecretCredential');
    expect(quickstart).toContain(`new ${credential}(`);
    expect(doc).not.toContain('Doubtful');
  });

  test("a plain OpenAPI quickstart gives the credentials of the operation's first way to authenticate", () => {
    const quickstart = tsBlocks(generated.get('openapi-profile')!.readme)[0]!;
    expect(quickstart).toContain('addPet(client, { name: ');
    expect(quickstart).toContain(
      'credentials: { basic_auth: { username: process.env.BASIC_AUTH_USER!, password: process.env.BASIC_AUTH_PASSWORD! } }',
    );
  });
});

describe.each(curatedJobs().map((job) => ({ dir: path.basename(job.out) })))('$dir README', ({ dir }) => {
  it('states the runtime defaults: 3 retries, 3 s backoff base, 180 s cap, 60 s timeout, nonGraphErrorBody', () => {
    const { readme, name, files } = generated.get(dir)!;
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
    const { readme, name } = generated.get(dir)!;
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
