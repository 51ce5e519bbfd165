import { pointerJoin, warning, type Diagnostic } from '../diagnostics.js';
import type { IrDoc, IrNamedType, IrProperty, IrType } from './ir.js';
import { visitType, type IrTypeVisitor } from './ir-walk.js';
import { camelCase, schemaTypeNames, type NameRegistry } from './naming.js';
import { pageOfUnion, polymorphicTypes, tagged } from './polymorphic.js';
import { schemaDoc, schemaToType, type SchemaContext } from './schema-type.js';
import type { Json } from '../json.js';

/**
 * Told as component schemas, then path items, are built: how many are done, of how many (the model runs for seconds on
 * a large spec, in one go).
 */
export type ModelProgress = (done: number, total: number, unit: 'schemas' | 'paths') => void;

/**
 * The named types of a document: one per component schema, plus the request-body
 * variants (read-only properties left out; for PATCH every property optional) made on demand.
 */
export class TypeTable {
  readonly ctx: SchemaContext;
  /**
   * How many component schemas lead `all()`; every type added later is a body shape (see IrDocument.componentTypes).
   */
  readonly componentCount: number;
  private readonly types = new Map<string, IrNamedType>();
  private readonly order: string[] = [];
  private readonly writeNames = new Map<string, string | null>();
  private readonly patchNames = new Map<string, string>();
  private readonly createNames = new Map<string, string>();
  /** Polymorphic base type name → the union of its kinds (see polymorphic.ts). */
  readonly unionOf: ReadonlyMap<string, string>;

  constructor(
    document: Json,
    private readonly names: NameRegistry,
    diagnostics: Diagnostic[],
    onProgress?: ModelProgress,
    /** Whether `@odata.type` hierarchies become unions: Graph's semantics, not a plain OpenAPI document's. */
    odataTypes = false,
  ) {
    const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Json;
    const keys = Object.keys(schemas);
    const short = schemaTypeNames(keys);
    const schemaNames = new Map<string, string>();
    for (const key of keys) {
      const claimed = names.claim('type', short.get(key)!, `#/components/schemas/${key}`, 'Model');
      if (claimed.clashWith) {
        diagnostics.push(
          warning(
            'name-collision',
            `schema "${key}" and ${claimed.clashWith} both become ${short.get(key)} as TypeScript names; this one is named ${claimed.name}`,
            { pointer: pointerJoin('#/components/schemas', key) },
          ),
        );
      }
      schemaNames.set(pointerJoin('#/components/schemas', key), claimed.name);
    }
    this.ctx = { document, schemaNames, diagnostics, stringEnums: new Map() };
    for (const [i, key] of keys.entries()) {
      onProgress?.(i, keys.length, 'schemas');
      const pointer = pointerJoin('#/components/schemas', key);
      this.add(this.fromSchema(schemaNames.get(pointer)!, schemas[key], pointer));
    }
    onProgress?.(keys.length, keys.length, 'schemas');
    // Only once every component is known can a subtype tell whether its bases are object-like.
    for (const name of [...this.order]) this.asInterface(name);
    this.cutDirectCycles();
    const { unions, unionOf } = odataTypes
      ? polymorphicTypes(schemas, schemaNames, names)
      : { unions: [], unionOf: new Map<string, string>() };
    this.unionOf = unionOf;
    for (const name of unionOf.size > 0 ? this.order : []) {
      const named = this.types.get(name)!;
      const type = pageOfUnion(named.type, unionOf);
      if (type !== named.type) this.types.set(name, { ...named, type });
    }
    for (const union of unions) this.add(union);
    this.componentCount = this.order.length;
  }

  /**
   * TypeScript resolves the members of a union or intersection alias, and an interface's bases, at
   * once: a named type that reaches itself only that way (`A: { $ref: A }`, two schemas that allOf
   * each other) cannot be declared. Each such cycle is cut where it closes: the reference becomes
   * unknown, or the base is dropped, with a warning. Object properties and array items defer the
   * reference, so ordinary recursive schemas are left alone.
   */
  private cutDirectCycles(): void {
    const state = new Map<string, 'open' | 'done'>();
    const visit = (name: string): void => {
      state.set(name, 'open');
      const named = this.types.get(name)!;
      const cut: string[] = [];
      const closes = (target: string): boolean => {
        if (state.get(target) === 'open') {
          cut.push(target);
          return true;
        }
        if (!state.has(target) && this.types.has(target)) visit(target);
        return false;
      };
      // Only references a union, an intersection or the type itself holds directly.
      const direct = (type: IrType): IrType =>
        visitType<IrType>(
          type,
          {
            scalar: (t) => t,
            literal: (t) => t,
            array: (t) => t,
            object: (t) => t,
            ref: (t) => (closes(t.name) ? { kind: 'scalar', name: 'unknown' } : t),
            union: (t) => ({ kind: 'union', members: t.members.map(direct) }),
            intersection: (t) => ({ kind: 'intersection', members: t.members.map(direct) }),
          },
          undefined,
        );
      const bases = named.extends?.filter((b) => !closes(b));
      const type = direct(named.type);
      if (cut.length > 0) {
        this.types.set(name, { ...named, type, ...(bases ? { extends: bases } : {}) });
        this.ctx.diagnostics.push(
          warning(
            'schema-cycle',
            `${name} is made of itself through ${cut.join(', ')} (by $ref, allOf, oneOf or anyOf alone), which no TypeScript type can say: that part is typed unknown`,
            { pointer: named.pointer },
          ),
        );
      }
      state.set(name, 'done');
    };
    for (const name of this.order) if (!state.has(name)) visit(name);
  }

  /**
   * A create (POST) body: of a polymorphic base, the union of its kinds' write shapes, each with its `@odata.type`
   * required (Graph cannot create the base itself, and needs to be told which kind); otherwise the write shape.
   */
  toCreate(type: IrType): IrType {
    const union = type.kind === 'ref' ? this.unionOf.get(type.name) : undefined;
    if (!union) return this.toWrite(type);
    let name = this.createNames.get(union);
    if (!name) {
      const named = this.types.get(union)!;
      const members = named.odataTypes!.map((m) => tagged(this.toWrite({ kind: 'ref', name: m.type }), m.value));
      // An open mapping: any other kind is created as the base, naming its kind.
      if (named.odataRest) members.push(tagged(this.toWrite({ kind: 'ref', name: named.odataRest })));
      name = this.addType(
        `${union}Input`,
        named.pointer,
        { kind: 'union', members },
        {
          description: `What creates a ${type.kind === 'ref' ? type.name : union} of one of its kinds: its \`@odata.type\` is required.`,
        },
      );
      this.createNames.set(union, name);
    }
    return { kind: 'ref', name };
  }

  /** The named type called `name`, if there is one yet. */
  get(name: string): IrNamedType | undefined {
    return this.types.get(name);
  }

  /** Every named type, component schemas first (document order), then variants in order of first use. */
  all(): IrNamedType[] {
    return this.order.map((n) => this.types.get(n)!);
  }

  /** Converts and registers an inline schema under `name` (e.g. an operation's inline body). */
  addInline(desired: string, owner: string, schema: unknown, pointer: string): string {
    const name = this.names.claim('type', desired, owner, 'Type').name;
    this.add(this.fromSchema(name, schema, pointer));
    this.asInterface(name);
    return name;
  }

  /** Registers an already-converted type under `desired` (e.g. an inline request body, shaped). */
  addType(desired: string, pointer: string, type: IrType, doc: IrDoc): string {
    const name = this.names.claim('type', desired, pointer, 'Type').name;
    this.add({ name, type, doc, pointer });
    this.asInterface(name);
    return name;
  }

  private add(type: IrNamedType): void {
    this.types.set(type.name, type);
    this.order.push(type.name);
  }

  private fromSchema(name: string, schema: unknown, pointer: string): IrNamedType {
    const s = (schema !== null && typeof schema === 'object' ? schema : {}) as Json;
    const doc = schemaDoc(s);
    const type = schemaToType(this.ctx, schema, pointer);
    if (Array.isArray(s.enum) && isLiteralUnion(type)) {
      const valuesConst = this.names.claim('value', `${camelCase(name)}Values`, pointer, 'List').name;
      const values = (type.kind === 'union' ? type.members : [type]).map((m) =>
        m.kind === 'literal' ? m.value : null,
      );
      return { name, type, doc, pointer, valuesConst, values };
    }
    return { name, type, doc, pointer };
  }

  /**
   * `allOf: [$ref A, $ref B, {properties}]` reads best as `interface X extends A, B`,
   * which TypeScript allows only when X redeclares no property of a base with another type.
   */
  private asInterface(name: string): void {
    const named = this.types.get(name)!;
    const shape = this.interfaceShape(named.type);
    if (shape) this.types.set(name, { ...named, ...shape });
  }

  private interfaceShape(type: IrType): { type: IrType; extends: string[] } | undefined {
    if (type.kind !== 'intersection') return undefined;
    const refs = type.members.filter((m) => m.kind === 'ref');
    const objects = type.members.filter((m) => m.kind === 'object');
    if (refs.length === 0 || objects.length > 1 || refs.length + objects.length !== type.members.length)
      return undefined;
    const own: IrType = objects[0] ?? { kind: 'object', properties: [] };
    if (own.kind !== 'object') return undefined;
    const inherited = new Map<string, string>();
    const inheritedProps = new Map<string, IrProperty>();
    for (const ref of refs) {
      const props = this.flatProperties({ kind: 'ref', name: (ref as { name: string }).name });
      if (!props) return undefined;
      for (const p of props) {
        const key = `${p.required ? '' : '?'}${JSON.stringify(p.type)}`;
        // Two bases that disagree on a property, its optionality included, cannot both be extended.
        if (inherited.has(p.name) && inherited.get(p.name) !== key) return undefined;
        inherited.set(p.name, key);
        inheritedProps.set(p.name, p);
      }
    }
    // A property only made required here (typed unknown) is redeclared with the base's type.
    const properties = own.properties.map((p) => {
      const base = inheritedProps.get(p.name);
      return base && p.type.kind === 'scalar' && p.type.name === 'unknown' ? { ...base, required: true } : p;
    });
    // Redeclaring may narrow (optional → required), never widen: an optional `p?` cannot extend a required `p`.
    const conflict = properties.some(
      (p) =>
        inherited.has(p.name) &&
        (inherited.get(p.name)!.replace(/^\?/, '') !== JSON.stringify(p.type) ||
          (inheritedProps.get(p.name)!.required && !p.required)),
    );
    // A base's typed index signature would have to fit every property added here (TS2411).
    const indexed =
      properties.length > 0 && refs.some((r) => this.hasTypedIndex((r as { name: string }).name, new Set()));
    if (conflict || indexed || own.additional) return undefined;
    return { type: { kind: 'object', properties }, extends: refs.map((r) => (r as { name: string }).name) };
  }

  /** True when the named type, or a base of it, has an index signature narrower than unknown. */
  private hasTypedIndex(name: string, seen: Set<string>): boolean {
    const named = this.types.get(name);
    if (!named || seen.has(name)) return false;
    seen.add(name);
    const additional = named.type.kind === 'object' ? named.type.additional : undefined;
    if (additional && !(additional.kind === 'scalar' && additional.name === 'unknown')) return true;
    return (named.extends ?? []).some((b) => this.hasTypedIndex(b, seen));
  }

  /** All properties of an object-like type, bases first; undefined when it is not object-like. */
  flatProperties(type: IrType, seen: ReadonlySet<string> = new Set()): IrProperty[] | undefined {
    return visitType(type, this.flatVisitor, seen);
  }

  private readonly flatVisitor: IrTypeVisitor<IrProperty[] | undefined, ReadonlySet<string>> = {
    scalar: () => undefined,
    literal: () => undefined,
    array: () => undefined,
    union: () => undefined,
    object: (type) => [...type.properties],
    ref: (type, seen) => {
      const named = this.types.get(type.name);
      if (!named || seen.has(type.name)) return undefined;
      const next = new Set([...seen, type.name]);
      const bases = (named.extends ?? []).map((b) => this.flatProperties({ kind: 'ref', name: b }, next));
      const own = this.flatProperties(named.type, next);
      if (!own || bases.some((b) => !b)) return undefined;
      return mergeProperties([...bases.flatMap((b) => b!), ...own]);
    },
    intersection: (type, seen) => {
      const parts = type.members.map((m) => this.flatProperties(m, seen));
      return parts.some((p) => !p) ? undefined : mergeProperties(parts.flatMap((p) => p!));
    },
  };

  /** The type as sent in a request body: read-only properties left out, all the way down. */
  toWrite(type: IrType): IrType {
    return visitType(type, this.writeVisitor, undefined);
  }

  private readonly writeVisitor: IrTypeVisitor<IrType> = {
    scalar: (type) => type,
    literal: (type) => type,
    ref: (type) => {
      const write = this.writeVariant(type.name);
      if (write === EMPTY) return { kind: 'object', properties: [] };
      return write ? { kind: 'ref', name: write } : type;
    },
    object: (type) => ({
      ...type,
      properties: type.properties.filter((p) => !p.readOnly).map((p) => ({ ...p, type: this.toWrite(p.type) })),
      ...(type.additional ? { additional: this.toWrite(type.additional) } : {}),
    }),
    array: (type) => ({ kind: 'array', items: this.toWrite(type.items) }),
    union: (type) => ({ kind: 'union', members: type.members.map((m) => this.toWrite(m)) }),
    intersection: (type) => {
      // A base with nothing to send adds nothing to the other members; left in, its closed
      // `{ [key: string]: never }` would forbid their properties (Azure's all-read-only Resource).
      const members = type.members.map((m) => this.toWrite(m));
      const kept = members.filter(
        (m, i) =>
          !(type.members[i]!.kind === 'ref' && m.kind === 'object' && m.properties.length === 0 && !m.additional),
      );
      if (kept.length === 0) return members[0]!;
      return kept.length === 1 ? kept[0]! : { kind: 'intersection', members: kept };
    },
  };

  /** The body of a PATCH: the write type with every top-level property optional (null only where allowed). */
  toPatch(type: IrType): IrType {
    if (type.kind === 'ref') {
      const known = this.patchNames.get(type.name);
      if (known) return { kind: 'ref', name: known };
      const props = this.flatProperties(type);
      if (!props) return this.toWrite(type);
      const base = this.types.get(type.name)!;
      const name = this.names.claim('type', `${type.name}Update`, `${base.pointer} (PATCH body)`, 'Type').name;
      this.patchNames.set(type.name, name);
      this.add({
        name,
        pointer: base.pointer,
        doc: {
          ...base.doc,
          description: joinDoc(
            base.doc.description,
            `The body of a PATCH of ${type.name}: only the properties to change; read-only properties are left out.`,
          ),
        },
        type: this.optionalWrite(props, type),
      });
      return { kind: 'ref', name };
    }
    if (type.kind === 'union') return { kind: 'union', members: type.members.map((m) => this.toPatch(m)) };
    const props = this.flatProperties(type);
    return props ? this.optionalWrite(props, type) : this.toWrite(type);
  }

  private optionalWrite(props: IrProperty[], original: IrType): IrType {
    const additional = original.kind === 'object' ? original.additional : undefined;
    const properties = props
      .filter((p) => !p.readOnly)
      .map((p) => ({ ...p, required: false, type: this.toWrite(p.type) }));
    return additional
      ? { kind: 'object', properties, additional: this.toWrite(additional) }
      : { kind: 'object', properties };
  }

  /** Name of the write variant of a named type, made on first use; null when the type has nothing read-only. */
  private writeVariant(name: string): string | undefined {
    if (this.writeNames.has(name)) return this.writeNames.get(name) ?? undefined;
    if (!this.hasReadOnly({ kind: 'ref', name }, new Set())) {
      this.writeNames.set(name, null);
      return undefined;
    }
    const base = this.types.get(name)!;
    const variant = this.names.claim('type', `${name}Input`, `${base.pointer} (request body)`, 'Type').name;
    this.writeNames.set(name, variant);
    const type = this.toWrite(base.type);
    const bases = (base.extends ?? []).map((b) => this.writeVariant(b) ?? b).filter((b) => b !== EMPTY);
    // Nothing left to send (every property read-only): no type; a reference to it becomes `{}`-with-nothing.
    if (type.kind === 'object' && type.properties.length === 0 && !type.additional && bases.length === 0) {
      this.writeNames.set(name, EMPTY);
      return EMPTY;
    }
    this.add({
      name: variant,
      pointer: base.pointer,
      doc: {
        ...base.doc,
        description: joinDoc(
          base.doc.description,
          `${name} as sent in a request body: read-only properties are left out.`,
        ),
      },
      type,
      ...(bases.length > 0 ? { extends: bases } : {}),
    });
    return variant;
  }

  private hasReadOnly(type: IrType, seen: Set<string>): boolean {
    return visitType(type, this.readOnlyVisitor, seen);
  }

  private readonly readOnlyVisitor: IrTypeVisitor<boolean, Set<string>> = {
    scalar: () => false,
    literal: () => false,
    ref: (type, seen) => {
      if (seen.has(type.name)) return false;
      seen.add(type.name);
      const named = this.types.get(type.name);
      if (!named) return false;
      return (
        (named.extends ?? []).some((b) => this.hasReadOnly({ kind: 'ref', name: b }, seen)) ||
        this.hasReadOnly(named.type, seen)
      );
    },
    object: (type, seen) =>
      type.properties.some((p) => p.readOnly || this.hasReadOnly(p.type, seen)) ||
      (!!type.additional && this.hasReadOnly(type.additional, seen)),
    array: (type, seen) => this.hasReadOnly(type.items, seen),
    union: (type, seen) => type.members.some((m) => this.hasReadOnly(m, seen)),
    intersection: (type, seen) => type.members.some((m) => this.hasReadOnly(m, seen)),
  };
}

/** The write variant of a type whose every property is read-only: there is nothing to send. */
const EMPTY = '';

function isLiteralUnion(type: IrType): boolean {
  const members = type.kind === 'union' ? type.members : [type];
  return members.every((m) => m.kind === 'literal' || (m.kind === 'scalar' && m.name === 'null'));
}

/** Later declarations of a property replace earlier ones, keeping the first position. */
function mergeProperties(props: IrProperty[]): IrProperty[] {
  const byName = new Map<string, IrProperty>();
  for (const p of props) byName.set(p.name, p);
  return [...byName.values()];
}

function joinDoc(first: string | undefined, second: string): string {
  return first ? `${first}\n\n${second}` : second;
}
