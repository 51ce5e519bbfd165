/**
 * Query and header parameter types are named for what they hold: identical lists share one type,
 * and a list's name depends on its own content only, so removing or adding an operation renames no
 * other operation's type, even where two different lists want the same name.
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
const userExpand = {
  name: '$expand',
  in: 'query',
  schema: { type: 'array', items: { type: 'string', enum: ['manager'] } },
};
const option = (name: string, type: string) => ({ name, in: 'query', schema: { type } });
const [top, skip, filter, count, orderby] = [
  option('$top', 'integer'),
  option('$skip', 'integer'),
  option('$filter', 'string'),
  option('$count', 'boolean'),
  option('$orderby', 'string'),
];
/** An entity's standard list and read, and a delta's list that lacks `$expand` (it wants the same name). */
const userListing = [top, skip, filter, count, orderby, userSelect, userExpand];
const userDelta = [top, skip, filter, count, userSelect, orderby];
const userRead = [userSelect, userExpand];
const photo = { $ref: '#/components/schemas/Photo' };
const photoSelect = { ...userSelect, schema: { type: 'array', items: { type: 'string', enum: ['id', 'height'] } } };
const ifMatch = { name: 'If-Match', in: 'header', schema: { type: 'string' } };
const ifMatchRequired = { ...ifMatch, required: true };
const json = (schema: Json) => ({ '200': { description: 'OK', content: { 'application/json': { schema } } } });
const userList = { $ref: '#/components/schemas/UserCollection' };
const user = { $ref: '#/components/schemas/User' };

/**
 * Operations that share lists in twos and threes, across groups and within one, and lists that want
 * a name another list has: a delta's, a required If-Match, a required period.
 */
const OPERATIONS: Record<string, [string, Json]> = {
  listUsers: ['/users', { parameters: userListing, responses: json(userList) }],
  listGroupMembers: ['/groups/{id}/members', { parameters: userListing, responses: json(userList) }],
  usersDelta: ['/users/delta()', { parameters: userDelta, responses: json(userList) }],
  getUser: ['/users/{id}', { parameters: userRead, responses: json(user) }],
  getManager: ['/users/{id}/manager', { parameters: userRead, responses: json(user) }],
  // Without $expand where there is nothing to expand, a read is still the standard one.
  getPhoto: ['/users/{id}/photo', { parameters: [photoSelect], responses: json(photo) }],
  deleteUser: ['/users/{id}/x', { parameters: [ifMatch], responses: { '204': { description: 'Deleted' } } }],
  deleteGroup: ['/groups/{id}/x', { parameters: [ifMatch], responses: { '204': { description: 'Deleted' } } }],
  updateGroup: ['/groups/{id}/y', { parameters: [ifMatchRequired], responses: { '204': { description: 'Done' } } }],
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
  // A user has something to $expand (its manager); a photo has not.
  const User = {
    type: 'object',
    properties: { id: { type: 'string' }, displayName: { type: 'string' }, manager: user },
  };
  const Photo = { type: 'object', properties: { id: { type: 'string' }, height: { type: 'integer' } } };
  const UserCollection = {
    type: 'object',
    properties: { value: { type: 'array', items: user }, '@odata.nextLink': { type: 'string' } },
  };
  return {
    openapi: '3.0.3',
    info: { title: 'Lists', version: '1.0.0' },
    paths,
    components: { schemas: { User, UserCollection, Photo } },
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
      getPhoto: 'query=PhotoQuery',
      deleteUser: 'headers=IfMatchHeaders',
      deleteGroup: 'headers=IfMatchHeaders',
      // A list that is not its words' standard one (a delta without $expand, a required parameter)
      // is told apart by four letters of its own content, whichever comes first.
      usersDelta: expect.stringMatching(/^query=UserListQuery[A-Z][a-z]{3}$/),
      updateGroup: expect.stringMatching(/^headers=IfMatchHeaders[A-Z][a-z]{3}$/),
      getReport: expect.stringMatching(/^query=PeriodQuery[A-Z][a-z]{3}$/),
      getOtherReport: 'query=PeriodQuery',
    });
  });

  it('keep every other operation`s names when any one operation is removed or added', async () => {
    const all = await typeNames(Object.keys(OPERATIONS), dir);
    expect(all.size).toBe(Object.keys(OPERATIONS).length);
    // Each spec without one operation is also the spec that one operation is added to.
    for (const removed of Object.keys(OPERATIONS)) {
      const fewer = await typeNames(
        Object.keys(OPERATIONS).filter((id) => id !== removed),
        dir,
      );
      const expected = new Map([...all].filter(([id]) => id !== removed));
      expect([removed, Object.fromEntries(fewer)]).toEqual([removed, Object.fromEntries(expected)]);
    }
  });

  it('give the same names in any document order', async () => {
    const forward = await typeNames(Object.keys(OPERATIONS), dir);
    const backward = await typeNames(Object.keys(OPERATIONS).reverse(), dir);
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });
});
