/** model/: schema → IR for each construct, request-body variants (readOnly, PATCH), and operations. */
import type { Diagnostic } from '../../generator/diagnostics.js';
import { claimedNames } from '../../generator/emit/registry.js';
import { buildIr } from '../../generator/model/build.js';
import type { IrDocument, IrNamedType, IrOperation, IrProperty, IrType } from '../../generator/model/ir.js';
import { schemaToType, type SchemaContext } from '../../generator/model/schema-type.js';

type Json = Record<string, unknown>;

// IR constructors, so that each expected type reads like the TypeScript it stands for.
const S = (name: 'string' | 'number' | 'boolean' | 'null' | 'unknown' | 'never'): IrType => ({ kind: 'scalar', name });
const lit = (value: string | number | boolean | null): IrType => ({ kind: 'literal', value });
const ref = (name: string): IrType => ({ kind: 'ref', name });
const arr = (items: IrType): IrType => ({ kind: 'array', items });
const or = (...members: IrType[]): IrType => ({ kind: 'union', members });
const and = (...members: IrType[]): IrType => ({ kind: 'intersection', members });
const obj = (properties: IrProperty[], additional?: IrType): IrType =>
  additional ? { kind: 'object', properties, additional } : { kind: 'object', properties };
/** A property; `?` on the name makes it optional, `readonly ` in front read-only. Docs are compared loosely. */
const p = (name: string, type: IrType): IrProperty => {
  const readOnly = name.startsWith('readonly ');
  const bare = name.replace(/^readonly /, '');
  return { name: bare.replace(/\?$/, ''), type, required: !bare.endsWith('?'), readOnly, doc: expect.anything() };
};

/** Converts one schema with components Pet, Cat, Dog known by name. */
function convert(schema: unknown, document: Json = {}): { type: IrType; diagnostics: Diagnostic[] } {
  const ctx: SchemaContext = {
    document,
    schemaNames: new Map([
      ['#/components/schemas/Pet', 'Pet'],
      ['#/components/schemas/Cat', 'Cat'],
      ['#/components/schemas/Dog', 'Dog'],
    ]),
    diagnostics: [],
  };
  return { type: schemaToType(ctx, schema, '#/x'), diagnostics: ctx.diagnostics };
}

describe('schema → IR type', () => {
  test.each<[string, unknown, IrType]>([
    ['true (any value)', true, S('unknown')],
    ['{} (any value)', {}, S('unknown')],
    ['false (no value)', false, S('never')],
    ['string', { type: 'string' }, S('string')],
    ['integer', { type: 'integer', format: 'int64' }, S('number')],
    ['number', { type: 'number' }, S('number')],
    ['boolean', { type: 'boolean' }, S('boolean')],
    ['binary string', { type: 'string', format: 'binary' }, S('string')],
    ['3.0 nullable', { type: 'string', nullable: true }, or(S('string'), S('null'))],
    ['3.1 type array with null', { type: ['string', 'null'] }, or(S('string'), S('null'))],
    [
      '3.1 type array of several types',
      { type: ['string', 'integer', 'boolean'] },
      or(S('string'), S('number'), S('boolean')),
    ],
    ['integer and number together (one member)', { type: ['integer', 'number'] }, S('number')],
    ['only null', { type: 'null' }, S('null')],
    ['a component $ref', { $ref: '#/components/schemas/Pet' }, ref('Pet')],
    [
      'a nullable $ref (3.0 allOf spelling)',
      { nullable: true, allOf: [{ $ref: '#/components/schemas/Pet' }] },
      or(ref('Pet'), S('null')),
    ],
    [
      'a nullable $ref (3.1 oneOf spelling)',
      { oneOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'null' }] },
      or(ref('Pet'), S('null')),
    ],
    ['array', { type: 'array', items: { type: 'string' } }, arr(S('string'))],
    ['array without items', { type: 'array' }, arr(S('unknown'))],
    ['items without type', { items: { type: 'number' } }, arr(S('number'))],
    [
      'array of arrays',
      { type: 'array', items: { type: 'array', items: { type: 'boolean' } } },
      arr(arr(S('boolean'))),
    ],
    ['nullable items', { type: 'array', items: { type: 'string', nullable: true } }, arr(or(S('string'), S('null')))],
    ['string enum', { type: 'string', enum: ['a', 'b'] }, or(lit('a'), lit('b'))],
    ['number enum', { type: 'integer', enum: [1, 2] }, or(lit(1), lit(2))],
    ['enum with null', { type: 'string', enum: ['a', null] }, or(lit('a'), S('null'))],
    ['nullable enum (3.0)', { type: 'string', nullable: true, enum: ['a'] }, or(lit('a'), S('null'))],
    ['enum with a repeated value', { enum: ['a', 'a', 'b'] }, or(lit('a'), lit('b'))],
    ['single-value enum', { enum: [true] }, lit(true)],
    ['const', { const: 'fixed' }, lit('fixed')],
    [
      'object',
      { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'number' } } },
      obj([p('a', S('string')), p('b?', S('number'))]),
    ],
    ['object without properties (open)', { type: 'object' }, obj([], S('unknown'))],
    ['properties without type', { properties: { a: { type: 'string' } } }, obj([p('a?', S('string'))])],
    [
      'read-only property',
      { type: 'object', properties: { id: { type: 'string', readOnly: true } } },
      obj([p('readonly id?', S('string'))]),
    ],
    ['map of strings', { type: 'object', additionalProperties: { type: 'string' } }, obj([], S('string'))],
    ['additionalProperties: true', { type: 'object', additionalProperties: true }, obj([], S('unknown'))],
    ['additionalProperties: false, no properties', { type: 'object', additionalProperties: false }, obj([])],
    [
      'properties and a map',
      { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'number' } },
      obj([p('a?', S('string'))], S('number')),
    ],
    [
      'allOf of refs and own properties',
      { allOf: [{ $ref: '#/components/schemas/Pet' }], properties: { x: { type: 'string' } } },
      and(ref('Pet'), obj([p('x?', S('string'))])),
    ],
    ['oneOf', { oneOf: [{ type: 'string' }, { type: 'number' }] }, or(S('string'), S('number'))],
    [
      'anyOf',
      { anyOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] },
      or(ref('Cat'), ref('Dog')),
    ],
    ['oneOf with repeated members', { oneOf: [{ type: 'string' }, { type: 'string' }] }, S('string')],
    ['empty oneOf is ignored', { type: 'string', oneOf: [] }, S('string')],
  ])('%s', (_what, schema, expected) => {
    const { type, diagnostics } = convert(schema);
    expect(type).toEqual(expected);
    expect(diagnostics).toEqual([]);
  });

  test('a discriminator narrows each member to its mapped tag values, or its schema name without a mapping', () => {
    const schema = {
      oneOf: [
        { $ref: '#/components/schemas/Cat' },
        { $ref: '#/components/schemas/Dog' },
        { $ref: '#/components/schemas/Pet' },
        { type: 'object' },
      ],
      discriminator: {
        propertyName: '@odata.type',
        // Full pointers, a bare name, and two tags for one schema.
        mapping: { '#x.cat': '#/components/schemas/Cat', '#x.dog': 'Dog', '#x.hound': '#/components/schemas/Dog' },
      },
    };
    const tag = (type: IrType) => obj([{ name: '@odata.type', type, required: true, readOnly: false, doc: {} }]);
    expect(convert(schema).type).toEqual(
      or(
        and(ref('Cat'), tag(lit('#x.cat'))),
        and(ref('Dog'), tag(or(lit('#x.dog'), lit('#x.hound')))),
        and(ref('Pet'), tag(lit('Pet'))),
        // An inline member has no name to tag it with.
        obj([], S('unknown')),
      ),
    );
  });

  test('a $ref to a schema outside components is inlined, and a cycle through such refs is cut', () => {
    const document = {
      x: { inline: { type: 'object', properties: { self: { $ref: '#/x/inline' }, n: { type: 'number' } } } },
    };
    expect(convert({ $ref: '#/x/inline' }, document).type).toEqual(
      obj([p('self?', S('unknown')), p('n?', S('number'))]),
    );
  });

  test.each([
    ['not', { type: 'string', not: { enum: ['x'] } }, S('string'), 'unsupported-keyword', 'warning', '#/x/not'],
    [
      'prefixItems',
      { type: 'array', prefixItems: [{ type: 'string' }] },
      arr(S('unknown')),
      'unsupported-keyword',
      'warning',
      '#/x/prefixItems',
    ],
    ['an unknown type', { type: 'strin' }, S('unknown'), 'unknown-type', 'error', '#/x/type'],
    ['a schema that is a string', 'string', S('unknown'), 'schema-invalid', 'error', '#/x'],
    [
      'an object as an enum value',
      { enum: ['a', { b: 1 }] },
      or(lit('a'), S('unknown')),
      'enum-value-unsupported',
      'warning',
      '#/x/enum/1',
    ],
  ])('%s is reported', (_what, schema, type, code, severity, pointer) => {
    const result = convert(schema);
    expect(result.type).toEqual(type);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code, severity, pointer })]);
  });
});

// ---------------------------------------------------------------------------------------------

const info = { title: 'T', version: '1.2.3' };
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const ok = (schema: unknown) => ({ '200': { description: 'OK', ...json(schema) } });
const pathParam = (name: string, extra: Json = {}) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
  ...extra,
});

function model(
  paths: Json,
  schemas: Json = {},
  extra: Json = {},
): {
  ir: IrDocument;
  diagnostics: Diagnostic[];
  type: (name: string) => IrNamedType | undefined;
  op: (name: string) => IrOperation;
} {
  const { ir, diagnostics } = buildIr(
    { openapi: '3.1.0', info, paths, components: { schemas }, ...extra },
    { reserved: claimedNames() },
  );
  return {
    ir,
    diagnostics,
    type: (name) => ir.types.find((t) => t.name === name),
    op: (name) => {
      const found = ir.operations.find((o) => o.functionName === name);
      if (!found) throw new Error(`no operation ${name}: ${ir.operations.map((o) => o.functionName).join(', ')}`);
      return found;
    },
  };
}

describe('named types', () => {
  test('components keep document order; short names come from the last dotted segment', () => {
    const { ir } = model(
      {},
      { 'microsoft.graph.user': { type: 'string' }, 'microsoft.graph.group': { type: 'string' } },
    );
    expect(ir.types.map((t) => [t.name, t.pointer])).toEqual([
      ['User', '#/components/schemas/microsoft.graph.user'],
      ['Group', '#/components/schemas/microsoft.graph.group'],
    ]);
  });

  test('two keys that become the same name: the second is numbered, with a warning at it', () => {
    const { ir, diagnostics } = model({}, { 'a-b': { type: 'string' }, a_b: { type: 'number' } });
    expect(ir.types.map((t) => t.name)).toEqual(['AB', 'AB2']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'name-collision', severity: 'warning', pointer: '#/components/schemas/a_b' }),
    ]);
  });

  test('reserved words and names the output uses get a suffix', () => {
    const { ir } = model(
      {},
      { default: { type: 'string' }, Promise: { type: 'string' }, GraphClient: { type: 'string' } },
    );
    expect(ir.types.map((t) => t.name)).toEqual(['DefaultModel', 'PromiseModel', 'GraphClientModel']);
  });

  test('an enum gets a list of its values under a camel-case name', () => {
    const { type } = model(
      {},
      {
        JobState: { type: 'string', enum: ['queued', 'done'] },
        Maybe: { type: ['string', 'null'], enum: ['x', null] },
      },
    );
    expect(type('JobState')).toMatchObject({
      type: or(lit('queued'), lit('done')),
      valuesConst: 'jobStateValues',
      values: ['queued', 'done'],
    });
    expect(type('Maybe')).toMatchObject({ valuesConst: 'maybeValues', values: ['x', null] });
  });

  test('allOf of refs plus own properties becomes extends; a conflicting redeclaration stays an intersection', () => {
    const { type } = model(
      {},
      {
        Base: { type: 'object', properties: { id: { type: 'string' } } },
        Other: { type: 'object', properties: { name: { type: 'string' } } },
        Sub: {
          allOf: [
            { $ref: '#/components/schemas/Base' },
            { $ref: '#/components/schemas/Other' },
            { properties: { extra: { type: 'number' } } },
          ],
        },
        OnlyRefs: { allOf: [{ $ref: '#/components/schemas/Base' }] },
        Conflict: { allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { id: { type: 'number' } } }] },
      },
    );
    expect(type('Sub')).toMatchObject({ extends: ['Base', 'Other'], type: obj([p('extra?', S('number'))]) });
    // A lone $ref in allOf is the base itself.
    expect(type('OnlyRefs')).toMatchObject({ type: ref('Base') });
    expect(type('OnlyRefs')!.extends).toBeUndefined();
    expect(type('Conflict')!.extends).toBeUndefined();
    expect(type('Conflict')!.type).toEqual(and(ref('Base'), obj([p('id?', S('number'))])));
  });
});

describe('request bodies', () => {
  const schemas = {
    Entity: { type: 'object', required: ['id'], properties: { id: { type: 'string', readOnly: true } } },
    Thing: {
      allOf: [
        { $ref: '#/components/schemas/Entity' },
        {
          type: 'object',
          required: ['name', 'created'],
          properties: {
            name: { type: 'string' },
            note: { type: ['string', 'null'] },
            created: { type: 'string', readOnly: true },
            owner: { $ref: '#/components/schemas/Person' },
            tags: { type: 'array', items: { $ref: '#/components/schemas/Person' } },
          },
        },
      ],
    },
    Person: {
      type: 'object',
      required: ['name'],
      properties: { key: { type: 'string', readOnly: true }, name: { type: 'string' } },
    },
    Plain: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
    Text: { type: 'string' },
  };
  const body = (schema: unknown, required = true) => ({ required, ...json(schema) });
  const thing = { $ref: '#/components/schemas/Thing' };
  const m = model(
    {
      '/things': { post: { operationId: 'createThing', requestBody: body(thing), responses: ok(thing) } },
      '/things/{id}': {
        parameters: [pathParam('id')],
        patch: { operationId: 'updateThing', requestBody: body(thing), responses: ok(thing) },
        put: {
          operationId: 'replaceThing',
          requestBody: body(thing, false),
          responses: { '204': { description: 'Done' } },
        },
      },
      '/plain': {
        post: { operationId: 'postPlain', requestBody: body({ $ref: '#/components/schemas/Plain' }), responses: {} },
      },
      '/text': {
        patch: { operationId: 'patchText', requestBody: body({ $ref: '#/components/schemas/Text' }), responses: {} },
      },
    },
    schemas,
  );

  test('a POST body leaves read-only properties out, all the way down, and keeps what is required', () => {
    expect(m.op('createThing').body).toMatchObject({
      type: ref('ThingInput'),
      required: true,
      contentType: 'application/json',
    });
    // Entity's only property is read-only: its write variant would be empty, so ThingInput extends nothing.
    expect(m.type('ThingInput')?.extends).toBeUndefined();
    expect(m.type('ThingInput')).toMatchObject({
      type: obj([
        p('name', S('string')),
        p('note?', or(S('string'), S('null'))),
        p('owner?', ref('PersonInput')),
        p('tags?', arr(ref('PersonInput'))),
      ]),
    });
    expect(m.type('EntityInput')).toBeUndefined();
    expect(m.type('PersonInput')!.type).toEqual(obj([p('name', S('string'))]));
    // The response keeps the full type.
    expect(m.op('createThing').successType).toEqual(ref('Thing'));
  });

  test('a PATCH body has every property optional, null only where the schema allows it, read-only ones left out', () => {
    expect(m.op('updateThing').body!.type).toEqual(ref('ThingUpdate'));
    expect(m.type('ThingUpdate')!.extends).toBeUndefined();
    expect(m.type('ThingUpdate')!.type).toEqual(
      obj([
        p('name?', S('string')),
        p('note?', or(S('string'), S('null'))),
        p('owner?', ref('PersonInput')),
        p('tags?', arr(ref('PersonInput'))),
      ]),
    );
  });

  test('variants are made once, on first use, after the component schemas', () => {
    expect(m.ir.types.map((t) => t.name)).toEqual([
      'Entity',
      'Thing',
      'Person',
      'Plain',
      'Text',
      'PersonInput',
      'ThingInput',
      'ThingUpdate',
    ]);
  });

  test('an optional body stays optional; a type without read-only properties is sent as it is', () => {
    expect(m.op('replaceThing').body).toMatchObject({ type: ref('ThingInput'), required: false });
    expect(m.op('postPlain').body!.type).toEqual(ref('Plain'));
  });

  test('a PATCH of something that is not an object sends the type itself', () => {
    expect(m.op('patchText').body!.type).toEqual(ref('Text'));
  });

  test('a variant name that is taken is numbered', () => {
    const taken = model(
      {
        '/p': { post: { operationId: 'p', requestBody: body({ $ref: '#/components/schemas/Person' }), responses: {} } },
      },
      { Person: schemas.Person, PersonInput: { type: 'string' } },
    );
    expect(taken.op('p').body!.type).toEqual(ref('PersonInput2'));
  });
});

describe('polymorphic bases (@odata.type)', () => {
  /** A Graph document: a base with one named kind, read and created through one collection. */
  const polymorphic = (discriminator: Json) =>
    model(
      {
        '/configs': {
          get: { operationId: 'getConfig', responses: ok({ $ref: '#/components/schemas/config' }) },
          post: {
            operationId: 'createConfig',
            requestBody: { required: true, ...json({ $ref: '#/components/schemas/config' }) },
            responses: ok({ $ref: '#/components/schemas/config' }),
          },
        },
      },
      {
        config: {
          type: 'object',
          properties: { '@odata.type': { type: 'string' }, name: { type: 'string' } },
          discriminator: {
            propertyName: '@odata.type',
            mapping: { '#x.ios': '#/components/schemas/ios' },
            ...discriminator,
          },
        },
        ios: { allOf: [{ $ref: '#/components/schemas/config' }] },
      },
      { servers: [{ url: 'https://graph.microsoft.com/v1.0' }] },
    );
  const tag = (type: IrType) => obj([{ name: '@odata.type', type, required: true, readOnly: false, doc: {} }]);

  test('a closed mapping: the union of the kinds it names, created as one of them', () => {
    const { type, op } = polymorphic({});
    expect(type('AnyConfig')?.type).toEqual(or(and(ref('Ios'), tag(lit('#x.ios')))));
    expect(type('AnyConfig')?.odataRest).toBeUndefined();
    expect(op('getConfig').successType).toEqual(ref('AnyConfig'));
    expect(type('AnyConfigInput')?.type).toEqual(or(and(ref('Ios'), tag(lit('#x.ios')))));
  });

  test('an open mapping also holds the base, for any other kind; created as the base, its @odata.type is required', () => {
    const { type, op, diagnostics } = polymorphic({ 'x-open-mapping': true });
    expect(diagnostics).toEqual([]);
    expect(type('AnyConfig')?.type).toEqual(or(and(ref('Ios'), tag(lit('#x.ios'))), ref('Config')));
    expect(type('AnyConfig')?.odataRest).toBe('Config');
    expect(op('getConfig').successType).toEqual(ref('AnyConfig'));
    expect(type('AnyConfigInput')?.type).toEqual(
      or(and(ref('Ios'), tag(lit('#x.ios'))), and(ref('Config'), tag(S('string')))),
    );
  });
});

describe('operations', () => {
  test('names: operationId camel-cased, a reserved word suffixed, a missing one derived from method and path', () => {
    const { ir } = model({
      '/a': { get: { operationId: 'List-Things', responses: {} }, post: { operationId: 'delete', responses: {} } },
      '/b/{id}': { get: { parameters: [pathParam('id')], responses: {} } },
    });
    expect(ir.operations.map((o) => [o.functionName, o.method, o.path])).toEqual([
      ['listThings', 'GET', '/a'],
      ['deleteOperation', 'POST', '/a'],
      ['getBId', 'GET', '/b/{id}'],
    ]);
  });

  test('two operationIds that camel-case alike are numbered, with a warning at the second that names it', () => {
    const { ir, diagnostics } = model({
      '/a': { get: { operationId: 'get-thing', responses: {} } },
      '/b': { get: { operationId: 'getThing', responses: {} } },
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'operation-id-collision',
        severity: 'warning',
        pointer: '#/paths/~1b/get/operationId',
        message: expect.stringContaining('named getThing2'),
      }),
    ]);
    expect(ir.operations.map((o) => o.functionName)).toEqual(['getThing', 'getThing2']);
  });

  test('a template parameter nobody declares is a required string', () => {
    const { ir } = model({ '/a/{id}': { get: { operationId: 'getA', responses: {} } } });
    expect(ir.operations[0]!.pathParams).toEqual([
      { name: 'id', property: 'id', type: { kind: 'scalar', name: 'string' }, required: true, doc: {} },
    ]);
  });

  test('a parameter declared once and referred to by many operations is converted once; one whose schema is reported, at each use', () => {
    const { op, diagnostics } = model(
      {
        '/a': {
          get: {
            operationId: 'listA',
            parameters: [{ $ref: '#/components/parameters/top' }, { $ref: '#/components/parameters/odd' }],
            responses: {},
          },
        },
        '/b': {
          get: {
            operationId: 'listB',
            parameters: [{ $ref: '#/components/parameters/top' }, { $ref: '#/components/parameters/odd' }],
            responses: {},
          },
        },
      },
      {},
      {
        components: {
          schemas: {},
          parameters: {
            top: { name: '$top', in: 'query', description: 'Page size', schema: { type: 'integer' } },
            odd: { name: 'odd', in: 'query', schema: { type: 'string', not: { enum: ['x'] } } },
          },
        },
      },
    );
    const [topA, oddA] = op('listA').queryParams;
    const [topB, oddB] = op('listB').queryParams;
    expect(topA).toEqual({
      name: '$top',
      type: S('number'),
      required: false,
      doc: expect.objectContaining({ description: 'Page size' }),
    });
    expect(topB).toBe(topA);
    expect(oddB).toEqual(oddA);
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['unsupported-keyword', '#/paths/~1a/get/parameters/1/schema/not'],
      ['unsupported-keyword', '#/paths/~1b/get/parameters/1/schema/not'],
    ]);
  });

  test('parameters: path ones in template order (path-item ones overridden per operation), query, header; cookies warned about', () => {
    const { op, diagnostics } = model({
      '/s/{store}/i/{item}': {
        parameters: [pathParam('item', { description: 'shared' }), pathParam('store')],
        get: {
          operationId: 'getItem',
          parameters: [
            pathParam('item', { description: 'own' }),
            { name: '$top', in: 'query', schema: { type: 'integer' } },
            {
              name: 'tags',
              in: 'query',
              required: true,
              schema: { type: 'array', items: { type: 'string' } },
              style: 'form',
              explode: false,
            },
            { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
            { name: 'Accept', in: 'header', schema: { type: 'string' } },
            { name: 'content-type', in: 'header', schema: { type: 'string' } },
            { name: 'session', in: 'cookie', schema: { type: 'string' } },
          ],
          responses: {},
        },
      },
    });
    const get = op('getItem');
    expect(get.pathParams.map((x) => [x.name, x.required, x.doc.description])).toEqual([
      ['store', true, undefined],
      ['item', true, 'own'],
    ]);
    expect(get.queryParams.map((x) => [x.name, x.required, x.type])).toEqual([
      ['$top', false, S('number')],
      ['tags', true, arr(S('string'))],
    ]);
    expect(get.headerParams.map((x) => x.name)).toEqual(['X-Trace']);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'cookie-parameter',
        severity: 'warning',
        pointer: '#/paths/~1s~1{store}~1i~1{item}/get/parameters/6',
      }),
    ]);
  });

  test('responses: every one in order; the success type is the union of the 2xx bodies', () => {
    const { op } = model(
      {
        '/a': {
          get: {
            operationId: 'getA',
            responses: {
              '200': { description: 'A cat', ...json({ $ref: '#/components/schemas/Cat' }) },
              '203': { description: 'A dog', ...json({ $ref: '#/components/schemas/Dog' }) },
              '204': { description: 'Nothing' },
              '404': { description: 'Not found', ...json({ $ref: '#/components/schemas/Err' }) },
              default: { description: 'Error', ...json({ $ref: '#/components/schemas/Err' }) },
            },
          },
        },
        '/b': {
          get: {
            operationId: 'getB',
            responses: { '2XX': { description: 'Any', ...json({ type: 'string' }) }, '204': { description: 'None' } },
          },
        },
        '/c': { delete: { operationId: 'deleteC', responses: { '204': { description: 'Deleted' } } } },
      },
      { Cat: { type: 'string' }, Dog: { type: 'number' }, Err: { type: 'object' } },
    );
    expect(op('getA').responses.map((r) => [r.status, r.description, r.type])).toEqual([
      ['200', 'A cat', ref('Cat')],
      ['203', 'A dog', ref('Dog')],
      ['204', 'Nothing', undefined],
      // A plain OpenAPI document's error bodies are typed (the operation's ApiError union)...
      ['404', 'Not found', ref('Err')],
      ['default', 'Error', ref('Err')],
    ]);
    expect(op('getA').errorType).toBe('GetAError');
    expect(op('getA').successType).toEqual(or(ref('Cat'), ref('Dog')));
    expect(op('getB').successType).toEqual(S('string'));
    expect(op('deleteC').successType).toBeUndefined();
    expect(op('deleteC').errorType).toBeUndefined();
    // ...a Graph document's are not: its errors are always GraphErrors.
    const graph = model(
      {
        '/a': {
          get: {
            operationId: 'getA',
            responses: {
              '200': { description: 'A cat' },
              '404': { description: 'Not found', ...json({ $ref: '#/components/schemas/Err' }) },
            },
          },
        },
      },
      { Err: { type: 'object' } },
      { servers: [{ url: 'https://graph.microsoft.com/v1.0' }] },
    );
    expect(graph.ir.profile.kind).toBe('graph');
    expect(graph.op('getA').responses.map((r) => r.type)).toEqual([undefined, undefined]);
    expect(graph.op('getA').errorType).toBeUndefined();
  });

  test('media types: JSON first (then +json); any other body is text, with its content type kept', () => {
    const { op } = model({
      '/a': {
        post: {
          operationId: 'postA',
          requestBody: {
            content: {
              'text/plain': { schema: { type: 'string' } },
              'application/merge-patch+json': { schema: { type: 'number' } },
            },
          },
          responses: {
            '200': {
              description: 'File',
              content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
            },
          },
        },
        put: {
          operationId: 'putA',
          requestBody: { required: true, content: { 'text/csv': { schema: { type: 'array' } } } },
          responses: {},
        },
      },
    });
    expect(op('postA').body).toMatchObject({
      contentType: 'application/merge-patch+json',
      type: S('number'),
      required: false,
    });
    expect(op('postA').successType).toEqual(S('string'));
    expect(op('putA').body).toMatchObject({ contentType: 'text/csv', type: S('string'), required: true });
  });

  test('inline objects in bodies get names after their operation; inline arrays and scalars stay inline', () => {
    const inline = { type: 'object', properties: { a: { type: 'string' } } };
    const { op, type } = model({
      '/m': {
        post: {
          operationId: 'sendMessage',
          requestBody: { required: true, ...json(inline) },
          responses: {
            '202': { description: 'Accepted', ...json(inline) },
            '400': { description: 'Bad', ...json(inline) },
          },
        },
        get: { operationId: 'listMessages', responses: ok({ type: 'array', items: inline }) },
      },
    });
    expect(op('sendMessage').body!.type).toEqual(ref('SendMessageBody'));
    expect(op('sendMessage').successType).toEqual(ref('SendMessageResponse'));
    // An inline error body (plain OpenAPI) is named after its operation and status.
    expect(op('sendMessage').responses.map((r) => r.type)).toEqual([
      ref('SendMessageResponse'),
      ref('SendMessageError400'),
    ]);
    expect(type('SendMessageError400')!.type).toEqual(obj([p('a?', S('string'))]));
    expect(type('SendMessageBody')!.type).toEqual(obj([p('a?', S('string'))]));
    expect(op('listMessages').successType).toEqual(arr(ref('ListMessagesResponseItem')));
    expect(type('ListMessagesResponseItem')!.type).toEqual(obj([p('a?', S('string'))]));
  });

  test('documentation: summary, description, deprecation, external docs, Graph permissions and doubtfulness', () => {
    const { op } = model({
      '/a': {
        patch: {
          operationId: 'updateA',
          summary: 'Update A',
          description: 'Changes A.',
          deprecated: true,
          externalDocs: { url: 'https://example.com/a', description: 'The page' },
          'x-ms-permissions': {
            delegatedWorkOrSchool: ['A.ReadWrite.All', 'B.All'],
            delegatedPersonalMicrosoftAccount: 'Not supported',
            application: ['A.ReadWrite.All'],
            constructor: ['X'],
            undocumented: [],
          },
          'x-doubtful': true,
          'x-doubtful-reason': 'The page is a draft.',
          responses: {},
        },
        get: { operationId: 'getA', 'x-doubtful': true, responses: {} },
      },
    });
    const a = op('updateA');
    expect(a.doc).toEqual({ summary: 'Update A', description: 'Changes A.', deprecated: true });
    expect(a.externalDocs).toEqual({ url: 'https://example.com/a', description: 'The page' });
    expect(a.permissions).toEqual([
      {
        kind: 'delegatedWorkOrSchool',
        label: 'Delegated (work or school account)',
        scopes: ['A.ReadWrite.All', 'B.All'],
        supported: true,
      },
      {
        kind: 'delegatedPersonalMicrosoftAccount',
        label: 'Delegated (personal Microsoft account)',
        scopes: [],
        supported: false,
      },
      { kind: 'application', label: 'Application', scopes: ['A.ReadWrite.All'], supported: true },
      { kind: 'constructor', label: 'constructor', scopes: ['X'], supported: true },
      // An empty list: the source names no permission, which is not a claim that none is supported.
      { kind: 'undocumented', label: 'undocumented', scopes: [], supported: true },
    ]);
    expect(a.doubtful).toBe('The page is a draft.');
    expect(op('getA').doubtful).toBe('The spec marks this operation as doubtful.');
  });

  test('a string enum repeated by many operations ($select) is converted once and shared; another list is not', () => {
    const select = (values: string[]) => ({
      name: '$select',
      in: 'query',
      schema: { type: 'array', items: { type: 'string', enum: values } },
    });
    const { op } = model({
      '/a': { get: { operationId: 'a', parameters: [select(['id', 'name'])], responses: {} } },
      '/b': { get: { operationId: 'b', parameters: [select(['id', 'name'])], responses: {} } },
      '/c': { get: { operationId: 'c', parameters: [select(['id', 'size'])], responses: {} } },
    });
    const items = (name: string) => (op(name).queryParams[0]!.type as Extract<IrType, { kind: 'array' }>).items;
    expect(items('a')).toEqual(or(lit('id'), lit('name')));
    expect(items('b')).toBe(items('a'));
    expect(items('c')).toEqual(or(lit('id'), lit('size')));
  });

  test('path helpers and groups: helpers named after what their path addresses, each parameter an Item; one group per first segment', () => {
    const { ir } = model({
      '/deviceManagement/deviceConfigurations/{id}/deviceStatuses/{statusId}': {
        get: { operationId: 'a', parameters: [pathParam('id'), pathParam('statusId')], responses: {} },
      },
      '/deviceManagement/deviceConfigurations': { get: { operationId: 'b', responses: {} } },
      '/DeviceManagement/x': { get: { operationId: 'c', responses: {} } },
      '/microsoft.graph.delta()': { get: { operationId: 'd', responses: {} } },
      '/{id}': { get: { operationId: 'e', parameters: [pathParam('id')], responses: {} } },
      '/': { get: { operationId: 'f', responses: {} } },
    });
    expect(ir.paths.map((x) => [x.template, x.helperName, x.constName, x.group, x.params.map((q) => q.name)])).toEqual([
      [
        '/deviceManagement/deviceConfigurations/{id}/deviceStatuses/{statusId}',
        'deviceStatusesItemPath',
        'deviceStatusesItemPathTemplate',
        'deviceManagement',
        ['id', 'statusId'],
      ],
      [
        '/deviceManagement/deviceConfigurations',
        'deviceConfigurationsPath',
        'deviceConfigurationsPathTemplate',
        'deviceManagement',
        [],
      ],
      // Groups are file names: unique regardless of case.
      ['/DeviceManagement/x', 'xPath', 'xPathTemplate', 'deviceManagement2', []],
      ['/microsoft.graph.delta()', 'deltaPath', 'deltaPathTemplate', 'delta', []],
      ['/{id}', 'itemPath', 'itemPathTemplate', 'root', ['id']],
      ['/', 'rootPath', 'rootPathTemplate', 'root', []],
    ]);
    expect(ir.operations.map((o) => o.pathHelper)).toEqual(ir.paths.map((x) => x.helperName));
  });

  test('path parameters: one interface per prefix up to the last parameter, declared on its first path and shared by the paths below', () => {
    const id = pathParam('id', { description: 'The store.' });
    const { ir, op } = model({
      '/stores/{id}/items': { get: { operationId: 'items', parameters: [id], responses: {} } },
      '/stores/{id}': { get: { operationId: 'store', parameters: [id], responses: {} } },
      '/stores/{id}/items/{itemId}': {
        get: { operationId: 'item', parameters: [id, pathParam('itemId')], responses: {} },
      },
      // Documented another way: an interface of its own.
      '/stores/{id}/photo': {
        get: { operationId: 'photo', parameters: [pathParam('id', { description: 'Whose photo.' })], responses: {} },
      },
      // Before the group's own segment: each group's file declares its own.
      '/{tenant}/a': { get: { operationId: 'a', parameters: [pathParam('tenant')], responses: {} } },
      '/{tenant}/b': { get: { operationId: 'b', parameters: [pathParam('tenant')], responses: {} } },
      '/reports/get(period={period})/content': {
        get: { operationId: 'report', parameters: [pathParam('period')], responses: {} },
      },
      '/plain': { get: { operationId: 'plain', responses: {} } },
    });
    expect(ir.paths.map((x) => [x.template, x.paramsType])).toEqual([
      ['/stores/{id}/items', { name: 'StoresItemParams', prefix: '/stores/{id}', declare: true }],
      ['/stores/{id}', { name: 'StoresItemParams', prefix: '/stores/{id}', declare: false }],
      [
        '/stores/{id}/items/{itemId}',
        { name: 'ItemsItemParams', prefix: '/stores/{id}/items/{itemId}', declare: true },
      ],
      ['/stores/{id}/photo', { name: 'StoresItemParams2', prefix: '/stores/{id}', declare: true }],
      ['/{tenant}/a', { name: 'ItemParams', prefix: '/{tenant}', declare: true }],
      ['/{tenant}/b', { name: 'ItemParams2', prefix: '/{tenant}', declare: true }],
      [
        '/reports/get(period={period})/content',
        { name: 'GetPeriodItemParams', prefix: '/reports/get(period={period})', declare: true },
      ],
      ['/plain', undefined],
    ]);
    expect(['items', 'store', 'item', 'photo', 'a', 'report', 'plain'].map((name) => op(name).pathParamsType)).toEqual([
      'StoresItemParams',
      'StoresItemParams',
      'ItemsItemParams',
      'StoresItemParams2',
      'ItemParams',
      'GetPeriodItemParams',
      undefined,
    ]);
  });

  test('an operation that documents a path parameter its own way does not take the shared interface', () => {
    const { op } = model({
      '/stores/{id}': {
        parameters: [pathParam('id', { description: 'The store.' })],
        get: { operationId: 'read', responses: {} },
        delete: {
          operationId: 'remove',
          parameters: [pathParam('id', { description: 'The store to delete.' })],
          responses: {},
        },
      },
    });
    expect([op('read').pathParamsType, op('remove').pathParamsType]).toEqual(['StoresItemParams', undefined]);
  });

  test('document facts: title, version, description and servers (defaults when absent)', () => {
    const { ir } = model(
      {},
      {},
      {
        info: { title: 'My API', version: 'v2', description: 'About it.' },
        servers: [{ url: 'https://a.example/v2', description: 'Main' }, { url: 'https://b.example' }, { nope: 1 }],
      },
    );
    expect([ir.title, ir.version, ir.description, ir.servers]).toEqual([
      'My API',
      'v2',
      'About it.',
      [{ url: 'https://a.example/v2', description: 'Main' }, { url: 'https://b.example' }],
    ]);
    const bare = buildIr({ openapi: '3.1.0', info: {} }).ir;
    expect([bare.title, bare.version, bare.servers, bare.operations, bare.types]).toEqual(['API', '0.0.0', [], [], []]);
  });

  test('a second run gives the same IR (no state kept between runs)', () => {
    const document = {
      openapi: '3.1.0',
      info,
      paths: {
        '/a': {
          post: {
            operationId: 'a',
            requestBody: json({ $ref: '#/components/schemas/E' }),
            responses: ok({ $ref: '#/components/schemas/E' }),
          },
        },
      },
      components: { schemas: { E: { properties: { id: { readOnly: true, type: 'string' } } } } },
    };
    expect(buildIr(structuredClone(document))).toEqual(buildIr(structuredClone(document)));
  });
});
