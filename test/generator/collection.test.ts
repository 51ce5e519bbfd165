/** model/collection.ts: which operations are Graph collections (paged), which are delta functions, and their names. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { buildIr } from '../../generator/model/build.js';
import { fixtureSpec, REPO_ROOT } from '../helpers/generate.js';

type Json = Record<string, unknown>;

const response = (schema: Json): Json => ({
  responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
});

/** The collection marker of each operation of a document, by function name (Graph's profile: its collections page). */
function markers(document: Json): Record<string, unknown> {
  const { ir } = buildIr(document, { profile: 'graph' });
  return Object.fromEntries(ir.operations.map((op) => [op.functionName, op.collection ?? null]));
}

it('marks the paging fixture: a list built with allOf, a delta function, and not a value array without nextLink', () => {
  const document = parse(fs.readFileSync(path.join(REPO_ROOT, fixtureSpec('paging')), 'utf8')) as Json;
  expect(markers(document)).toEqual({
    listDeviceConfigurationDeviceStatuses: { allName: 'listDeviceConfigurationDeviceStatusesAll', delta: false },
    updateDeviceConfigurationDeviceStatus: null,
    deltaDeviceConfigurations: { allName: 'deltaDeviceConfigurationsAll', delta: true },
    getDeviceConfigurationsByIds: { allName: 'getDeviceConfigurationsByIdsAll', delta: false },
    listReportSummaries: null,
  });
});

it.each([
  [
    'inline, value nullable',
    {
      type: 'object',
      properties: { value: { type: 'array', nullable: true, items: {} }, '@odata.nextLink': { type: 'string' } },
    },
    { delta: false },
  ],
  [
    'value is not an array',
    { type: 'object', properties: { value: { type: 'string' }, '@odata.nextLink': { type: 'string' } } },
    null,
  ],
  ['no value', { type: 'object', properties: { '@odata.nextLink': { type: 'string' } } }, null],
  ['an array body', { type: 'array', items: { type: 'string' } }, null],
])('%s', (_, schema, expected) => {
  const got = markers({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/things': { get: { operationId: 'listThings', ...response(schema) } } },
  });
  expect(got.listThings).toEqual(expected && { allName: 'listThingsAll', ...expected });
});

it('names the paging function after the operation, yielding to an operation that already has the name', () => {
  const list = {
    type: 'object',
    properties: { value: { type: 'array', items: {} }, '@odata.nextLink': { type: 'string' } },
  };
  const got = markers({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/things': { get: { operationId: 'listThings', ...response(list) } },
      '/all': { get: { operationId: 'listThingsAll', ...response({ type: 'string' }) } },
    },
  });
  expect(got.listThings).toEqual({ allName: 'listThingsAll2', delta: false });
});

it('pages only in the Graph profile: a plain OpenAPI package gets no paging function', () => {
  const document = {
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    paths: {
      '/things': {
        get: {
          operationId: 'listThings',
          ...response({
            type: 'object',
            properties: { value: { type: 'array', items: { type: 'string' } }, '@odata.nextLink': { type: 'string' } },
          }),
        },
      },
    },
  };
  expect(markers(document).listThings).toMatchObject({ allName: 'listThingsAll' });
  expect(buildIr(document, { profile: 'openapi' }).ir.operations[0]!.collection).toBeUndefined();
});
