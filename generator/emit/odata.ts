/**
 * OData's `$select` and `$expand` in the operations' types: a query type whose lists are type parameters, and an
 * operation generic in them, whose result is the entity narrowed to what the lists ask for (runtime/odata.ts).
 */
import type { IrOperation, IrParameter, IrType, IrTypeLookup } from '../model/ir.js';
import { typeText } from './code.js';

/** The query options that narrow a result, each a type parameter of the query type and of its operation. */
const OPTIONS = [
  { name: '$select', parameter: 'Select', of: 'SelectOf' },
  { name: '$expand', parameter: 'Expand', of: 'ExpandOf' },
] as const;

/** The type parameters' names, claimed from spec names so that they shadow no model type in a signature. */
export const ODATA_CLAIMS = OPTIONS.map((o) => o.parameter);

/** A query type's OData lists: the header of its type parameters, and the parameter each list is typed with. */
export interface ODataGenerics {
  /** `<Select extends readonly (…)[] = readonly (…)[], …>` */
  readonly header: string;
  /** By wire name: the type parameter a list is typed with. */
  readonly members: ReadonlyMap<string, string>;
}

/**
 * The OData lists among query parameters (each with its wire type): `$select` and `$expand` when they are arrays of
 * names, as Graph's descriptions give them. Undefined when there is none; other lists are left as they are.
 */
export function odataGenerics(params: readonly { param: IrParameter; wire: IrType }[]): ODataGenerics | undefined {
  const members = new Map<string, string>();
  const header: string[] = [];
  for (const option of OPTIONS) {
    const found = params.find((p) => p.param.name === option.name);
    if (!found || found.wire.kind !== 'array' || !namesOnly(found.wire.items)) continue;
    const list = `readonly ${typeText(found.wire)}`;
    header.push(`${option.parameter} extends ${list} = ${list}`);
    members.set(option.name, option.parameter);
  }
  return members.size > 0 ? { header: `<${header.join(', ')}>`, members } : undefined;
}

/** True for a string literal, or a union of them: a list of names. */
function namesOnly(type: IrType): boolean {
  if (type.kind === 'literal') return typeof type.value === 'string';
  return type.kind === 'union' && type.members.every((m) => m.kind === 'literal' && typeof m.value === 'string');
}

/**
 * True for a page of a collection: an object with a `value` array (in Graph, beside the base page's `@odata.nextLink`).
 */
function isPage(type: IrType): boolean {
  if (type.kind === 'intersection') return type.members.some(isPage);
  return type.kind === 'object' && type.properties.some((p) => p.name === 'value' && p.type.kind === 'array');
}

/** How an operation with OData lists in its query type `queryName` is typed: its type parameters, query and result. */
export interface ODataSignature {
  /** `<const Select extends SelectOf<Q> = never, …>` */
  readonly typeParameters: { name: string; constraint: string; default: string; isConst: true }[];
  /** The query type with the operation's type parameters. */
  readonly query: string;
  /** The result type, narrowed. */
  readonly result: string;
  /** Runtime types the signature uses. */
  readonly runtime: readonly string[];
}

/**
 * The signature of an operation whose query type takes OData lists, when its answer can be narrowed: a named entity,
 * or a page of them (a named type with a `value` array). Undefined otherwise: the query type is then used as declared.
 */
export function odataSignature(
  op: IrOperation,
  queryName: string,
  generics: ODataGenerics,
  types: IrTypeLookup,
): ODataSignature | undefined {
  const success = op.successType;
  if (!success || success.kind !== 'ref' || !types.get(success.name)) return undefined;
  const used = OPTIONS.filter((o) => generics.members.has(o.name));
  if (!used.some((o) => o.name === '$select')) return undefined;
  const wrapper = isPage(types.get(success.name)!.type) ? 'SelectedPage' : 'Selected';
  const expand = used.some((o) => o.name === '$expand') ? 'Expand' : 'never';
  return {
    typeParameters: used.map((o) => ({
      name: o.parameter,
      constraint: `${o.of}<${queryName}>`,
      default: 'never',
      isConst: true,
    })),
    query: `${queryName}<${used.map((o) => o.parameter).join(', ')}>`,
    result: `${wrapper}<${success.name}, Select, ${expand}, ${queryName}>`,
    runtime: [wrapper, ...used.map((o) => o.of)],
  };
}
