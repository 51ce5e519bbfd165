import type { IrCollection, IrNamedType, IrProperty, IrType } from './ir.js';

/** Named types by name: the model's table, or a Map of the IR's. */
export type NamedTypes = { get(name: string): IrNamedType | undefined };

/**
 * Whether an operation's success type is a Graph (OData) collection: an object, through $refs and allOf, with a
 * `value` array and an `@odata.nextLink` (Graph's BaseCollectionPaginationCountResponse and every list response built
 * on it); `@odata.deltaLink` as well makes it a delta function's. The structure is what the runtime's pager reads, so
 * it is what decides, rather than `x-ms-pageable`, which not every spec writes.
 */
export function collectionOf(type: IrType | undefined, types: NamedTypes): Omit<IrCollection, 'allName'> | undefined {
  // Looked up one name at a time, without copying property lists: every operation of Graph's 11,000 comes here.
  const value = type && findProperty(type, 'value', types);
  if (!value || !isArray(value.type) || !findProperty(type, '@odata.nextLink', types)) return undefined;
  return { delta: findProperty(type, '@odata.deltaLink', types) !== undefined };
}

/** The property `name` of an object-like type (its own, its bases', an allOf member's). */
export function findProperty(
  type: IrType,
  name: string,
  types: NamedTypes,
  seen = new Set<string>(),
): IrProperty | undefined {
  switch (type.kind) {
    case 'object':
      return type.properties.find((p) => p.name === name);
    case 'intersection':
      for (const member of type.members) {
        const found = findProperty(member, name, types, seen);
        if (found) return found;
      }
      return undefined;
    case 'ref': {
      const named = types.get(type.name);
      if (!named || seen.has(type.name)) return undefined;
      seen.add(type.name);
      const own = findProperty(named.type, name, types, seen);
      if (own) return own;
      for (const base of named.extends ?? []) {
        const found = findProperty({ kind: 'ref', name: base }, name, types, seen);
        if (found) return found;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** An array, or an array or null. */
function isArray(type: IrType): boolean {
  const members =
    type.kind === 'union' ? type.members.filter((m) => !(m.kind === 'scalar' && m.name === 'null')) : [type];
  return members.length === 1 && members[0]!.kind === 'array';
}
