/**
 * The named types of operations' query and header parameter lists: what each holds (its members typed as the runtime
 * can send them, OData's lists as type parameters) and its declaration, for whichever file the layout puts it in.
 */
import { visitType, type IrTypeVisitor } from '../model/ir-walk.js';
import type { IrOperation, IrParameter, IrParameterListName, IrType, IrTypeLookup } from '../model/ir.js';
import { docLines, jsdocBlock, propertyKey, typeText } from './code.js';
import type { Statement } from './emitter.js';
import { odataGenerics, type ODataGenerics } from './odata.js';

/** One named type of query or header parameters, and the operations that take it. */
export interface ParameterList {
  readonly name: string;
  /** Its name as the model gave it, with the group that first used it. */
  readonly of: IrParameterListName;
  readonly place: 'query' | 'header';
  readonly first: IrOperation;
  /** Its parameters, each with the type it is sent as. */
  readonly wires: readonly { readonly param: IrParameter; readonly wire: IrType }[];
  /** How many operations after the first take the very same parameters. */
  sharedBy: number;
  /** Its OData lists (`$select`, `$expand`), typed with type parameters. */
  readonly generics?: ODataGenerics;
}

/**
 * The query and header parameter lists of each operation, as the model named them, each made once per name (the
 * first operation's) and counted for the others. Graph repeats a few lists thousands of times (`If-Match`, an
 * entity's `$select`).
 */
export function parameterLists(
  operations: readonly IrOperation[],
  types: IrTypeLookup,
  plain: boolean,
): Map<IrOperation, { query?: ParameterList; headers?: ParameterList }> {
  const known = new Map<string, ParameterList>();
  const list = (
    op: IrOperation,
    place: 'query' | 'header',
    params: readonly IrParameter[],
    type: IrParameterListName | undefined,
  ): ParameterList | undefined => {
    if (!type) return undefined;
    const same = known.get(type.name);
    if (same) {
      same.sharedBy++;
      return same;
    }
    const wires = params.map((param) => ({ param, wire: wireType(param.type, place, types, plain) }));
    // OData's lists narrow results in Graph only: a plain document's `$select` means what that API says.
    const generics = place === 'query' && !plain ? odataGenerics(wires) : undefined;
    const created: ParameterList = {
      name: type.name,
      of: type,
      place,
      first: op,
      wires,
      sharedBy: 0,
      ...(generics ? { generics } : {}),
    };
    known.set(type.name, created);
    return created;
  };
  return new Map(
    operations.map((op) => [
      op,
      {
        query: list(op, 'query', op.queryParams, op.queryType),
        headers: list(op, 'header', op.headerParams, op.headersType),
      },
    ]),
  );
}

/**
 * A list's declaration, `below` its first operation in the same file or not (see listDoc). A type alias rather than an
 * interface: an object type alias is assignable to the runtime's `Record<string, …>` of query values and headers, an
 * interface (which has no index signature) is not.
 */
export function parameterType(list: ParameterList, below: boolean): Statement {
  const body = list.wires.flatMap(({ param, wire }) =>
    member(param, list.generics?.members.get(param.name) ?? typeText(wire, '  ')),
  );
  // Written out: the printer would give the object type's lines a hanging indent.
  return `/** ${listDoc(list, below)} */\nexport type ${list.name}${list.generics?.header ?? ''} = {\n${body.join('\n')}\n};`;
}

/**
 * A list's JSDoc: the operation that first takes it and how many others take the same, `below` it in its operations
 * file (where `{@link}` finds them) or in other files (a list declared in parameters/).
 */
function listDoc(list: ParameterList, below: boolean): string {
  const what = list.place === 'query' ? 'Query parameters' : 'Request headers';
  const first = below ? `{@link ${list.first.functionName}}` : `\`${list.first.functionName}\``;
  const others =
    list.sharedBy === 1
      ? `, and of ${below ? 'the one operation below' : 'one other operation'} that takes the same`
      : list.sharedBy > 1
        ? `, and of ${list.sharedBy} ${below ? 'operations below' : 'other operations'} that take the same`
        : '';
  return `${what} of ${first}${others}.`;
}

/** A parameter as a documented member of an object type, one level in. */
export function member(p: IrParameter, type: string): string[] {
  const doc = docLines(p.doc);
  return [
    ...(doc ? jsdocBlock(doc, '  ') : []),
    `  ${propertyKey(p.property ?? p.name)}${p.required ? '' : '?'}: ${type};`,
  ];
}

/**
 * The type a query or header value is given: what the runtime can put on the wire. Null has no
 * wire form (leave the parameter out instead), objects none at all, and headers are text.
 */
export function wireType(type: IrType, place: 'query' | 'header', types: IrTypeLookup, plain: boolean): IrType {
  // Each parameter's is wanted twice (its file's imports, its text), and the model shares the types of repeated ones.
  const cache = wireTypes[plain ? (`${place}Plain` as const) : place];
  const known = cache.get(type);
  if (known) return known;
  const wire = sendableType(type, place, types, plain);
  cache.set(type, wire);
  return wire;
}

/**
 * Wire types already worked out, by the parameter's type (the plain profile's runtime sends more: see sendableType).
 */
const wireTypes = {
  query: new WeakMap<IrType, IrType>(),
  header: new WeakMap<IrType, IrType>(),
  queryPlain: new WeakMap<IrType, IrType>(),
  headerPlain: new WeakMap<IrType, IrType>(),
};

/**
 * Graph's runtime sends scalars and, in a query, arrays of them (comma-joined); the plain profile's serializes
 * arrays in headers too, and objects of scalars or arrays in a query (form or deepObject, by the parameter's style).
 */
function sendableType(type: IrType, place: 'query' | 'header', types: IrTypeLookup, plain: boolean): IrType {
  const members = (type.kind === 'union' ? type.members : [type]).filter(
    (m) => !(m.kind === 'scalar' && m.name === 'null'),
  );
  const seen = new Set<string>();
  const texts = place === 'query' || plain;
  // Whether a value of the type has a wire form. `inArray`: inside an array, which cannot nest; `depth`: 0 the
  // value, 1 an array's item or an object's property, 2 an array inside an object.
  type At = { readonly inArray: boolean; readonly depth: number };
  const visitor: IrTypeVisitor<boolean, At> = {
    ref: (t, at) => {
      const named = types.get(t.name);
      if (!named || seen.has(t.name)) return false;
      seen.add(t.name);
      return !named.extends && sendable(named.type, at);
    },
    scalar: (t) => t.name === 'string' || (texts && (t.name === 'number' || t.name === 'boolean')),
    literal: (t) => t.value !== null && (typeof t.value === 'string' || texts),
    array: (t, { inArray, depth }) =>
      texts && !inArray && depth < 2 && sendable(t.items, { inArray: true, depth: depth + 1 }),
    union: (t, at) => t.members.every((m) => sendable(m, at)),
    object: (t, { depth }) =>
      plain &&
      place === 'query' &&
      depth === 0 &&
      t.properties.every((p) => sendable(p.type, { inArray: false, depth: 1 })) &&
      (!t.additional || sendable(t.additional, { inArray: false, depth: 1 })),
    intersection: () => false,
  };
  const sendable = (t: IrType, at: At): boolean => visitType(t, visitor, at);
  if (members.length === 0 || !members.every((m) => sendable(m, { inArray: false, depth: 0 })))
    return { kind: 'scalar', name: 'string' };
  return members.length === 1 ? members[0]! : { kind: 'union', members };
}
