/** A small spec and its regenerations into temporary folders, for the API-diff tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPipeline, type PipelineResult } from '../../generator/pipeline.js';

/** The date CHANGELOG entries get in these tests. */
export const DATE = '2026-01-02';

/** A spec as plain JSON, edited in place by each pair. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the pairs edit nested spec objects in place, any depth
type Json = Record<string, any>;

const json = (schema: Json) => ({ content: { 'application/json': { schema } } });
const thing = { $ref: '#/components/schemas/thing' };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

/**
 * The base of every pair: a list, a create, a get and a delete of things. `Thing` is only ever
 * handed out (a result), `ThingInput` only passed in (a body); `gadget` is used by no operation.
 */
export function baseSpec(): Json {
  return {
    openapi: '3.0.3',
    info: { title: 'Things', version: '1.0.0' },
    paths: {
      '/things': {
        get: {
          operationId: 'listThings',
          // An entity's standard list of OData options, so that its type is `ThingListQuery` (see
          // model/parameter-lists.ts).
          parameters: [
            { name: '$top', in: 'query', schema: { type: 'integer' } },
            { name: '$skip', in: 'query', schema: { type: 'integer' } },
            { name: '$filter', in: 'query', schema: { type: 'string' } },
            { name: '$count', in: 'query', schema: { type: 'boolean' } },
            { name: '$orderby', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
            { name: '$select', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
            { name: '$expand', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          ],
          responses: { '200': { description: 'ok', ...json({ type: 'array', items: thing }) } },
        },
        post: {
          operationId: 'createThing',
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/thingInput' }) },
          responses: { '201': { description: 'created', ...json(thing) } },
        },
      },
      '/things/{id}': {
        get: { operationId: 'getThing', parameters: [id], responses: { '200': { description: 'ok', ...json(thing) } } },
        delete: { operationId: 'deleteThing', parameters: [id], responses: { '204': { description: 'gone' } } },
      },
    },
    components: {
      schemas: {
        thing: {
          type: 'object',
          description: 'A thing.',
          required: ['id', 'status'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            status: { $ref: '#/components/schemas/thingStatus' },
          },
        },
        thingStatus: { type: 'string', enum: ['active', 'retired'] },
        thingInput: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, color: { type: 'string', enum: ['red', 'blue'] } },
        },
        gadget: { type: 'object', properties: { size: { type: 'integer' } } },
      },
    },
  };
}

/** Writes `spec` as `file` under `dir` and generates it into `dir/pkg` (`check`: compare only). */
export async function generateInto(
  dir: string,
  spec: Json,
  options: { version?: string; check?: boolean; file?: string } = {},
): Promise<PipelineResult> {
  const file = options.file ?? 'spec.json';
  fs.writeFileSync(path.join(dir, file), JSON.stringify(spec, null, 2));
  const job = { spec: file, out: 'pkg', name: 'things', ...(options.version ? { version: options.version } : {}) };
  return runPipeline(job, { cwd: dir, check: options.check === true, date: DATE });
}

/** The version in the package.json generated into `dir/pkg`. */
export function versionIn(dir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'pkg', 'package.json'), 'utf8')) as { version: string }).version;
}
