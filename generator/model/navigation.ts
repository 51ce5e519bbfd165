import { findProperty } from './collection.js';
import { referencedTypes, visitType, type IrTypeVisitor } from './ir-walk.js';
import type { IrType, IrTypeLookup } from './ir.js';

/**
 * Whether a named type has something for OData's `$expand`: a property (its own or a base's) that
 * holds another entity, a named type with an `id`, alone, in an array or in a union. On a type
 * without one `$expand` expands nothing: Graph's description offers it anyway, the curated specs
 * leave it out (spec/CURATION.md, C23).
 */
export function hasNavigation(name: string, types: IrTypeLookup): boolean {
  return visitType({ kind: 'ref', name }, NAVIGATION, { types, seen: new Set<string>() });
}

interface Walk {
  readonly types: IrTypeLookup;
  /** Named types already looked into (a base reached twice, a type that extends itself). */
  readonly seen: Set<string>;
}

const no = (): boolean => false;
const NAVIGATION: IrTypeVisitor<boolean, Walk> = {
  scalar: no,
  literal: no,
  array: no,
  union: no,
  // The type's own structure: its object, its allOf members, its bases; never what its properties hold.
  ref: (t, walk) => {
    const named = walk.types.get(t.name);
    if (!named || walk.seen.has(t.name)) return false;
    walk.seen.add(t.name);
    const bases = (named.extends ?? []).map((base): IrType => ({ kind: 'ref', name: base }));
    return [named.type, ...bases].some((member) => visitType(member, NAVIGATION, walk));
  },
  intersection: (t, walk) => t.members.some((member) => visitType(member, NAVIGATION, walk)),
  object: (t, walk) =>
    t.properties.some((p) =>
      [...referencedTypes(p.type)].some((held) => findProperty({ kind: 'ref', name: held }, 'id', walk.types)),
    ),
};
