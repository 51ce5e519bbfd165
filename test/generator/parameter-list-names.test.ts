/**
 * Query and header parameter types are named for what they hold: identical lists share one type,
 * and removing an operation renames no other operation's type.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '../helpers/generate.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';

type Json = Record<string, unknown>;

const userSelect = {
  name: '$select',
  in: 'query',
  schema: { type: 'array', items: { type: 'string', enum: ['id', 'displayName'] } },
};
const top = { name: '$top', in: 'query', schema: { type: 'integer' } };
const ifMatch = { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } };
const json = (schema: Json) => ({ '200': { description: 'OK', content: { 'application/json': { schema } } } });
const userList = { $ref: '#/components/schemas/UserCollection' };
const user = { $ref: '#/components/schemas/User' };

/** Operations that share lists in twos and threes, across groups and within one. */
const OPERATIONS: Record<string, [string, Json]> = {
  listUsers: ['/users', { parameters: [top, userSelect], responses: json(userList) }],
  listGroupMembers: ['/groups/{id}/members', { parameters: [top, userSelect], responses: json(userList) }],
  getUser: ['/users/{id}', { parameters: [userSelect], responses: json(user) }],
  getManager: ['/users/{id}/manager', { parameters: [userSelect], responses: json(user) }],
  deleteUser: ['/users/{id}/x', { parameters: [ifMatch], responses: { '204': { description: 'Deleted' } } }],
  deleteGroup: ['/groups/{id}/x', { parameters: [ifMatch], responses: { '204': { description: 'Deleted' } } }],
  getReport: [
    '/reports/usage',
    {
      parameters: [{ name: 'period', in: 'query', required: true, schema: { type: 'string' } }],
      responses: json({ type: 'string' }),
    },
  ],
  getOtherReport: [
    '/reports/other',
    { parameters: [{ name: 'period', in: 'query', schema: { type: 'string' } }], responses: json({ type: 'string' }) },
  ],
};

function spec(operations: readonly string[]): Json {
  const paths: Record<string, Json> = {};
  for (const id of operations) {
    const [template, op] = OPERATIONS[id]!;
    const pathParams = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[template] = { get: { operationId: id, ...op, parameters: [...pathParams, ...(op.parameters as Json[])] } };
  }
  const User = { type: 'object', properties: { id: { type: 'string' }, displayName: { type: 'string' } } };
  const UserCollection = {
    type: 'object',
    properties: { value: { type: 'array', items: user }, '@odata.nextLink': { type: 'string' } },
  };
  return {
    openapi: '3.0.3',
    info: { title: 'Lists', version: '1.0.0' },
    paths,
    components: { schemas: { User, UserCollection } },
  };
}

/** Each operation's query and header type names, read from the functions as a user calls them. */
async function typeNames(operations: readonly string[], dir: string): Promise<Map<string, string>> {
  const file = path.join(dir, `${operations.length}.json`);
  fs.writeFileSync(file, JSON.stringify(spec(operations)));
  const { files } = await generate({ spec: file, name: 'lists' });
  const found = new Map<string, string>();
  for (const [name, text] of files) {
    if (!/^src\/operations\/.*\.ts$/.test(name)) continue;
    for (const m of text.matchAll(
      /export function (\w+)\(\s*client: \w+,\s*params: ([^\n]*?)(?: = \{\})?,\s*options\?: \w+/g,
    )) {
      found.set(m[1]!, [...m[2]!.matchAll(/(query|headers)\??: (\w+)/g)].map((n) => `${n[1]}=${n[2]}`).join(' '));
    }
  }
  return found;
}

describe('query and header type names', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('list-names');
  });
  afterAll(() => removeTempDir(dir));

  it('name a list for what it holds, one type for identical lists', async () => {
    const names = await typeNames(Object.keys(OPERATIONS), dir);
    expect(Object.fromEntries(names)).toEqual({
      listUsers: 'query=UserListQuery',
      listGroupMembers: 'query=UserListQuery',
      getUser: 'query=UserQuery',
      getManager: 'query=UserQuery',
      deleteUser: 'headers=IfMatchHeaders',
      deleteGroup: 'headers=IfMatchHeaders',
      getReport: 'query=PeriodQuery',
      // Another list by the same name is told apart by its own content, the same whichever comes first.
      getOtherReport: expect.stringMatching(/^query=PeriodQuery[A-Z][a-z]{3}$/),
    });
  });

  it('keep every other operation`s names when one operation is removed', async () => {
    const all = await typeNames(Object.keys(OPERATIONS), dir);
    expect(all.size).toBe(Object.keys(OPERATIONS).length);
    for (const removed of ['listUsers', 'getUser', 'deleteGroup']) {
      const fewer = await typeNames(
        Object.keys(OPERATIONS).filter((id) => id !== removed),
        dir,
      );
      const expected = new Map([...all].filter(([id]) => id !== removed));
      expect([removed, Object.fromEntries(fewer)]).toEqual([removed, Object.fromEntries(expected)]);
    }
  });
});
