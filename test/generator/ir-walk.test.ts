/** model/ir-walk.ts: the one walker of IR types, given a type, want what each walk makes of it. */
import { referencedTypes, visitType, type IrTypeVisitor } from '../../generator/model/ir-walk.js';
import type { IrType } from '../../generator/model/ir.js';

const ref = (name: string): IrType => ({ kind: 'ref', name });
const str: IrType = { kind: 'scalar', name: 'string' };

/** Names each kind's handler: which one visitType calls is what the table checks. */
const KIND_NAME: IrTypeVisitor<string, string> = {
  scalar: (t, prefix) => `${prefix}scalar ${t.name}`,
  literal: (t, prefix) => `${prefix}literal ${String(t.value)}`,
  ref: (t, prefix) => `${prefix}ref ${t.name}`,
  array: (_t, prefix) => `${prefix}array`,
  object: (t, prefix) => `${prefix}object of ${t.properties.length}`,
  union: (t, prefix) => `${prefix}union of ${t.members.length}`,
  intersection: (t, prefix) => `${prefix}intersection of ${t.members.length}`,
};

test.each<[IrType, string]>([
  [str, '> scalar string'],
  [{ kind: 'literal', value: 'on' }, '> literal on'],
  [{ kind: 'literal', value: null }, '> literal null'],
  [ref('User'), '> ref User'],
  [{ kind: 'array', items: str }, '> array'],
  [
    { kind: 'object', properties: [{ name: 'a', type: str, required: true, readOnly: false, doc: {} }] },
    '> object of 1',
  ],
  [{ kind: 'union', members: [str, ref('A')] }, '> union of 2'],
  [{ kind: 'intersection', members: [ref('A'), ref('B'), ref('C')] }, '> intersection of 3'],
])('visitType calls the handler of the kind, with the walk’s argument: %j → %s', (type, want) => {
  expect(visitType(type, KIND_NAME, '> ')).toBe(want);
});

test.each<[string, IrType, string[]]>([
  ['a scalar refers to nothing', str, []],
  ['a literal refers to nothing', { kind: 'literal', value: 3 }, []],
  ['a reference', ref('User'), ['User']],
  ['array items', { kind: 'array', items: { kind: 'array', items: ref('Tag') } }, ['Tag']],
  [
    'properties, then the extra values of an object',
    {
      kind: 'object',
      properties: [{ name: 'a', type: ref('A'), required: false, readOnly: false, doc: {} }],
      additional: ref('Extra'),
    },
    ['A', 'Extra'],
  ],
  ['members of a union, each name once', { kind: 'union', members: [ref('A'), ref('B'), ref('A')] }, ['A', 'B']],
  [
    'members of an intersection, nested',
    {
      kind: 'intersection',
      members: [
        ref('Base'),
        {
          kind: 'object',
          properties: [
            { name: 'x', type: { kind: 'union', members: [ref('X'), str] }, required: true, readOnly: false, doc: {} },
          ],
        },
      ],
    },
    ['Base', 'X'],
  ],
])('referencedTypes: %s', (_what, type, want) => {
  expect([...referencedTypes(type)]).toEqual(want);
});

test('referencedTypes adds to the set it is given', () => {
  const into = new Set(['Earlier']);
  expect(referencedTypes(ref('Later'), into)).toBe(into);
  expect([...into]).toEqual(['Earlier', 'Later']);
});

test('a visitor must handle every kind: one that leaves a kind out does not compile', () => {
  // @ts-expect-error `npm run typecheck` fails here if a visitor may leave out the handler of a kind
  const partial: IrTypeVisitor<string> = { scalar: () => 'scalar' };
  expect(Object.keys(partial)).toEqual(['scalar']);
});
