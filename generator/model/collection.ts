import { visitType, type IrTypeVisitor } from './ir-walk.js';
import type { IrCollection, IrProperty, IrType, IrTypeLookup } from './ir.js';

/**
 * Whether an operation's success type is a Graph (OData) collection: an object, through $refs and allOf, with a
 * `value` array and an `@odata.nextLink` (Graph's BaseCollectionPaginationCountResponse and every list response built
 * on it); `@odata.deltaLink` as well makes it a delta function's. The structure is what the runtime's pager reads, so
 * it is what decides, rather than `x-ms-pageable`, which not every spec writes.
 */
export function collectionOf(type: IrType | undefined, types: IrTypeLookup): Omit<IrCollection, 'allName'> | undefined {
  // Looked up one name at a time, without copying property lists: every operation of Graph's 11,000 comes here.
  const value = type && findProperty(type, 'value', types);
  if (!value || !isArray(value.type) || !findProperty(type, '@odata.nextLink', types)) return undefined;
  return { delta: findProperty(type, '@odata.deltaLink', types) !== undefined };
}

/** The property `name` of an object-like type (its own, its bases', an allOf member's). */
export function findProperty(type: IrType, name: string, types: IrTypeLookup): IrProperty | undefined {
  return visitType(type, FIND_PROPERTY, { name, types, seen: new Set<string>() });
}

interface Search {
  readonly name: string;
  readonly types: IrTypeLookup;
  /** Named types already looked into: a type that reaches itself is looked into once. */
  readonly seen: Set<string>;
}

const none = (): undefined => undefined;
const FIND_PROPERTY: IrTypeVisitor<IrProperty | undefined, Search> = {
  scalar: none,
  literal: none,
  array: none,
  union: none,
  object: (t, search) => t.properties.find((p) => p.name === search.name),
  intersection: (t, search) => firstFound(t.members, search),
  ref: (t, search) => {
    const named = search.types.get(t.name);
    if (!named || search.seen.has(t.name)) return undefined;
    search.seen.add(t.name);
    return firstFound(
      [named.type, ...(named.extends ?? []).map((base): IrType => ({ kind: 'ref', name: base }))],
      search,
    );
  },
};

function firstFound(members: readonly IrType[], search: Search): IrProperty | undefined {
  for (const member of members) {
    const found = visitType(member, FIND_PROPERTY, search);
    if (found) return found;
  }
  return undefined;
}

/** An array, or an array or null. */
function isArray(type: IrType): boolean {
  const members =
    type.kind === 'union' ? type.members.filter((m) => !(m.kind === 'scalar' && m.name === 'null')) : [type];
  return members.length === 1 && members[0]!.kind === 'array';
}
