/** model/navigation.ts: which entities have something for `$expand`, read from their component schemas. */
import { buildIr } from '../../generator/model/build.js';
import { hasNavigation } from '../../generator/model/navigation.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const entity = (properties: Json): Json => ({ type: 'object', properties: { id: { type: 'string' }, ...properties } });

/** Whether `Subject` has something to expand, among these schemas (and an entity `Other`, a complex `Place`). */
function expandable(subject: Json, more: Record<string, Json> = {}): boolean {
  const schemas = {
    Other: entity({}),
    Place: { type: 'object', properties: { city: { type: 'string' } } },
    Subject: subject,
    ...more,
  };
  const { ir } = buildIr({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas } });
  const types = new Map(ir.types.map((t) => [t.name, t]));
  return hasNavigation('Subject', types);
}

it.each([
  ['another entity', true, entity({ other: ref('Other') })],
  ['an array of entities', true, entity({ others: { type: 'array', items: ref('Other') } })],
  ['an entity or null (3.0 nullable)', true, entity({ other: { allOf: [ref('Other')], nullable: true } })],
  ['itself (a manager)', true, entity({ manager: ref('Subject') })],
  ['a base with a relationship', true, { allOf: [ref('Parent'), entity({ name: { type: 'string' } })] }],
  ['scalars only', false, entity({ name: { type: 'string' }, size: { type: 'integer' } })],
  ['a complex type, no id', false, entity({ place: ref('Place'), places: { type: 'array', items: ref('Place') } })],
  ['a base without one', false, { allOf: [ref('Other'), entity({ place: ref('Place') })] }],
])('an entity holding %s: %s', (_, want, subject) => {
  expect(expandable(subject, { Parent: entity({ other: ref('Other') }) })).toBe(want);
});
