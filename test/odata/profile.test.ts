/**
 * OData's types are Graph's semantics: the odata fixture generated with the plain OpenAPI profile keeps `$select` a
 * list of names that narrows nothing, `@odata.type` hierarchies as the document's plain types, and no guards, so a
 * consumer reads any property after `$select` and creates the base without naming a kind (TypeScript 7 and 5.9).
 */
import * as path from 'node:path';
import { fixtureSpec, generate } from '../helpers/generate.js';
import { makeTempDir, removeTempDir, writeTree } from '../helpers/temp.js';
import { COMPILERS, expectClean, tsc, writeConsumerProject } from '../helpers/tsc.js';

const CONSUMER = `import { createClient, createDeviceConfiguration, getUser, listDeviceConfigurations } from './package/dist/index.js';

const client = createClient({ baseUrl: 'http://127.0.0.1:1' });

export async function calls(): Promise<void> {
  // A plain API's $select is whatever that API says: the result keeps its documented type.
  const one = await getUser(client, { userId: 'u', query: { $select: ['id'] } });
  if (one.hasContent) void one.data.mail;
  // The base is created as the document describes it, @odata.type or not.
  await createDeviceConfiguration(client, { displayName: 'any' });
  const page = await listDeviceConfigurations(client);
  if (page.hasContent) for (const c of page.data.value ?? []) void c.displayName;
}
`;

let temp: string;
let files: Map<string, string>;

beforeAll(async () => {
  temp = makeTempDir('odata-plain');
  ({ files } = await generate({
    spec: fixtureSpec('odata'),
    name: 'odata-plain',
    version: '1.0.0',
    profile: 'openapi',
  }));
  writeTree(path.join(temp, 'package'), files);
  writeTree(temp, { 'consumer.ts': CONSUMER });
  writeConsumerProject(temp, ['consumer.ts']);
}, 120_000);

afterAll(() => removeTempDir(temp));

test('the plain profile ships no OData types: no generic operations, no unions of kinds, no guards', () => {
  const names = [...files.keys()];
  expect(names.filter((f) => /guards|runtime\/odata/.test(f))).toEqual([]);
  const operations = names.filter((f) => f.startsWith('src/operations/')).map((f) => files.get(f)!);
  expect(operations.length).toBeGreaterThan(0);
  for (const text of operations) expect(text).not.toMatch(/Selected|SelectOf|AnyDeviceConfiguration/);
  expect(files.get('src/models.ts')).not.toMatch(/AnyDeviceConfiguration/);
});

test.each(COMPILERS.map((c) => [c.name, c] as const))(
  '%s: a consumer of the plain package reads unselected properties and creates the base',
  async (_name, compiler) => {
    expectClean(
      await tsc(compiler, ['-p', 'tsconfig.json', '--pretty', 'false'], temp),
      `${compiler.name} on the consumer`,
    );
  },
);
