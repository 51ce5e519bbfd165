import { findProperty } from './model/collection.js';
import { visitType, type IrTypeVisitor } from './model/ir-walk.js';
import type { IrDocument, IrOperation, IrType, IrTypeLookup } from './model/ir.js';

/** What the package README's workflow sample names: a paged list, the PATCH of its items, their parameters. */
export interface WorkflowExample {
  /** The paging function of the list (`listXAll`). */
  readonly all: string;
  /** The update of one item. */
  readonly update: string;
  /** The items' type. */
  readonly item: string;
  /** The list's path parameters, as `name: value` pairs of the sample. */
  readonly listParams: string;
  /** The update's own path parameter: the item's key. */
  readonly itemParam: string;
}

/**
 * The README's workflow, "find every item whose status is error and mark it", where a package can run it: a pageable
 * GET with `$filter` and `$select`, a PATCH one path segment below it, and items with a `status` that can be 'error'
 * and 'remediated' (Intune's complianceStatus). Undefined for packages without such a resource.
 */
export function workflowExample(ir: IrDocument): WorkflowExample | undefined {
  const types: IrTypeLookup = new Map(ir.types.map((t) => [t.name, t]));
  for (const list of ir.operations) {
    if (list.method !== 'GET' || !list.collection || !list.successType) continue;
    if (!['$filter', '$select'].every((q) => list.queryParams.some((p) => p.name === q))) continue;
    const update = ir.operations.find(
      (op) =>
        op.method === 'PATCH' &&
        op.body &&
        op.path.startsWith(`${list.path}/{`) &&
        /^\/\{[^}/]+\}$/.test(op.path.slice(list.path.length)),
    );
    const item = itemType(list, types);
    const status = item && findProperty(item, 'status', types);
    if (
      !update ||
      item?.kind !== 'ref' ||
      !status ||
      !['error', 'remediated'].every((v) => literals(status.type, types).has(v))
    )
      continue;
    return {
      all: list.collection.allName,
      update: update.functionName,
      item: item.name,
      listParams: list.pathParams
        .map((p) => `${identifierOrQuoted(p.name)}: process.env.${envName(p.name)}!`)
        .join(', '),
      itemParam: identifierOrQuoted(update.pathParams[update.pathParams.length - 1]!.name),
    };
  }
  return undefined;
}

/** The item type of a collection operation: its `value` array's items. */
export function itemType(op: IrOperation, types: IrTypeLookup): IrType | undefined {
  const value = findProperty(op.successType!, 'value', types)?.type;
  const array = value?.kind === 'union' ? value.members.find((m) => m.kind === 'array') : value;
  return array?.kind === 'array' ? array.items : undefined;
}

/** The string values a type allows (an enum, a union of literals, through refs). */
export function literals(type: IrType, types: IrTypeLookup): Set<string> {
  const found = new Set<string>();
  visitType(type, LITERALS, { types, found, seen: new Set<string>() });
  return found;
}

const nothing = (): void => undefined;
const LITERALS: IrTypeVisitor<void, { types: IrTypeLookup; found: Set<string>; seen: Set<string> }> = {
  scalar: nothing,
  array: nothing,
  object: nothing,
  intersection: nothing,
  literal: (t, walk) => void (typeof t.value === 'string' && walk.found.add(t.value)),
  union: (t, walk) => t.members.forEach((m) => visitType(m, LITERALS, walk)),
  ref: (t, walk) => {
    const named = walk.types.get(t.name);
    if (named && !walk.seen.has(t.name)) visitType(named.type, LITERALS, { ...walk, seen: walk.seen.add(t.name) });
  },
};

const identifierOrQuoted = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** `deviceConfigurationId` → `DEVICE_CONFIGURATION_ID`. */
const envName = (name: string): string =>
  name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z\d]+/g, '_')
    .toUpperCase();
