import { error, pointerJoin, refTokens, warning, type Diagnostic } from '../diagnostics.js';
import { valueAt } from '../load/bundle.js';
import type { IrDoc, IrProperty, IrType } from './ir.js';
import type { Json } from '../json.js';

/** What converting a schema needs to know about the document around it. */
export interface SchemaContext {
  readonly document: Json;
  /** TypeScript name of each `#/components/schemas/<key>` pointer. */
  readonly schemaNames: ReadonlyMap<string, string>;
  readonly diagnostics: Diagnostic[];
  /** String enums already converted, by their values: one IrType serves every copy (see ownType). */
  readonly stringEnums?: Map<string, IrType>;
}

/** Keywords that shape a value but that TypeScript types cannot say; using them only loses precision. */
const UNSUPPORTED = [
  'not',
  'if',
  'then',
  'else',
  'patternProperties',
  'dependentSchemas',
  'prefixItems',
  'unevaluatedProperties',
  'propertyNames',
  'contains',
];

const SCALAR = (name: 'string' | 'number' | 'boolean' | 'null' | 'unknown' | 'never'): IrType => ({
  kind: 'scalar',
  name,
});

/** Documentation fields of a schema. */
export function schemaDoc(schema: Json): IrDoc {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  return {
    title: text(schema.title),
    description: text(schema.description),
    format: text(schema.format),
    default: schema.default,
    deprecated: schema.deprecated === true || undefined,
    readOnly: schema.readOnly === true || undefined,
    writeOnly: schema.writeOnly === true || undefined,
  };
}

/** Converts the schema at `pointer` into an IrType. */
export function schemaToType(
  ctx: SchemaContext,
  schema: unknown,
  pointer: string,
  seen: ReadonlySet<string> = new Set(),
): IrType {
  if (schema === true || schema === undefined) return SCALAR('unknown');
  if (schema === false) return SCALAR('never');
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    ctx.diagnostics.push(error('schema-invalid', 'a schema must be an object or a boolean', { pointer }));
    return SCALAR('unknown');
  }
  const s = schema as Json;
  if (typeof s.$ref === 'string') {
    // The same pointer may be spelled percent-encoded (`%7B` for `{`): the lookup also tries its plain form.
    const name = ctx.schemaNames.get(s.$ref) ?? ctx.schemaNames.get(pointerJoin('#', ...refTokens(s.$ref)));
    if (name) return withNull(s, { kind: 'ref', name });
    // A ref to an inline schema elsewhere (not a component) is inlined; a cycle through such refs is cut.
    if (seen.has(s.$ref)) return SCALAR('unknown');
    const target = valueAt(ctx.document, refTokens(s.$ref));
    return schemaToType(ctx, target, s.$ref, new Set([...seen, s.$ref]));
  }
  for (const keyword of UNSUPPORTED) {
    if (s[keyword] !== undefined) {
      ctx.diagnostics.push(
        warning(
          'unsupported-keyword',
          `"${keyword}" has no TypeScript equivalent and is ignored: the type is wider than the schema`,
          { pointer: pointerJoin(pointer, keyword) },
        ),
      );
    }
  }
  const parts: IrType[] = [];
  if (Array.isArray(s.allOf))
    parts.push(...s.allOf.map((m, i) => schemaToType(ctx, m, pointerJoin(pointer, 'allOf', i), seen)));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = s[key];
    if (Array.isArray(list) && list.length > 0) {
      parts.push(union(discriminated(ctx, s, list, pointerJoin(pointer, key), seen)));
    }
  }
  const own = ownType(ctx, s, pointer, seen);
  if (own) parts.push(own);
  const combined =
    parts.length === 0
      ? SCALAR('unknown')
      : parts.length === 1
        ? parts[0]!
        : { kind: 'intersection' as const, members: parts };
  return withNull(s, combined);
}

/** The type the schema's own keywords (type, enum, const, properties, items) describe. */
function ownType(ctx: SchemaContext, s: Json, pointer: string, seen: ReadonlySet<string>): IrType | undefined {
  if (s.const !== undefined) return literalOf(ctx, s.const, () => pointerJoin(pointer, 'const'));
  if (Array.isArray(s.enum)) {
    // Graph's $select/$orderby enums list hundreds of values per operation: duplicates are dropped
    // by value here, and a pointer is spelled out only for a value that needs a warning.
    const list: unknown[] = s.enum;
    // Each operation repeats them whole: one shared type per list is converted, and printed, once.
    const key =
      ctx.stringEnums && list.length > 1 && list.every((v) => typeof v === 'string') ? JSON.stringify(list) : undefined;
    const known = key === undefined ? undefined : ctx.stringEnums!.get(key);
    if (known) return known;
    const converted = enumType(ctx, list, pointer);
    if (key !== undefined) ctx.stringEnums!.set(key, converted);
    return converted;
  }
  const types = Array.isArray(s.type) ? (s.type as unknown[]) : s.type === undefined ? [] : [s.type];
  const hasObjectShape = s.properties !== undefined || s.additionalProperties !== undefined || s.required !== undefined;
  if (types.length === 0) {
    if (hasObjectShape) return objectType(ctx, s, pointer, seen);
    if (s.items !== undefined) return arrayType(ctx, s, pointer, seen);
    return undefined;
  }
  const members = types
    .filter((t) => t !== 'null')
    .map((t): IrType => {
      switch (t) {
        case 'string':
          return SCALAR('string');
        case 'integer':
        case 'number':
          return SCALAR('number');
        case 'boolean':
          return SCALAR('boolean');
        case 'object':
          return objectType(ctx, s, pointer, seen);
        case 'array':
          return arrayType(ctx, s, pointer, seen);
        default:
          ctx.diagnostics.push(
            error('unknown-type', `unknown type: expected string, number, integer, boolean, object, array or null`, {
              pointer: pointerJoin(pointer, 'type'),
            }),
          );
          return SCALAR('unknown');
      }
    });
  if (types.includes('null')) members.push(SCALAR('null'));
  return union(members);
}

function enumType(ctx: SchemaContext, list: unknown[], pointer: string): IrType {
  const members = [...new Set(list)].map((v) => literalOf(ctx, v, () => pointerJoin(pointer, 'enum', list.indexOf(v))));
  if (members.length > 1 && members.every((m) => m.kind === 'literal')) return { kind: 'union', members };
  return union(members);
}

function objectType(ctx: SchemaContext, s: Json, pointer: string, seen: ReadonlySet<string>): IrType {
  const required = new Set(
    Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : [],
  );
  const props = s.properties !== null && typeof s.properties === 'object' ? (s.properties as Json) : {};
  const properties: IrProperty[] = Object.entries(props).map(([name, prop]) => {
    const at = pointerJoin(pointer, 'properties', name);
    const doc = prop !== null && typeof prop === 'object' ? schemaDoc(prop as Json) : {};
    return {
      name,
      type: schemaToType(ctx, prop, at, seen),
      required: required.has(name),
      readOnly: doc.readOnly === true,
      doc,
    };
  });
  // `required` may name properties declared elsewhere (an allOf sibling, a base): they must be
  // present, of whatever type is declared there — `unknown` here, which an intersection narrows.
  for (const name of required) {
    if (!Object.prototype.hasOwnProperty.call(props, name))
      properties.push({ name, type: SCALAR('unknown'), required: true, readOnly: false, doc: {} });
  }
  const ap = s.additionalProperties;
  // An object schema that lists no properties and says nothing of others allows any (JSON Schema's default).
  const open = ap === undefined && properties.length === 0;
  const additional = open
    ? SCALAR('unknown')
    : ap === undefined || ap === false
      ? undefined
      : schemaToType(ctx, ap, pointerJoin(pointer, 'additionalProperties'), seen);
  return additional ? { kind: 'object', properties, additional } : { kind: 'object', properties };
}

function arrayType(ctx: SchemaContext, s: Json, pointer: string, seen: ReadonlySet<string>): IrType {
  return {
    kind: 'array',
    items: s.items === undefined ? SCALAR('unknown') : schemaToType(ctx, s.items, pointerJoin(pointer, 'items'), seen),
  };
}

/**
 * oneOf/anyOf members; with a discriminator each member is narrowed to its tag value(s),
 * so a switch on the tag tells the members apart.
 */
function discriminated(
  ctx: SchemaContext,
  s: Json,
  list: unknown[],
  pointer: string,
  seen: ReadonlySet<string>,
): IrType[] {
  const disc = s.discriminator as { propertyName?: unknown; mapping?: Record<string, unknown> } | undefined;
  const members = list.map((m, i) => schemaToType(ctx, m, pointerJoin(pointer, i), seen));
  if (!disc || typeof disc.propertyName !== 'string') return members;
  const property = disc.propertyName;
  return list.map((m, i) => {
    const ref = (m as Json | null)?.$ref;
    if (typeof ref !== 'string') return members[i]!;
    const tags = Object.entries(disc.mapping ?? {})
      .filter(([, target]) => target === ref || target === ref.slice(ref.lastIndexOf('/') + 1))
      .map(([tag]) => tag);
    if (tags.length === 0) tags.push(ref.slice(ref.lastIndexOf('/') + 1));
    const tag: IrProperty = {
      name: property,
      type: union(tags.map((t) => ({ kind: 'literal', value: t }))),
      required: true,
      readOnly: false,
      doc: {},
    };
    return { kind: 'intersection', members: [members[i]!, { kind: 'object', properties: [tag] }] };
  });
}

function literalOf(ctx: SchemaContext, value: unknown, pointer: () => string): IrType {
  if (value === null) return SCALAR('null');
  if (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  ) {
    return { kind: 'literal', value };
  }
  ctx.diagnostics.push(
    warning(
      'enum-value-unsupported',
      'only string, number, boolean and null enum values become literal types; this one widens the type',
      { pointer: pointer() },
    ),
  );
  return SCALAR('unknown');
}

/** OpenAPI 3.0's `nullable: true` adds null; 3.1 type arrays already did in ownType. */
function withNull(s: Json, type: IrType): IrType {
  if (s.nullable !== true) return type;
  return union([type, SCALAR('null')]);
}

/** A union without duplicates; a single member stands alone. */
export function union(members: readonly IrType[]): IrType {
  // Called for most of Graph's properties (`X | null`): no copy unless a member is itself a union,
  // and no Set for the few members most unions have.
  const all = members.some((m) => m.kind === 'union')
    ? members.flatMap((m) => (m.kind === 'union' ? m.members : [m]))
    : members;
  // Structured members are compared by their JSON text, which is costly for a large object type
  // (Graph makes many `X | null` unions): only when two of them could be equal.
  let structured = 0;
  for (const m of all) if (!isLeaf(m)) structured++;
  const compareShapes = structured > 1;
  const flat: IrType[] = [];
  const keys = all.length > SMALL_UNION ? new Set<string>() : undefined;
  const few: string[] = [];
  for (const m of all) {
    const key = isLeaf(m) || compareShapes ? typeKey(m) : undefined;
    if (key !== undefined) {
      if (keys ? keys.has(key) : few.includes(key)) continue;
      if (keys) keys.add(key);
      else few.push(key);
    }
    flat.push(m);
  }
  if (flat.length === 0) return SCALAR('never');
  return flat.length === 1 ? flat[0]! : { kind: 'union', members: flat };
}

/** Up to this many members, a union's duplicates are found by a scan of the keys seen. */
const SMALL_UNION = 8;

function isLeaf(type: IrType): boolean {
  return type.kind === 'scalar' || type.kind === 'ref' || type.kind === 'literal';
}

/** A key equal for equal types; cheap for the common leaf kinds. */
function typeKey(type: IrType): string {
  switch (type.kind) {
    case 'scalar':
      return type.name;
    case 'ref':
      return `#${type.name}`;
    case 'literal':
      return `=${typeof type.value}:${String(type.value)}`;
    default:
      return JSON.stringify(type);
  }
}
