import { findProperty } from './collection.js';
import type { IrParameter, IrParameterListName, IrType, IrTypeLookup } from './ir.js';
import { pascalCase, type NameRegistry } from './naming.js';

/** OData's collection options: a query list with any of them reads a list of items. */
const COLLECTION_OPTIONS = new Set(['$top', '$skip', '$search', '$filter', '$count', '$orderby']);

/**
 * Names for the types of query and header parameter lists, after what a list holds rather than
 * after an operation: identical lists share one type, so removing an operation never renames
 * another operation's type. A list of OData options is named for the entity the operation returns
 * and its kind (`UserListQuery` pages and filters users, `UserQuery` selects one user's
 * properties); any other query list by its parameters (`StartDateTimeEndDateTimeQuery`), a header
 * list by its headers (`IfMatchHeaders`). A different list that would take a name already given
 * gets a suffix made from its own content, whatever came before it.
 */
export class ParameterListNames {
  private readonly byContent = new Map<string, IrParameterListName>();
  private readonly contentOf = new Map<string, string>();

  constructor(
    private readonly names: NameRegistry,
    private readonly types: IrTypeLookup,
  ) {}

  /** The type of an operation's query (or header) list, declared in `group`'s file when it is new. */
  of(
    place: 'query' | 'header',
    params: readonly IrParameter[],
    success: IrType | undefined,
    group: string,
    pointer: string,
  ): IrParameterListName | undefined {
    if (params.length === 0) return undefined;
    const content = `${place}\n${JSON.stringify(params)}`;
    const known = this.byContent.get(content);
    if (known) return known;
    let base = place === 'header' ? `${namesOf(params)}Headers` : `${this.subject(params, success)}Query`;
    const taken = this.contentOf.get(base);
    if (taken !== undefined && taken !== content) base += contentTag(content);
    this.contentOf.set(base, content);
    const list = { name: this.names.claim('type', base, pointer, 'Type').name, group };
    this.byContent.set(content, list);
    return list;
  }

  /** `UserList`, `User`, or the parameters' names where the list is not only OData's options or no entity is returned. */
  private subject(params: readonly IrParameter[], success: IrType | undefined): string {
    const entity = success && entityOf(success, this.types);
    if (!entity || !params.every((p) => p.name.startsWith('$'))) return namesOf(params);
    return params.some((p) => COLLECTION_OPTIONS.has(p.name)) ? `${entity}List` : entity;
  }
}

/**
 * The entity a success type holds: the items of a collection's `value` or of an array, or the type itself (a union's
 * one named member).
 */
function entityOf(type: IrType, types: IrTypeLookup): string | undefined {
  if (type.kind === 'array') return namedIn(type.items);
  const value = findProperty(type, 'value', types)?.type;
  return value?.kind === 'array' ? namedIn(value.items) : namedIn(type);
}

/** A named type, or the one named member of a union (`User | {…} | null`). */
function namedIn(type: IrType): string | undefined {
  if (type.kind === 'ref') return type.name;
  const named = type.kind === 'union' ? type.members.filter((t) => t.kind === 'ref') : [];
  return named.length === 1 ? named[0]!.name : undefined;
}

/** The parameters' names, cased and joined (`$select`, `$expand` → `SelectExpand`); at most four. */
function namesOf(params: readonly IrParameter[]): string {
  const shown = params.slice(0, 4).map((p) => pascalCase(p.name));
  return shown.join('') + (params.length > 4 ? 'Etc' : '');
}

/** Four letters that tell one list's content from another's (its FNV-1a hash, spelled in letters). */
function contentTag(content: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < content.length; i++) hash = Math.imul(hash ^ content.charCodeAt(i), 0x01000193);
  let tag = '';
  for (let n = hash >>> 0, i = 0; i < 4; i++, n = Math.floor(n / 26)) tag += String.fromCharCode(97 + (n % 26));
  return tag[0]!.toUpperCase() + tag.slice(1);
}
