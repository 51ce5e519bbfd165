/**
 * The classification table: each row is a change to the base spec (support.ts), and what a
 * regeneration over the base's package must call it, naming the export. The package is made with
 * `"version": "auto"` from 0.1.0, so the row's version follows from its classification (0.x rules:
 * breaking 0.2.0, anything else 0.1.1). Expected values were worked out by hand from the generated
 * declarations (e.g. `getThing(client, params: ThingsItemParams, options?)`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDiagnostic, hasErrors } from '../../generator/diagnostics.js';
import { makeTempDir, removeTempDir } from '../helpers/temp.js';
import { baseSpec, generateInto } from './support.js';

type Spec = ReturnType<typeof baseSpec>;

interface Row {
  readonly change: string;
  readonly edit: (spec: Spec) => void;
  readonly classification: 'breaking' | 'additive' | 'none';
  /** The export the change must be reported for, and what is said of it (none: no change listed). */
  readonly exportName?: string;
  readonly kind?: 'breaking' | 'additive';
  readonly message?: RegExp;
}

const schemas = (s: Spec) => s.components.schemas;
const thingsItem = (s: Spec) => s.paths['/things/{id}'];

const TABLE: Row[] = [
  {
    change: 'an operation removed',
    edit: (s) => delete thingsItem(s).delete,
    classification: 'breaking',
    exportName: 'deleteThing',
    kind: 'breaking',
    message: /^removed$/,
  },
  {
    change: 'an operation added',
    edit: (s) =>
      (thingsItem(s).put = {
        operationId: 'replaceThing',
        parameters: thingsItem(s).get.parameters,
        responses: { '204': { description: 'done' } },
      }),
    classification: 'additive',
    exportName: 'replaceThing',
    kind: 'additive',
    message: /^added$/,
  },
  {
    change: 'an operationId renamed',
    edit: (s) => (thingsItem(s).get.operationId = 'fetchThing'),
    classification: 'breaking',
    exportName: 'getThing',
    kind: 'breaking',
    message: /^removed$/,
  },
  {
    change: 'an unused schema removed',
    edit: (s) => delete schemas(s).gadget,
    classification: 'breaking',
    exportName: 'Gadget',
    kind: 'breaking',
    message: /^removed$/,
  },
  {
    change: 'a schema added',
    edit: (s) => (schemas(s).widget = { type: 'object', properties: { id: { type: 'string' } } }),
    classification: 'additive',
    exportName: 'Widget',
    kind: 'additive',
    message: /^added$/,
  },
  {
    change: 'a required query parameter added',
    edit: (s) =>
      (thingsItem(s).get.parameters = [
        ...thingsItem(s).get.parameters,
        { name: '$select', in: 'query', required: true, schema: { type: 'string' } },
      ]),
    classification: 'breaking',
    exportName: 'getThing',
    kind: 'breaking',
    message: /^parameter `params`: accepts less than before/,
  },
  {
    change: 'an optional query parameter added',
    edit: (s) => s.paths['/things'].get.parameters.push({ name: '$skip', in: 'query', schema: { type: 'integer' } }),
    classification: 'additive',
    exportName: 'ThingListQuery',
    kind: 'additive',
    message: /^new optional property `\$skip`$/,
  },
  {
    change: 'a query parameter removed',
    edit: (s) => s.paths['/things'].get.parameters.shift(),
    classification: 'breaking',
    exportName: 'ThingListQuery',
    kind: 'breaking',
    message: /^property `\$top` removed$/,
  },
  {
    change: 'a path parameter renamed',
    edit: (s) => {
      const item = thingsItem(s);
      for (const op of [item.get, item.delete]) op.parameters = [{ ...op.parameters[0], name: 'thingId' }];
      delete s.paths['/things/{id}'];
      s.paths['/things/{thingId}'] = item;
    },
    classification: 'breaking',
    exportName: 'ThingsItemParams',
    kind: 'breaking',
    message: /^property `id` removed$/,
  },
  {
    change: 'a request body added to an operation',
    edit: (s) =>
      (thingsItem(s).delete.requestBody = {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/thingInput' } } },
      }),
    classification: 'breaking',
    exportName: 'deleteThing',
    kind: 'breaking',
    message: /^takes 3 required parameters where it took 2$/,
  },
  {
    change: 'an optional body property added',
    edit: (s) => (schemas(s).thingInput.properties.size = { type: 'integer' }),
    classification: 'additive',
    exportName: 'ThingInput',
    kind: 'additive',
    message: /^new optional property `size`$/,
  },
  {
    change: 'a required body property added',
    edit: (s) => {
      schemas(s).thingInput.properties.size = { type: 'integer' };
      schemas(s).thingInput.required.push('size');
    },
    classification: 'breaking',
    exportName: 'ThingInput',
    kind: 'breaking',
    message: /^new required property `size`$/,
  },
  {
    change: 'a body property made required',
    edit: (s) => schemas(s).thingInput.required.push('color'),
    classification: 'breaking',
    exportName: 'ThingInput',
    kind: 'breaking',
    message: /^property `color` is now required$/,
  },
  {
    change: 'a body property no longer required',
    edit: (s) => (schemas(s).thingInput.required = []),
    classification: 'additive',
    exportName: 'ThingInput',
    kind: 'additive',
    message: /^property `name` is now optional$/,
  },
  {
    change: 'a body property narrowed (string to enum)',
    edit: (s) => (schemas(s).thingInput.properties.name = { type: 'string', enum: ['a', 'b'] }),
    classification: 'breaking',
    exportName: 'ThingInput',
    kind: 'breaking',
    message: /^property `name`: accepts less than before \(string → "a" \| "b"\)$/,
  },
  {
    change: 'an enum value added to a body',
    edit: (s) => schemas(s).thingInput.properties.color.enum.push('green'),
    classification: 'additive',
    exportName: 'ThingInput',
    kind: 'additive',
    message: /^property `color`: 1 value added: "green"$/,
  },
  {
    change: 'an enum value removed from a body',
    edit: (s) => schemas(s).thingInput.properties.color.enum.pop(),
    classification: 'breaking',
    exportName: 'ThingInput',
    kind: 'breaking',
    message: /^property `color`: 1 value removed: "blue"$/,
  },
  {
    change: 'a result property removed',
    edit: (s) => delete schemas(s).thing.properties.name,
    classification: 'breaking',
    exportName: 'Thing',
    kind: 'breaking',
    message: /^property `name` removed$/,
  },
  {
    change: 'a result property made optional',
    edit: (s) => (schemas(s).thing.required = ['id']),
    classification: 'breaking',
    exportName: 'Thing',
    kind: 'breaking',
    message: /^property `status` is now optional$/,
  },
  {
    change: 'a result property added',
    edit: (s) => (schemas(s).thing.properties.createdAt = { type: 'string', format: 'date-time' }),
    classification: 'additive',
    exportName: 'Thing',
    kind: 'additive',
    message: /^new optional property `createdAt`$/,
  },
  {
    change: 'a result property made required',
    edit: (s) => schemas(s).thing.required.push('name'),
    classification: 'additive',
    exportName: 'Thing',
    kind: 'additive',
    message: /^property `name`: changed compatibly/,
  },
  {
    change: 'a result property made nullable',
    edit: (s) => (schemas(s).thing.properties.name.nullable = true),
    classification: 'breaking',
    exportName: 'Thing',
    kind: 'breaking',
    message: /^property `name`: gives what old code does not expect/,
  },
  {
    change: 'an enum value removed from a result',
    edit: (s) => schemas(s).thingStatus.enum.pop(),
    classification: 'breaking',
    exportName: 'ThingStatus',
    kind: 'breaking',
    message: /^1 value removed: "retired"$/,
  },
  {
    change: 'an enum value added to a result',
    edit: (s) => schemas(s).thingStatus.enum.push('lost'),
    classification: 'breaking',
    exportName: 'ThingStatus',
    kind: 'breaking',
    message: /^1 value added: "lost" \(code that handles every value it receives must handle these\)$/,
  },
  {
    change: 'a description changed',
    edit: (s) => (schemas(s).thing.description = 'A thing, described better.'),
    classification: 'none',
  },
];

let dir: string;
let base: string;

beforeAll(async () => {
  dir = makeTempDir('apidiff-table');
  base = path.join(dir, 'base');
  fs.mkdirSync(base);
  const result = await generateInto(base, baseSpec(), { version: 'auto' });
  if (hasErrors(result.diagnostics)) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
}, 60_000);

afterAll(() => removeTempDir(dir));

test('the table has at least twenty pairs, each a change of its own', () => {
  expect(TABLE.length).toBeGreaterThanOrEqual(20);
  expect(new Set(TABLE.map((r) => r.change)).size).toBe(TABLE.length);
});

test.each(TABLE.map((row) => [row.change, row] as const))(
  '%s',
  async (_change, row) => {
    const caseDir = path.join(dir, row.change.replace(/\W+/g, '-'));
    fs.cpSync(base, caseDir, { recursive: true });
    const spec = baseSpec();
    row.edit(spec);
    const result = await generateInto(caseDir, spec, { version: 'auto', check: true });
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const change = result.apiChange!;
    expect(change.classification).toBe(row.classification);
    expect(change.version).toBe(row.classification === 'breaking' ? '0.2.0' : '0.1.1');
    if (row.exportName === undefined) {
      expect(change.changes).toEqual([]);
      return;
    }
    const named = change.changes.filter((c) => c.exportName === row.exportName);
    expect(named.map((c) => c.kind)).toContain(row.kind);
    expect(named.some((c) => c.kind === row.kind && row.message!.test(c.message))).toBe(true);
    if (row.classification === 'additive') expect(change.changes.every((c) => c.kind === 'additive')).toBe(true);
  },
  60_000,
);
