/**
 * A page's property table as shapes, so that pages and descriptions are compared by the same code.
 * Page types are OData's (String, Int32, DateTimeOffset, `X collection`, an enum or entity name).
 */
import type { Shape } from '../shape.js';
import type { PageProperty } from './parse-page.js';

const PRIMITIVES: Record<string, { type: string; format?: string }> = {
  String: { type: 'string' },
  Boolean: { type: 'boolean' },
  Int16: { type: 'integer', format: 'int16' },
  Int32: { type: 'integer', format: 'int32' },
  Int64: { type: 'integer', format: 'int64' },
  Byte: { type: 'integer', format: 'uint8' },
  Double: { type: 'number', format: 'double' },
  Single: { type: 'number', format: 'float' },
  Decimal: { type: 'number', format: 'decimal' },
  DateTimeOffset: { type: 'string', format: 'date-time' },
  Date: { type: 'string', format: 'date' },
  TimeOfDay: { type: 'string', format: 'time' },
  Duration: { type: 'string', format: 'duration' },
  Guid: { type: 'string', format: 'uuid' },
  Binary: { type: 'string', format: 'base64url' },
};

const NONE = new Map<string, Shape>();

/** Enum members by type name (from the enum pages), to type a property whose page names its enum. */
export type EnumMembers = ReadonlyMap<string, readonly string[]>;

/** A table's properties as one object shape named `name`. */
export function tableShape(name: string, properties: readonly PageProperty[], page: string, enums: EnumMembers): Shape {
  const props = new Map<string, Shape>();
  for (const p of properties) props.set(p.name, propertyShape(p, page, enums));
  return { type: 'object', refName: `microsoft.graph.${name}`, pointer: page, via: [], properties: () => props };
}

function propertyShape(p: PageProperty, page: string, enums: EnumMembers): Shape {
  const collection = /^(.*?)\s+collection$/i.exec(p.type);
  const element = typeShape(collection ? collection[1]!.trim() : p.type, p.values, page, enums);
  const readOnly = { ...(p.readOnly ? { readOnly: true } : {}), ...(p.navigation ? { navigation: true } : {}) };
  if (!collection) return { ...element, ...readOnly };
  return { type: 'array', items: element, pointer: page, via: [], ...readOnly, properties: () => NONE };
}

function typeShape(type: string, values: readonly string[] | undefined, page: string, enums: EnumMembers): Shape {
  const primitive = PRIMITIVES[type];
  const members = values ?? (primitive ? undefined : enums.get(type));
  if (members)
    return {
      type: 'string',
      enum: { members, pointer: page, via: [] },
      pointer: page,
      via: [],
      properties: () => NONE,
    };
  if (primitive) return { ...primitive, pointer: page, via: [], properties: () => NONE };
  // An entity or complex type the table names without its properties.
  return { type: 'object', refName: `microsoft.graph.${type}`, pointer: page, via: [], properties: () => NONE };
}
