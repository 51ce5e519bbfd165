/**
 * OData's polymorphic entities: a schema whose discriminator is `@odata.type` (Graph's allOf hierarchies) gets a
 * union of the types its mapping names, each with its `@odata.type` literal, so that a response typed as the base
 * tells its concrete types apart; each member gets a type guard. Pages of the base (`value: Base[]`) hold the union.
 * A mapping marked `x-open-mapping: true` names some kinds only (OpenAPI's mapping need not be exhaustive): its union
 * also holds the base itself, the type of an item of any other kind.
 */
import { pointerJoin } from '../diagnostics.js';
import type { IrNamedType, IrType } from './ir.js';
import type { NameRegistry } from './naming.js';
import { isObject, type Json } from '../json.js';

const TAG = '@odata.type';

/** The unions of a document's polymorphic bases, and the name of the union of each base. */
export interface PolymorphicTypes {
  readonly unions: IrNamedType[];
  /** Base type name → its union's name. */
  readonly unionOf: ReadonlyMap<string, string>;
}

/** The unions of every schema with an `@odata.type` discriminator and a mapping, in document order. */
export function polymorphicTypes(
  schemas: Json,
  schemaNames: ReadonlyMap<string, string>,
  names: NameRegistry,
): PolymorphicTypes {
  const unions: IrNamedType[] = [];
  const unionOf = new Map<string, string>();
  const guards = new Map<string, string>();
  for (const key of Object.keys(schemas)) {
    const pointer = pointerJoin('#/components/schemas', key);
    const base = schemaNames.get(pointer);
    const found = discriminator(schemas[key], pointer);
    if (!base || !found) continue;
    const members = Object.entries(found.mapping).flatMap(([value, target]) => {
      const type = typeof target === 'string' ? schemaNames.get(target) : undefined;
      if (!type) return [];
      const guard =
        guards.get(type) ??
        names.claim('value', `is${type}`, pointerJoin(found.pointer, 'mapping', value), 'Guard').name;
      guards.set(type, guard);
      return [{ type, value, guard }];
    });
    if (members.length === 0) continue;
    const name = names.claim('type', `Any${base}`, found.pointer, 'Type').name;
    unionOf.set(base, name);
    const named = members.map((m) => tagged({ kind: 'ref', name: m.type }, m.value));
    const type: IrType = { kind: 'union', members: found.open ? [...named, { kind: 'ref', name: base }] : named };
    const guide = `told apart by \`@odata.type\` (or the guards, such as \`${members[0]!.guard}\`)`;
    const description = found.open
      ? `A ${base} of one of the kinds named here, ${guide}, or of another kind: a ${base} whose \`@odata.type\` is another string.`
      : `Any kind of ${base}, ${guide}.`;
    const rest = found.open ? { odataRest: base } : {};
    unions.push({ name, type, doc: { description }, pointer: found.pointer, odataTypes: members, ...rest });
  }
  return { unions, unionOf };
}

/** A member of a union: the type, with its `@odata.type` required and literal (any string without a value). */
export function tagged(type: IrType, value?: string): IrType {
  const tagType: IrType = value === undefined ? { kind: 'scalar', name: 'string' } : { kind: 'literal', value };
  const tag = { name: TAG, type: tagType, required: true, readOnly: false, doc: {} };
  return { kind: 'intersection', members: [type, { kind: 'object', properties: [tag] }] };
}

interface Discriminator {
  readonly mapping: Json;
  readonly pointer: string;
  /** Marked `x-open-mapping: true`: the service has kinds the mapping does not name. */
  readonly open: boolean;
}

/** The schema's `@odata.type` discriminator with a mapping, on it or on one of its allOf members. */
function discriminator(schema: unknown, pointer: string): Discriminator | undefined {
  // A oneOf or anyOf with a discriminator is a union of its own already (schema-type.ts).
  if (!isObject(schema) || schema.oneOf || schema.anyOf) return undefined;
  const own = odataDiscriminator(schema.discriminator, pointerJoin(pointer, 'discriminator'));
  if (own || !Array.isArray(schema.allOf)) return own;
  for (const [i, member] of schema.allOf.entries()) {
    const found =
      isObject(member) &&
      odataDiscriminator(member.discriminator, pointerJoin(pointer, 'allOf', String(i), 'discriminator'));
    if (found) return found;
  }
  return undefined;
}

/** A discriminator object on `@odata.type` with a mapping, read; anything else, undefined. */
function odataDiscriminator(d: unknown, pointer: string): Discriminator | undefined {
  if (!isObject(d) || d.propertyName !== TAG || !isObject(d.mapping)) return undefined;
  return { mapping: d.mapping, pointer, open: d['x-open-mapping'] === true };
}

/** A page of a collection of the base (`value: Base[]`, as Graph's `…CollectionResponse`) made a page of its union. */
export function pageOfUnion(type: IrType, unionOf: ReadonlyMap<string, string>): IrType {
  if (type.kind === 'intersection') {
    const members = type.members.map((m) => pageOfUnion(m, unionOf));
    return members.every((m, i) => m === type.members[i]) ? type : { kind: 'intersection', members };
  }
  if (type.kind !== 'object') return type;
  const properties = type.properties.map((p) => {
    const items = p.name === 'value' && p.type.kind === 'array' ? p.type.items : undefined;
    const union = items?.kind === 'ref' ? unionOf.get(items.name) : undefined;
    return union ? { ...p, type: { kind: 'array', items: { kind: 'ref', name: union } } as const } : p;
  });
  return properties.every((p, i) => p === type.properties[i]) ? type : { ...type, properties };
}

/** A response typed as a polymorphic base, typed as its union instead. */
export function responseOfUnion(type: IrType, unionOf: ReadonlyMap<string, string>): IrType {
  return type.kind === 'ref' && unionOf.has(type.name) ? { kind: 'ref', name: unionOf.get(type.name)! } : type;
}
