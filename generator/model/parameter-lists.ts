import { findProperty } from './collection.js';
import type { IrParameter, IrParameterListName, IrType, IrTypeLookup } from './ir.js';
import { pascalCase, type NameRegistry } from './naming.js';
import { hasNavigation } from './navigation.js';

/** OData's collection options: a query list with any of them reads a list of items. */
const COLLECTION_OPTIONS = new Set(['$top', '$skip', '$search', '$filter', '$count', '$orderby']);
/**
 * The options of an entity's standard list: `$expand` where the entity has something to expand;
 * `$search`, which only some collections have, may be there too.
 */
const STANDARD_LIST = ['$top', '$skip', '$filter', '$count', '$orderby', '$select'];

/**
 * What a list's words say of it: the entity's name and kind, with the options its standard list has
 * and may have (see `isStandard`), or only its parameters' names.
 */
interface Subject {
  readonly words: string;
  readonly standard?: { readonly has: readonly string[]; readonly may: readonly string[] };
}

/**
 * Names for the types of query and header parameter lists, after what a list holds rather than
 * after an operation: identical lists share one type. A list of OData options is named for the
 * entity the operation returns and its kind (`UserListQuery` pages and filters users, `UserQuery`
 * selects one user's properties); any other query list by its parameters (`PeriodQuery`), a header
 * list by its headers (`IfMatchHeaders`). A list's name depends on its own content only, never on
 * which other operations exist: the standard list for its words (see `isStandard`) takes the words
 * alone, any other list four letters made from its content too (`UserListQueryXtge` for a delta
 * without `$expand`, `IfMatchHeadersLoqc` for a required `If-Match`). Two different standard lists with
 * the same words (a description or a schema apart, or an entity with nothing to expand read both
 * with and without `$expand`) are the one case left to order: the later ones take their letters.
 */
export class ParameterListNames {
  private readonly byContent = new Map<string, IrParameterListName>();
  /** The content of the standard list each plain name was given to. */
  private readonly contentOf = new Map<string, string>();
  private readonly navigation = new Map<string, boolean>();

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
    const subject = place === 'header' ? { words: namesOf(params) } : this.subject(params, success);
    let base = `${subject.words}${place === 'header' ? 'Headers' : 'Query'}`;
    const plain = isStandard(params, subject.standard) && (this.contentOf.get(base) ?? content) === content;
    if (plain) this.contentOf.set(base, content);
    else base += contentTag(content);
    const list = { name: this.names.claim('type', base, pointer, 'Type').name, group };
    this.byContent.set(content, list);
    return list;
  }

  /**
   * `UserList`, `User`, or the parameters' names where the list is not only OData's options or no entity is returned.
   */
  private subject(params: readonly IrParameter[], success: IrType | undefined): Subject {
    const entity = success && entityOf(success, this.types);
    if (!entity || !params.every((p) => p.name.startsWith('$'))) return { words: namesOf(params) };
    // `$expand` on a type with nothing to expand is harmless: Graph offers it, a curated spec may leave it out.
    const expand = this.expandable(entity) ? { has: ['$expand'], may: [] } : { has: [], may: ['$expand'] };
    return params.some((p) => COLLECTION_OPTIONS.has(p.name))
      ? {
          words: `${entity}List`,
          standard: { has: [...STANDARD_LIST, ...expand.has], may: ['$search', ...expand.may] },
        }
      : { words: entity, standard: { has: ['$select', ...expand.has], may: expand.may } };
  }

  /** Whether an entity has something to `$expand`, asked once per entity. */
  private expandable(entity: string): boolean {
    let known = this.navigation.get(entity);
    if (known === undefined) this.navigation.set(entity, (known = hasNavigation(entity, this.types)));
    return known;
  }
}

/**
 * Whether a list is the one its words name without letters, judged from the list (and its entity's
 * type) alone: nothing in it required; an entity's list or read with exactly the options its
 * standard has, and any it may have; a list named by its parameters' names as it is.
 */
function isStandard(params: readonly IrParameter[], standard: Subject['standard']): boolean {
  if (params.some((p) => p.required)) return false;
  if (!standard) return true;
  const names = new Set(params.map((p) => p.name));
  const known = (name: string) => standard.has.includes(name) || standard.may.includes(name);
  return names.size === params.length && standard.has.every((o) => names.has(o)) && [...names].every(known);
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
