import { findProperty, type NamedTypes } from './model/collection.js';
import type { IrDocument, IrOperation, IrType } from './model/ir.js';

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
  const types: NamedTypes = new Map(ir.types.map((t) => [t.name, t]));
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
    if (!update || item?.kind !== 'ref' || !status || !['error', 'remediated'].every((v) => literals(status.type, types).has(v))) continue;
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
function itemType(op: IrOperation, types: NamedTypes): IrType | undefined {
  const value = findProperty(op.successType!, 'value', types)?.type;
  const array = value?.kind === 'union' ? value.members.find((m) => m.kind === 'array') : value;
  return array?.kind === 'array' ? array.items : undefined;
}

/** The string values a type allows (an enum, a union of literals, through refs). */
function literals(type: IrType, types: NamedTypes, seen = new Set<string>()): Set<string> {
  if (type.kind === 'literal') return new Set(typeof type.value === 'string' ? [type.value] : []);
  if (type.kind === 'union') return new Set(type.members.flatMap((m) => [...literals(m, types, seen)]));
  if (type.kind === 'ref' && !seen.has(type.name)) {
    const named = types.get(type.name);
    return named ? literals(named.type, types, seen.add(type.name)) : new Set();
  }
  return new Set();
}

const identifierOrQuoted = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** `deviceConfigurationId` → `DEVICE_CONFIGURATION_ID`. */
const envName = (name: string): string =>
  name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z\d]+/g, '_')
    .toUpperCase();
