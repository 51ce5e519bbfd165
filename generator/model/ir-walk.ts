/**
 * The one way to walk an IR type. Every walk is a visitor with one handler per kind: a kind added
 * to IrType is a compile error in each visitor until it says what to do with it.
 */
import type { IrType } from './ir.js';

/** An IR type of one kind. */
export type IrTypeOf<K extends IrType['kind']> = Extract<IrType, { readonly kind: K }>;

/** One handler per kind of IR type, each given the type and the walk's own argument. */
export type IrTypeVisitor<R, A = undefined> = {
  readonly [K in IrType['kind']]: (type: IrTypeOf<K>, arg: A) => R;
};

/** Calls the visitor's handler for the type's kind. */
export function visitType<R, A = undefined>(type: IrType, visitor: IrTypeVisitor<R, A>, arg: A): R {
  switch (type.kind) {
    case 'scalar':
      return visitor.scalar(type, arg);
    case 'literal':
      return visitor.literal(type, arg);
    case 'ref':
      return visitor.ref(type, arg);
    case 'array':
      return visitor.array(type, arg);
    case 'object':
      return visitor.object(type, arg);
    case 'union':
      return visitor.union(type, arg);
    case 'intersection':
      return visitor.intersection(type, arg);
    default:
      return unreachable(type);
  }
}

/** Names of the named types a type refers to, anywhere inside it, added to `into`. */
export function referencedTypes(type: IrType, into: Set<string> = new Set()): Set<string> {
  visitType(type, REFERENCES, into);
  return into;
}

const REFERENCES: IrTypeVisitor<void, Set<string>> = {
  scalar: () => undefined,
  literal: () => undefined,
  ref: (t, into) => void into.add(t.name),
  array: (t, into) => visitType(t.items, REFERENCES, into),
  object: (t, into) => {
    for (const p of t.properties) visitType(p.type, REFERENCES, into);
    if (t.additional) visitType(t.additional, REFERENCES, into);
  },
  union: (t, into) => t.members.forEach((m) => visitType(m, REFERENCES, into)),
  intersection: (t, into) => t.members.forEach((m) => visitType(m, REFERENCES, into)),
};

/** For a switch's default branch: the compiler proves it is never reached. */
export function unreachable(value: never): never {
  throw new Error(`internal: unexpected IR type ${JSON.stringify(value)}`);
}
