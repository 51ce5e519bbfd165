/**
 * `$select` and `$expand` in the types, on the odata fixture (Graph's shapes: lists of names, a navigation property,
 * a `…CollectionResponse`): a consumer project type-checks with TypeScript 7 and 5.9, each @ts-expect-error used
 * (an unused one is itself an error); the built package sends the lists and its narrowed page holds what came back.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixtureSpec, generate } from '../helpers/generate.js';
import { makeTempDir, removeTempDir, writeTree } from '../helpers/temp.js';
import { COMPILERS, expectClean, run, tsc, writeConsumerProject } from '../helpers/tsc.js';
import { startServer, type ScriptedServer } from '../runtime/server.js';

const CONSUMER = `import {
  batch,
  createClient,
  createDeviceConfiguration,
  getUser,
  isIosGeneralDeviceConfiguration,
  listDeviceConfigurations,
  listUsers,
  listUsersAll,
  type User,
} from './package/dist/index.js';

const client = createClient({ baseUrl: 'http://127.0.0.1:1' });
/** A function that needs two properties, present (null when unset). */
const label = (user: { id: string; displayName: string | null }): string => user.displayName ?? user.id;

export async function calls(): Promise<void> {
  const page = await listUsers(client, { query: { $select: ['id', 'displayName'], $top: 5 } });
  if (page.hasContent) {
    const next: string | null | undefined = page.data['@odata.nextLink'];
    for (const user of page.data.value ?? []) {
      // Selected properties are there (Graph returns each, null when unset), and enough for label().
      const id: string = user.id;
      label(user);
      // @ts-expect-error mail was not selected
      void user.mail;
      void id;
    }
    void next;
  }
  // Through the paging iterator, every item of every page is narrowed alike.
  for await (const user of listUsersAll(client, { query: { $select: ['id', 'displayName'] } }, { maxPages: 2 })) {
    label(user);
    // @ts-expect-error mail was not selected
    void user.mail;
  }
  // @ts-expect-error mobilePhone is not a property of user
  await listUsers(client, { query: { $select: ['id', 'mobilePhone'] } });
  // @ts-expect-error displayName is not a navigation property
  await getUser(client, { userId: 'u', query: { $expand: ['displayName'] } });

  const one = await getUser(client, { userId: 'u', query: { $select: ['id'] } });
  // @ts-expect-error displayName was not selected, so the result does not do where both are needed
  if (one.hasContent) label(one.data);

  const expanded = await getUser(client, { userId: 'u', query: { $select: ['id', 'manager'], $expand: ['manager'] } });
  if (expanded.hasContent) {
    const manager: User | undefined = expanded.data.manager;
    void manager;
  }
  const unexpanded = await getUser(client, { userId: 'u', query: { $select: ['id', 'manager'] } });
  // @ts-expect-error manager is selected but not expanded: Graph does not return a navigation property then
  if (unexpanded.hasContent) void unexpanded.data.manager;
  const all = await getUser(client, { userId: 'u', query: { $select: ['displayName'], $expand: ['*'] } });
  if (all.hasContent) void all.data.manager;

  // A page of a polymorphic base holds the union of its kinds: @odata.type or a guard tells them apart.
  const configurations = await listDeviceConfigurations(client);
  for (const c of configurations.hasContent ? (configurations.data.value ?? []) : []) {
    if (isIosGeneralDeviceConfiguration(c)) void c.passcodeRequired;
    else if (c['@odata.type'] === '#microsoft.graph.windows10GeneralConfiguration') void c.defenderRequireRealTimeMonitoring;
    // @ts-expect-error only an iOS configuration has passcodeRequired
    else void c.passcodeRequired;
  }
  // Narrowed by $select, member by member, @odata.type kept.
  const selected = await listDeviceConfigurations(client, { query: { $select: ['id', 'passcodeRequired'] } });
  for (const c of selected.hasContent ? (selected.data.value ?? []) : []) {
    if (isIosGeneralDeviceConfiguration(c)) void (c.passcodeRequired satisfies boolean);
    // @ts-expect-error displayName was not selected
    void c.displayName;
  }
  await createDeviceConfiguration(client, { '@odata.type': '#microsoft.graph.iosGeneralDeviceConfiguration', displayName: 'iOS', passcodeRequired: true });
  // @ts-expect-error a polymorphic entity is created as one of its kinds, named by @odata.type
  await createDeviceConfiguration(client, { displayName: 'which kind?' });

  // A batch outcome's result is the call's own: narrowed by its $select.
  const [batched] = await batch(client, [(c) => getUser(c, { userId: 'u', query: { $select: ['id', 'displayName'] } })]);
  if (batched.ok && batched.result.hasContent) {
    label(batched.result.data);
    // @ts-expect-error mail was not selected in the batched call
    void batched.result.data.mail;
  }

  // Without $select, the whole user.
  const full = await getUser(client, { userId: 'u' });
  if (full.hasContent) {
    const user: User = full.data;
    void user.mail;
  }
}
`;

let temp: string;
let server: ScriptedServer;

beforeAll(async () => {
  temp = makeTempDir('odata');
  const { files } = await generate({ spec: fixtureSpec('odata'), name: 'odata-fixture', version: '1.0.0' });
  writeTree(path.join(temp, 'package'), files);
  writeTree(temp, { 'consumer.ts': CONSUMER });
  writeConsumerProject(temp, ['consumer.ts']);
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await server?.close();
  removeTempDir(temp);
});

test.each(COMPILERS.map((c) => [c.name, c] as const))(
  '%s: narrowed results compile where they should, and every @ts-expect-error is used',
  async (_name, compiler) => {
    expectClean(
      await tsc(compiler, ['-p', 'tsconfig.json', '--pretty', 'false'], temp),
      `${compiler.name} on the consumer`,
    );
  },
);

test('a selected list through the paging iterator: the lists on every page, the items of both pages', async () => {
  const first = {
    '@odata.nextLink': `${server.origin}/users?$select=id,displayName&$skiptoken=2`,
    value: [{ id: 'u1', displayName: 'Ada' }],
  };
  const second = { value: [{ id: 'u2', displayName: null }] };
  server.script(
    (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(first)),
    (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(second)),
  );
  fs.writeFileSync(
    path.join(temp, 'pages.mjs'),
    `import { createClient, listUsersAll } from './package/dist/index.js';
const client = createClient({ baseUrl: process.argv[2], retry: false, timeoutMs: 10000 });
const items = [];
for await (const user of listUsersAll(client, { query: { $select: ['id', 'displayName'] } }, { maxPages: 5 })) items.push(user);
console.log(JSON.stringify(items));
`,
  );
  const before = server.seen.length;
  const child = await run(process.execPath, ['pages.mjs', server.origin], { cwd: temp, timeoutMs: 30_000 });
  expectClean(child, 'node pages.mjs');
  expect(JSON.parse(child.stdout)).toEqual([...first.value, ...second.value]);
  expect(server.seen.slice(before).map((s) => decodeURIComponent(s.url))).toEqual([
    '/users?$select=id,displayName',
    '/users?$select=id,displayName&$skiptoken=2',
  ]);
});

test('a polymorphic page from the server is narrowed, item by item, by a guard', async () => {
  const page = {
    value: [
      { '@odata.type': '#microsoft.graph.iosGeneralDeviceConfiguration', id: 'c1', passcodeRequired: true },
      {
        '@odata.type': '#microsoft.graph.windows10GeneralConfiguration',
        id: 'c2',
        defenderRequireRealTimeMonitoring: false,
      },
    ],
  };
  server.script((res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page)));
  fs.writeFileSync(
    path.join(temp, 'kinds.mjs'),
    `import { createClient, isIosGeneralDeviceConfiguration, isWindows10GeneralConfiguration, listDeviceConfigurations } from './package/dist/index.js';
const client = createClient({ baseUrl: process.argv[2], retry: false, timeoutMs: 10000 });
const result = await listDeviceConfigurations(client);
console.log(JSON.stringify(result.data.value.map((c) => [c.id, isIosGeneralDeviceConfiguration(c), isWindows10GeneralConfiguration(c)])));
`,
  );
  const child = await run(process.execPath, ['kinds.mjs', server.origin], { cwd: temp, timeoutMs: 30_000 });
  expectClean(child, 'node kinds.mjs');
  expect(JSON.parse(child.stdout)).toEqual([
    ['c1', true, false],
    ['c2', false, true],
  ]);
});

test('the built package sends $select and $expand comma-joined, and returns the selected page', async () => {
  const page = {
    '@odata.nextLink': null,
    value: [
      { id: 'u1', displayName: 'Ada' },
      { id: 'u2', displayName: null },
    ],
  };
  server.script((res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page)));
  fs.writeFileSync(
    path.join(temp, 'call.mjs'),
    `import { createClient, listUsers } from './package/dist/index.js';
const client = createClient({ baseUrl: process.argv[2], retry: false, timeoutMs: 10000 });
const result = await listUsers(client, { query: { $select: ['id', 'displayName'], $expand: ['manager'], $top: 2 } });
console.log(JSON.stringify(result.data));
`,
  );
  const child = await run(process.execPath, ['call.mjs', server.origin], { cwd: temp, timeoutMs: 30_000 });
  expectClean(child, 'node call.mjs');
  expect(JSON.parse(child.stdout)).toEqual(page);
  expect(server.seen.slice(-1).map((s) => decodeURIComponent(s.url))).toEqual([
    '/users?$select=id,displayName&$expand=manager&$top=2',
  ]);
});
