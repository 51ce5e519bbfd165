/**
 * The README's OData samples, where a package has them: a list read with `$select` and `$expand` (its items typed
 * with the selected and expanded properties only), and a polymorphic read told apart by a type guard.
 */
import type { IrDocument, IrOperation, IrParameter, IrType, IrTypeLookup } from './model/ir.js';
import { itemType, literals } from './readme-workflow.js';

/** What the package README's OData section names. */
export interface ODataExample {
  /** A `$select` read, when an operation takes `$select` as a list of names. */
  readonly select?: {
    readonly functionName: string;
    /** The call's params, `query` included. */
    readonly params: string;
    /** The property names the sample selects, and reads. */
    readonly selected: readonly string[];
    /** A navigation property it expands, when the operation takes `$expand` as a list. */
    readonly expanded?: string;
    /** A property it does not select: reading it is a compile error. */
    readonly unselected?: string;
    /** True for a page (`value` holds the items), false for one entity. */
    readonly page: boolean;
  };
  /** A polymorphic read, when an operation returns a union of kinds (or a page of one). */
  readonly guard?: {
    readonly functionName: string;
    readonly params: string;
    readonly guard: string;
    /** The kind's `@odata.type`, a literal once the guard narrowed the value (any string before). */
    readonly value: string;
    /** The union also holds kinds its mapping does not name (`x-open-mapping`). */
    readonly open: boolean;
    /** Whether the guard is what makes `@odata.type` that literal (not so for a union of one kind). */
    readonly narrows: boolean;
    /** A property the kind has, read once the guard narrowed the value. */
    readonly property?: string;
    readonly page: boolean;
  };
}

/** The OData samples of a Graph package (none for the plain profile, whose lists mean what its API says). */
export function odataExample(ir: IrDocument): ODataExample | undefined {
  if (ir.profile.kind !== 'graph') return undefined;
  const types: IrTypeLookup = new Map(ir.types.map((t) => [t.name, t]));
  const select = selectExample(ir.operations, types);
  const guard = guardExample(ir.operations, types);
  return select || guard ? { ...(select ? { select } : {}), ...(guard ? { guard } : {}) } : undefined;
}

function selectExample(operations: readonly IrOperation[], types: IrTypeLookup): ODataExample['select'] {
  const names = (op: IrOperation, option: string): string[] => {
    const param = op.queryParams.find((p) => p.name === option);
    return param && param.type.kind === 'array' ? [...literals(param.type.items, types)] : [];
  };
  // A list that both selects and expands shows the most; then any read that selects (the first in document order of the
  // best).
  let op: IrOperation | undefined;
  let best = 0;
  for (const candidate of operations) {
    if (candidate.method !== 'GET' || names(candidate, '$select').length === 0) continue;
    const rank = score(candidate, names);
    if (rank > best) [op, best] = [candidate, rank];
  }
  if (!op) return undefined;
  const navigation = names(op, '$expand').filter((n) => n !== '*');
  const plain = names(op, '$select').filter((n) => !navigation.includes(n));
  const preferred = ['id', 'displayName'].filter((n) => plain.includes(n));
  const selected = (preferred.length === 2 ? preferred : plain.slice(0, 2)).slice(0, 2);
  if (selected.length === 0) return undefined;
  const unselected = plain.find((n) => !selected.includes(n));
  const expanded = navigation[0];
  const query = [
    `$select: [${selected.map(quoted).join(', ')}]`,
    ...(expanded ? [`$expand: [${quoted(expanded)}]`] : []),
  ];
  return {
    functionName: op.functionName,
    params: paramsText(op.pathParams, `query: { ${query.join(', ')} }`),
    selected,
    ...(expanded ? { expanded } : {}),
    ...(unselected ? { unselected } : {}),
    page: !!op.collection,
  };
}

const score = (op: IrOperation, names: (op: IrOperation, option: string) => string[]): number =>
  (names(op, '$select').length > 0 ? 1 : 0) +
  (names(op, '$expand').some((n) => n !== '*') ? 2 : 0) +
  (op.collection ? 1 : 0);

function guardExample(operations: readonly IrOperation[], types: IrTypeLookup): ODataExample['guard'] {
  for (const op of operations) {
    if (op.method !== 'GET' || !op.successType) continue;
    const page = !!op.collection;
    const held = page ? itemType(op, types) : op.successType;
    const union = held?.kind === 'ref' ? types.get(held.name) : undefined;
    const kind = union?.odataTypes?.[0];
    if (!kind) continue;
    const base = types.get(kind.type);
    const property = base && ownProperty(base.type);
    return {
      functionName: op.functionName,
      params: paramsText(op.pathParams),
      guard: kind.guard,
      value: quoted(kind.value),
      open: !!union.odataRest,
      narrows: !!union.odataRest || union.odataTypes!.length > 1,
      ...(property ? { property } : {}),
      page,
    };
  }
  return undefined;
}

/** The first property a kind declares itself (its interface's own, not its bases'), when it declares one. */
function ownProperty(type: IrType): string | undefined {
  return type.kind === 'object' ? type.properties.find((p) => /^[A-Za-z_$][\w$]*$/.test(p.name))?.name : undefined;
}

function paramsText(pathParams: readonly IrParameter[], ...more: string[]): string {
  const parts = [...pathParams.map((p) => `${p.property ?? p.name}: '…'`), ...more];
  return parts.length ? `{ ${parts.join(', ')} }` : '';
}

const quoted = (name: string): string => `'${name.replace(/[\\']/g, '\\$&')}'`;
