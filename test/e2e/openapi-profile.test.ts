// The plain OpenAPI profile end to end: the petstore-style fixture generated afresh, its own sources loaded, and
// every call sent to a real HTTP server on 127.0.0.1, which records the exact query string and headers it gets.
// Each parameter style, each security scheme and the typed errors are checked as the server and the caller see them.
import * as path from 'node:path';
import { fixtureSpec, generate } from '../helpers/generate.js';
import { makeTempDir, removeTempDir, writeTree } from '../helpers/temp.js';
import { json, startServer, text, type ScriptedServer } from '../runtime/server.js';

/** The parts of the generated package this test calls (its own types are checked by the README and compile tests). */
interface Petstore {
  createClient(options?: object): unknown;
  findPets(client: unknown, params?: object): Promise<{ status: number; data: unknown }>;
  getPetById(client: unknown, params: object): Promise<{ status: number; data: unknown }>;
  addPet(client: unknown, body: object): Promise<{ status: number; data: unknown }>;
  deletePet(client: unknown, params: object): Promise<{ status: number; hasContent: boolean }>;
  getInventory(client: unknown): Promise<{ data: unknown }>;
  getHealth(client: unknown): Promise<{ status: number }>;
  ApiError: new (...args: never[]) => Error & { status: number; body: unknown; headers: Record<string, string> };
  RequestError: new (...args: never[]) => Error;
}

let temp: string | undefined;
let srv: ScriptedServer;
let pkg: Petstore;
let files: Map<string, string>;

beforeAll(async () => {
  files = (await generate({ spec: fixtureSpec('openapi-profile') })).files;
  temp = makeTempDir('openapi-profile');
  writeTree(temp, new Map([...files].filter(([file]) => file.startsWith('src/'))));

  pkg = require(path.join(temp, 'src', 'index.ts')) as Petstore;
  srv = await startServer();
}, 60_000);
afterAll(async () => {
  await srv?.close();
  removeTempDir(temp);
});

const client = (credentials: object = {}, more: object = {}) =>
  pkg.createClient({ baseUrl: `${srv.origin}/v2`, credentials, retry: false, ...more });

/** The one request the server saw since the last script. */
const last = () => srv.seen[srv.seen.length - 1]!;

test('query parameters follow their style and explode: form (both), spaceDelimited, pipeDelimited, deepObject', async () => {
  srv.script(json(200, [{ id: 1, name: 'Rex' }]));
  const scopes: string[][] = [];
  const c = client({ petstore_auth: async (s: string[]) => (scopes.push(s), 'oauth-token') });
  const result = await pkg.findPets(c, {
    query: {
      tags: ['a b', 'c'],
      ids: [1, 2],
      colors: ['red', 'navy'],
      sizes: ['S', 'M'],
      filter: { name: 'Rex', minAge: 2 },
      limit: 5,
    },
    headers: { 'X-Request-Tags': ['x', 'y'] },
  });
  expect(result.data).toEqual([{ id: 1, name: 'Rex' }]);
  expect(last().url).toBe(
    '/v2/pets?tags=a%20b&tags=c&ids=1,2&colors=red%20navy&sizes=S|M&filter[name]=Rex&filter[minAge]=2&limit=5',
  );
  expect(last().headers['x-request-tags']).toBe('x,y');
  // OAuth2: the token is asked for with the scopes the operation names, not `<origin>/.default`.
  expect(scopes).toEqual([['read:pets']]);
  expect(last().headers.authorization).toBe('Bearer oauth-token');
});

test('an apiKey goes in its header, or in the query when only the query key is given', async () => {
  srv.script(json(200, { id: 7, name: 'Rex' }), json(200, { id: 7, name: 'Rex' }));
  await pkg.getPetById(client({ api_key: 'header-key', query_key: 'query-key' }), { petId: 7 });
  expect(last().url).toBe('/v2/pets/7');
  expect(last().headers['x-api-key']).toBe('header-key');
  await pkg.getPetById(client({ query_key: 'k&y' }), { petId: 7 });
  expect(last().url).toBe('/v2/pets/7?api_key=k%26y');
  expect(last().headers['x-api-key']).toBeUndefined();
});

test('a cookie apiKey is sent as a cookie, basic auth as Authorization: Basic, a bearer string as is', async () => {
  srv.script(json(200, { available: 3 }), json(201, { id: 1, name: 'Éclair' }), text(204));
  await pkg.getInventory(client({ cookie_key: 's=1' }));
  expect(last().headers.cookie).toBe('store_session=s%3D1');
  expect(last().headers.authorization).toBeUndefined();
  await pkg.addPet(client({ basic_auth: { username: 'zoë', password: 'p:w' } }), { name: 'Éclair' });
  expect(last().headers.authorization).toBe('Basic ' + Buffer.from('zoë:p:w').toString('base64'));
  expect(JSON.parse(last().body)).toEqual({ name: 'Éclair' });
  const deleted = await pkg.deletePet(client({ bearer_auth: 'jwt' }), { petId: 1 });
  expect(last().headers.authorization).toBe('Bearer jwt');
  expect(deleted).toMatchObject({ status: 204, hasContent: false });
});

test('the first way to authenticate whose credentials are given is used; a public operation gets none', async () => {
  srv.script(text(204), text(204), text(204));
  const scopes: string[][] = [];
  const credential = {
    getToken: async (s: string | string[]) => (
      scopes.push(s as string[]),
      { token: 'cred', expiresOnTimestamp: Date.now() + 3600e3 }
    ),
  };
  const c = client({ petstore_auth: credential, api_key: 'k' });
  await pkg.deletePet(c, { petId: 1 });
  expect(last().headers.authorization).toBe('Bearer cred');
  expect(scopes).toEqual([['write:pets', 'read:pets']]);
  await pkg.deletePet(c, { petId: 2 });
  expect(scopes).toHaveLength(1); // the TokenCredential's token is reused
  await pkg.getHealth(c);
  expect(last().headers.authorization).toBeUndefined();
  expect(last().headers['x-api-key']).toBeUndefined();
});

test('credentials never reach onRequest: API keys and cookies read REDACTED like Authorization', async () => {
  srv.script(json(200, { available: 1 }), json(200, { id: 1, name: 'Rex' }));
  const events: Record<string, string>[] = [];
  const onRequest = (e: { headers: Record<string, string>; url: string }) => events.push({ ...e.headers, url: e.url });
  await pkg.getInventory(client({ cookie_key: 'secret' }, { onRequest }));
  await pkg.getPetById(client({ query_key: 'secret' }, { onRequest }), { petId: 1 });
  expect(events[0]!.cookie).toBe('REDACTED');
  expect(JSON.stringify(events)).not.toContain('secret');
  expect(last().url).toBe('/v2/pets/1?api_key=secret');
});

test('a documented error is an ApiError with status, headers and the parsed body, not a Graph error', async () => {
  srv.script(
    json(404, { message: 'no such pet', petId: 9 }, { 'x-trace': 't1' }),
    json(400, { code: 400, message: 'name is required' }),
  );
  const notFound = await pkg.getPetById(client({ api_key: 'k' }), { petId: 9 }).catch((e: unknown) => e);
  expect(notFound).toBeInstanceOf(pkg.ApiError);
  expect(notFound).toBeInstanceOf(Error);
  expect(notFound).toMatchObject({
    name: 'ApiError',
    status: 404,
    body: { message: 'no such pet', petId: 9 },
    message: 'HTTP 404 Not Found: no such pet',
  });
  expect((notFound as { headers: Record<string, string> }).headers['x-trace']).toBe('t1');
  expect(notFound).not.toHaveProperty('code');
  const refused = await pkg
    .addPet(client({ basic_auth: { username: 'u', password: 'p' } }), {})
    .catch((e: unknown) => e);
  expect(refused).toMatchObject({ status: 400, body: { code: 400, message: 'name is required' } });
});

test('the package says nothing of Graph: no Graph word in src, dist, README or package.json', () => {
  const graphy = [...files]
    .filter(([file, content]) => file !== '.codegen-manifest' && /graph/i.test(content))
    .map(([file]) => file);
  expect(graphy).toEqual([]);
  expect(files.has('src/runtime/clouds.ts')).toBe(false);
  expect(files.get('src/client.ts')).not.toMatch(/cloud/i);
});

test('a 2xx answer the runtime refuses (not JSON where JSON is documented) is an ApiError with its code', async () => {
  srv.script(text(200, '<html>proxy login</html>'));
  const refused = await pkg.getPetById(client({ api_key: 'k' }), { petId: 1 }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(pkg.ApiError);
  expect(refused).toMatchObject({ status: 200, code: 'invalidResponseBody', text: '<html>proxy login</html>' });
});

test('a 401 makes the client forget the cached token: the next call asks the credential again', async () => {
  srv.script(text(204), text(401), text(204));
  let asked = 0;
  const credential = {
    getToken: async () => (asked++, { token: `t${asked}`, expiresOnTimestamp: Date.now() + 3600e3 }),
  };
  const c = client({ petstore_auth: credential });
  await pkg.deletePet(c, { petId: 1 });
  await expect(pkg.deletePet(c, { petId: 1 })).rejects.toMatchObject({ status: 401 });
  expect(asked).toBe(1);
  await pkg.deletePet(c, { petId: 1 });
  expect(asked).toBe(2);
  expect(last().headers.authorization).toBe('Bearer t2');
});
