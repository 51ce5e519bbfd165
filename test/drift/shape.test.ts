/**
 * drift/shape.ts reads one meaning out of the many spellings: OpenAPI 3.0's nullable, 3.1's type
 * arrays, anyOf/oneOf with a null member (Microsoft's `{type: object, nullable: true}` beside a
 * $ref), allOf of a base and an extension, $ref siblings, enums with null.
 */
import { resolveIn, shapeOf, type Shape } from '../../drift/shape.js';

const components = {
  schemas: {
    base: { type: 'object', properties: { id: { type: 'string', readOnly: true } } },
    color: { type: 'string', enum: ['red', 'green'] },
    thing: {
      allOf: [{ $ref: '#/components/schemas/base' }, { type: 'object', properties: { name: { type: 'string' } } }],
    },
  },
};
const shape = (schema: unknown): Shape => shapeOf(schema, '#/x', ['#/x'], resolveIn({ components }));
const facts = (s: Shape) => ({
  type: s.type,
  format: s.format,
  nullable: s.nullable,
  readOnly: s.readOnly,
  enum: s.enum?.members,
  refName: s.refName,
});

describe('shapeOf', () => {
  it.each([
    ['3.0 nullable', { type: 'string', nullable: true }, { type: 'string', nullable: true }],
    [
      '3.1 type array',
      { type: ['string', 'null'], format: 'date-time' },
      { type: 'string', format: 'date-time', nullable: true },
    ],
    [
      'anyOf with {type: null}',
      { anyOf: [{ type: 'integer', format: 'int32' }, { type: 'null' }] },
      { type: 'integer', format: 'int32', nullable: true },
    ],
    [
      "Microsoft's nullable $ref",
      { anyOf: [{ $ref: '#/components/schemas/color' }, { type: 'object', nullable: true }] },
      { type: 'string', nullable: true, enum: ['red', 'green'], refName: 'color' },
    ],
    [
      'an enum with null',
      { type: ['string', 'null'], enum: ['a', null] },
      { type: 'string', nullable: true, enum: ['a'] },
    ],
    [
      'a $ref with a readOnly sibling',
      { $ref: '#/components/schemas/color', readOnly: true },
      { type: 'string', readOnly: true, enum: ['red', 'green'], refName: 'color' },
    ],
    [
      'two real alternatives',
      { oneOf: [{ type: 'number' }, { type: 'string' }] },
      { type: 'number|string', nullable: false },
    ],
    [
      '3.1 contentEncoding as the format',
      { type: 'string', contentEncoding: 'base64url' },
      { type: 'string', format: 'base64url' },
    ],
    ['nothing stated', {}, { type: 'any' }],
  ])('%s', (_name, schema, expected) => {
    const {
      type,
      format,
      nullable,
      readOnly,
      enum: members,
      refName,
    } = {
      format: undefined,
      nullable: false,
      readOnly: false,
      enum: undefined,
      refName: undefined,
      ...expected,
    } as ReturnType<typeof facts>;
    expect(facts(shape(schema))).toEqual({ type, format, nullable, readOnly, enum: members, refName });
  });

  it('merges the properties of allOf parts, each located where it is defined', () => {
    const thing = shape({ $ref: '#/components/schemas/thing' });
    expect(thing.type).toBe('object');
    expect(thing.refName).toBe('thing');
    const props = thing.properties();
    expect([...props.keys()]).toEqual(['id', 'name']);
    expect(props.get('id')!.pointer).toBe('#/components/schemas/base/properties/id');
    expect(props.get('id')!.readOnly).toBe(true);
    expect(props.get('name')!.pointer).toBe('#/components/schemas/thing/allOf/1/properties/name');
    // Reached through the $ref: the schema's pointer is on the way, so its x-curation can explain.
    expect(props.get('name')!.via).toEqual([
      '#/x',
      '#/components/schemas/thing',
      '#/components/schemas/thing/allOf/1/properties/name',
    ]);
  });

  it('reads array items', () => {
    const list = shape({ type: 'array', items: { type: 'string', nullable: true } });
    expect(list.type).toBe('array');
    expect(facts(list.items!)).toMatchObject({ type: 'string', nullable: true });
  });
});
