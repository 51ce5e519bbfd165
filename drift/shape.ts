/**
 * A schema reduced to what drift compares: type, format, nullable, readOnly, enum members, array
 * items and object properties, whichever way the document spells them (OpenAPI 3.0's `nullable`,
 * 3.1's type arrays, `anyOf` with a null member, `allOf` of a base and an extension, `$ref`s).
 * Object properties are read only when asked for, so a Graph entity's whole family is never walked.
 */
import { pointerJoin, pointerTokens } from '../generator/diagnostics.js';
import { isObject, type Json } from '../generator/json.js';

/** Reads the value a local `$ref` points to. */
export type Resolve = (ref: string) => unknown;

export interface Shape {
  /** `string`, `integer`, `number`, `boolean`, `array`, `object`, or several joined by `|`; `any` when unstated. */
  readonly type: string;
  readonly format?: string;
  /** Undefined when the source does not say (doc pages never do). */
  readonly nullable?: boolean;
  readonly readOnly?: boolean;
  readonly enum?: { readonly members: readonly string[]; readonly pointer: string; readonly via: readonly string[] };
  readonly items?: Shape;
  /** Microsoft's `x-ms-navigationProperty`: a relationship, returned only with $expand. */
  readonly navigation?: boolean;
  /** The name of the component schema this shape was reached through, if any (`microsoft.graph.x`). */
  readonly refName?: string;
  /**
   * Where this use of the shape is (for a property that is a $ref, the property), where its schema
   * is defined when that is elsewhere (the $ref's target: where a missing property would go), and
   * the pointers it was reached through.
   */
  readonly pointer: string;
  readonly definedAt?: string;
  readonly via: readonly string[];
  /** The object's properties, by name (empty for non-objects). */
  properties(): ReadonlyMap<string, Shape>;
}

const NO_PROPERTIES: ReadonlyMap<string, Shape> = new Map();

/** The shape of the schema at `pointer` (its value given), reached through `via`. */
export function shapeOf(schema: unknown, pointer: string, via: readonly string[], resolve: Resolve, depth = 0): Shape {
  if (!isObject(schema) || depth > 32) return plain('any', pointer, via);
  const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
  if (ref) {
    const target = resolve(ref);
    const targetPointer = ref.startsWith('#') ? pointerJoin('#', ...pointerTokens(ref)) : ref;
    const inner = shapeOf(target, targetPointer, [...via, targetPointer], resolve, depth + 1);
    const name = pointerTokens(ref).pop();
    // Siblings of a $ref (3.1) may add nullable or readOnly.
    const own = flags(schema);
    return {
      ...inner,
      ...(name ? { refName: name } : {}),
      ...withFlags(inner, own),
      pointer,
      definedAt: inner.definedAt ?? inner.pointer,
      properties: inner.properties,
    };
  }
  const own = flags(schema);
  const alternatives = (
    Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined
  ) as unknown[] | undefined;
  if (alternatives) {
    const kind = Array.isArray(schema.anyOf) ? 'anyOf' : 'oneOf';
    const members = alternatives.map((m, i) => ({ m, i })).filter(({ m }) => !isNullSchema(m));
    const nullable = members.length < alternatives.length || own.nullable === true;
    if (members.length === 1) {
      const inner = shapeOf(members[0]!.m, pointerJoin(pointer, kind, members[0]!.i), via, resolve, depth + 1);
      return {
        ...inner,
        ...withFlags(inner, { ...own, nullable: nullable || inner.nullable === true }),
        properties: inner.properties,
      };
    }
    const shapes = members.map(({ m, i }) => shapeOf(m, pointerJoin(pointer, kind, i), via, resolve, depth + 1));
    return {
      ...plain([...new Set(shapes.map((s) => s.type))].sort().join('|'), pointer, via),
      nullable,
      readOnly: own.readOnly ?? false,
    };
  }
  if (Array.isArray(schema.allOf)) {
    const parts = (schema.allOf as unknown[]).map((m, i) =>
      shapeOf(m, pointerJoin(pointer, 'allOf', i), via, resolve, depth + 1),
    );
    const objectParts = parts.filter((p) => p.type === 'object' || p.type === 'any');
    if (parts.length === 1 && parts[0]!.type !== 'object')
      return { ...parts[0]!, ...withFlags(parts[0]!, own), properties: parts[0]!.properties };
    const ownProps = isObject(schema.properties)
      ? objectShape(schema, pointer, via, resolve, depth).properties
      : () => NO_PROPERTIES;
    let merged: Map<string, Shape> | undefined;
    return {
      type: 'object',
      nullable: own.nullable ?? false,
      readOnly: own.readOnly ?? false,
      pointer,
      via,
      properties: () => {
        if (!merged) {
          merged = new Map();
          for (const part of objectParts) for (const [name, prop] of part.properties()) merged.set(name, prop);
          for (const [name, prop] of ownProps()) merged.set(name, prop);
        }
        return merged;
      },
    };
  }
  const types = Array.isArray(schema.type)
    ? (schema.type as unknown[]).map(String)
    : typeof schema.type === 'string'
      ? [schema.type]
      : [];
  const nullable = types.includes('null') || own.nullable === true;
  const nonNull = types.filter((t) => t !== 'null');
  const type =
    nonNull.length > 0
      ? nonNull.join('|')
      : isObject(schema.properties)
        ? 'object'
        : Array.isArray(schema.enum)
          ? 'string'
          : 'any';
  const enumMembers = Array.isArray(schema.enum)
    ? (schema.enum as unknown[]).filter((m) => m !== null).map(String)
    : undefined;
  const base = {
    type,
    // OpenAPI 3.1 writes encoded bytes as contentEncoding where 3.0 (Microsoft's) writes a format.
    ...(typeof schema.format === 'string'
      ? { format: schema.format }
      : typeof schema.contentEncoding === 'string'
        ? { format: schema.contentEncoding }
        : {}),
    nullable: nullable || (enumMembers !== undefined && (schema.enum as unknown[]).includes(null)),
    readOnly: own.readOnly ?? false,
    ...(enumMembers ? { enum: { members: enumMembers, pointer: pointerJoin(pointer, 'enum'), via } } : {}),
    pointer,
    via,
  };
  if (type === 'array') {
    const items = shapeOf(schema.items, pointerJoin(pointer, 'items'), via, resolve, depth + 1);
    return { ...base, items, properties: () => NO_PROPERTIES };
  }
  if (type === 'object') return { ...base, properties: objectShape(schema, pointer, via, resolve, depth).properties };
  return { ...base, properties: () => NO_PROPERTIES };
}

function objectShape(
  schema: Json,
  pointer: string,
  via: readonly string[],
  resolve: Resolve,
  depth: number,
): { properties: () => ReadonlyMap<string, Shape> } {
  let props: Map<string, Shape> | undefined;
  return {
    properties: () => {
      if (!props) {
        props = new Map();
        const declared = isObject(schema.properties) ? schema.properties : {};
        for (const [name, value] of Object.entries(declared)) {
          const at = pointerJoin(pointer, 'properties', name);
          const shape = shapeOf(value, at, [...via, at], resolve, depth + 1);
          props.set(
            name,
            isObject(value) && value['x-ms-navigationProperty'] === true ? { ...shape, navigation: true } : shape,
          );
        }
      }
      return props;
    },
  };
}

function plain(type: string, pointer: string, via: readonly string[]): Shape {
  return { type, pointer, via, properties: () => NO_PROPERTIES };
}

function flags(schema: Json): { nullable?: boolean; readOnly?: boolean } {
  return {
    ...(schema.nullable === true ? { nullable: true } : {}),
    ...(typeof schema.readOnly === 'boolean' ? { readOnly: schema.readOnly } : {}),
  };
}

function withFlags(
  inner: Shape,
  own: { nullable?: boolean; readOnly?: boolean },
): { nullable?: boolean; readOnly?: boolean } {
  return {
    nullable: own.nullable === true || inner.nullable === true,
    readOnly: own.readOnly ?? inner.readOnly ?? false,
  };
}

/**
 * `{type: 'null'}`, or 3.0's `{type: object, nullable: true}` with nothing else (Microsoft's spelling of a
 * nullable $ref).
 */
function isNullSchema(m: unknown): boolean {
  if (!isObject(m)) return false;
  if (m.type === 'null') return true;
  const keys = Object.keys(m).filter((k) => k !== 'description');
  return (
    m.nullable === true &&
    keys.every((k) => k === 'nullable' || k === 'type') &&
    (m.type === undefined || m.type === 'object')
  );
}

/** A resolver over a whole in-memory document (the curated spec). */
export function resolveIn(document: unknown): Resolve {
  return (ref) => {
    if (!ref.startsWith('#')) return undefined;
    let node: unknown = document;
    for (const token of pointerTokens(ref))
      node = isObject(node) || Array.isArray(node) ? (node as Json)[token] : undefined;
    return node;
  };
}

/**
 * A body's shape without its schema's name (body types are compared on their own) and without its
 * nullability (Microsoft's description makes a single-valued navigation's body nullable; a body
 * that is not there is a 404 or a 204, not null).
 */
export function unnamed(shape: Shape): Shape {
  return { ...shape, refName: undefined, nullable: undefined };
}
