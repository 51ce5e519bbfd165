/**
 * The profile of a package: chosen from the document (a Microsoft Graph server host makes it Graph), or set by
 * the config's `profile` or the CLI's `--profile`; decided once, in the model, and followed by what is emitted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT, main } from '../../generator/cli.js';
import { readConfig } from '../../generator/config.js';
import type { Diagnostic } from '../../generator/diagnostics.js';
import { buildIr } from '../../generator/model/build.js';
import { decideProfile, type ProfileKind } from '../../generator/model/profile.js';
import { fixtureSpec, generate, REPO_ROOT } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';

const doc = (url?: string) => ({
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  paths: {},
  ...(url ? { servers: [{ url }] } : {}),
});

describe('from the document', () => {
  test.each([
    ['https://graph.microsoft.com/v1.0', 'graph'],
    ['https://graph.microsoft.com/beta', 'graph'],
    ['https://GRAPH.microsoft.com/beta', 'graph'],
    ['https://graph.microsoft.us/v1.0', 'graph'],
    ['https://dod-graph.microsoft.us/v1.0', 'graph'],
    ['https://microsoftgraph.chinacloudapi.cn/v1.0', 'graph'],
    ['https://petstore.example.com/v2', 'openapi'],
    ['https://graph.example.com/beta', 'openapi'],
    ['https://graph.microsoft.com.example.net/', 'openapi'],
    ['/relative/v1', 'openapi'],
    [undefined, 'openapi'],
  ])('first server %s: %s', (url, kind) => {
    expect(decideProfile(doc(url), undefined, []).kind).toBe(kind);
  });

  test('each profile names its own runtime', () => {
    expect(decideProfile(doc('https://graph.microsoft.com/v1.0'), undefined, [])).toMatchObject({
      client: 'GraphClient',
      error: 'GraphError',
      createClient: 'createGraphClient',
    });
    expect(decideProfile(doc(), undefined, [])).toMatchObject({
      client: 'ApiClient',
      error: 'ApiError',
      createClient: 'createApiClient',
    });
  });

  test('security schemes are read in document order; one the client cannot send is reported, not dropped silently', () => {
    const diagnostics: Diagnostic[] = [];
    const profile = decideProfile(
      {
        ...doc(),
        components: {
          securitySchemes: {
            key: { type: 'apiKey', in: 'cookie', name: 'sid' },
            basic: { type: 'http', scheme: 'Basic' },
            oauth: {
              type: 'oauth2',
              flows: { implicit: { scopes: { a: '', b: '' } }, clientCredentials: { scopes: { b: '', c: '' } } },
            },
            tls: { type: 'mutualTLS' },
          },
        },
      },
      undefined,
      diagnostics,
    );
    expect(profile.security.map((s) => [s.name, s.type])).toEqual([
      ['key', 'apiKey'],
      ['basic', 'http'],
      ['oauth', 'oauth2'],
    ]);
    expect(profile.security[1]).toMatchObject({ scheme: 'basic' });
    expect(profile.security[2]).toMatchObject({ scopes: ['a', 'b', 'c'] });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'security-scheme-unsupported',
        severity: 'warning',
        pointer: '#/components/securitySchemes/tls',
      }),
    ]);
  });
});

describe('set by the user', () => {
  test.each<[string | undefined, ProfileKind, ProfileKind]>([
    ['https://graph.microsoft.com/v1.0', 'openapi', 'openapi'],
    ['https://petstore.example.com/v2', 'graph', 'graph'],
  ])('%s with profile %s is %s', (url, chosen, kind) => {
    const { ir } = buildIr(doc(url), { profile: chosen });
    expect(ir.profile.kind).toBe(kind);
  });

  let temp: string | undefined;
  afterEach(() => removeTempDir(temp));

  test('the config takes "profile" per package, and refuses a value that is not one', () => {
    temp = makeTempDir('profile-config');
    const file = path.join(temp, 'codegen.config.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        packages: [
          { spec: 'a.yaml', out: 'a', profile: 'openapi' },
          { spec: 'b.yaml', out: 'b' },
        ],
      }),
    );
    expect(readConfig(file, temp).jobs).toEqual([
      { spec: 'a.yaml', out: 'a', profile: 'openapi' },
      { spec: 'b.yaml', out: 'b' },
    ]);
    fs.writeFileSync(file, JSON.stringify({ packages: [{ spec: 'a.yaml', out: 'a', profile: 'odata' }] }));
    expect(readConfig(file, temp).diagnostics).toEqual([
      expect.objectContaining({
        code: 'config-invalid',
        pointer: '#/packages/0/profile',
        message: expect.stringContaining('"odata": expected one of "graph", "openapi"'),
      }),
    ]);
  });

  test('--profile makes a Graph-hosted spec a plain OpenAPI package, and an unknown value is a usage error', async () => {
    temp = makeTempDir('profile-cli');
    let stderr = '';
    const io = {
      stdout: { write: () => true } as unknown as NodeJS.WritableStream,
      stderr: { write: (t: string) => ((stderr += t), true) } as unknown as NodeJS.WritableStream,
      cwd: REPO_ROOT,
    };
    const out = path.join(temp, 'pkg');
    expect(await main(['--spec', fixtureSpec('graph-profile'), '--out', out, '--profile', 'bogus'], io)).toBe(
      EXIT.usage,
    );
    expect(stderr).toContain('--profile "bogus": expected graph or openapi');
    expect(fs.existsSync(out)).toBe(false);
    expect(
      await main(['--spec', fixtureSpec('graph-profile'), '--out', out, '--profile', 'openapi', '--quiet'], io),
    ).toBe(EXIT.ok);
    const client = fs.readFileSync(path.join(out, 'src', 'client.ts'), 'utf8');
    expect(client).toContain('createApiClient(packageInfo, securitySchemes, options)');
    expect(fs.existsSync(path.join(out, 'src', 'runtime', 'clouds.ts'))).toBe(false);
  }, 60_000);
});

test('what is emitted follows the profile the document chose', async () => {
  const graph = (await generate({ spec: fixtureSpec('graph-profile') })).files;
  const plain = (await generate({ spec: fixtureSpec('openapi-profile') })).files;
  // Graph: OData's comma list is kept for an exploded array, national clouds and GraphError come with the runtime.
  expect(graph.get('src/operations/me.ts')).toContain('client: GraphClient');
  expect(graph.get('src/operations/me.ts')).not.toContain('styles:');
  expect(graph.has('src/runtime/clouds.ts')).toBe(true);
  expect(graph.get('README.md')).toContain('## National clouds');
  // Plain OpenAPI: styles, security and typed errors go with each call.
  expect(plain.get('src/operations/pets.ts')).toContain('client: ApiClient');
  expect(plain.get('src/operations/pets.ts')).toContain("sizes: { style: 'pipeDelimited', explode: false }");
  expect(plain.get('src/operations/pets.ts')).toContain(
    'export type GetPetByIdError = ApiError<NotFound, 404> | ApiError<ErrorModel>;',
  );
  expect(plain.get('README.md')).not.toContain('cloud');
});

test('a scheme or a parameter named __proto__ stays a property of the literals the runtime reads', async () => {
  const temp = makeTempDir('profile-proto');
  try {
    const spec = path.join(temp, 'proto.json');
    fs.writeFileSync(
      spec,
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Proto', version: '1.0.0' },
        servers: [{ url: 'https://proto.example.com' }],
        security: [{ __proto__: [] }],
        paths: {
          '/a': {
            get: {
              parameters: [
                {
                  name: '__proto__',
                  in: 'query',
                  style: 'pipeDelimited',
                  explode: false,
                  schema: { type: 'array', items: { type: 'string' } },
                },
              ],
              responses: { '204': { description: 'None' } },
            },
          },
        },
        components: { securitySchemes: { ['__proto__']: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
      }).replace('"security":[{}]', '"security":[{"__proto__":[]}]'),
    );
    const { files } = await generate({ spec });
    expect(files.get('src/client.ts')).toContain("['__proto__']: { type: 'apiKey', in: 'header', name: 'X-Key' },");
    expect(files.get('src/operations/a.ts')).toContain(
      "styles: { ['__proto__']: { style: 'pipeDelimited', explode: false } }",
    );
    expect(files.get('src/operations/a.ts')).toContain("security: [{ ['__proto__']: [] }]");
  } finally {
    removeTempDir(temp);
  }
});
