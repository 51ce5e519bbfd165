/**
 * Every identifier the output uses is decided here, before anything is emitted:
 * spelling (camel/Pascal case), reserved words, and clashes.
 */

import { isIdentifier } from '../identifier.js';

/** Words that cannot name a binding (ES strict mode plus TypeScript's own type names). */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await async arguments eval ' +
    'any unknown never object string number boolean symbol bigint undefined type of as satisfies keyof infer is declare module namespace require global'
  ).split(' '),
);

/**
 * Globals the generated modules use: a spec name equal to one would shadow it, so it gets a suffix
 * instead. The names of the output's own declarations are the emitters' claims (see emit/registry.ts).
 */
const GLOBALS: ReadonlySet<string> = new Set(
  (
    'Promise Error TypeError Object Array Date String Number Boolean Symbol Record Partial Readonly Required Pick Omit ' +
    'Exclude Extract NonNullable ReturnType Parameters Map Set WeakMap Function RegExp JSON Math Uint8Array ArrayBuffer ' +
    'Blob Headers Response Request URL AbortSignal AbortController globalThis console fetch crypto setTimeout'
  ).split(' '),
);

/** Splits any string into words at separators and lower→upper case changes. */
export function words(raw: string): string[] {
  // Names of a large spec are nearly all ASCII, where one scan does what the Unicode patterns do.
  if (!/^[\x00-\x7f]*$/.test(raw)) {
    return raw
      .split(/[^\p{L}\p{Nd}]+/u)
      .filter(Boolean)
      .flatMap((part) => part.split(/(?<=[\p{Ll}\p{Nd}])(?=\p{Lu})/u));
  }
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i <= raw.length; i++) {
    const kind = i < raw.length ? asciiKind(raw.charCodeAt(i)) : OTHER;
    if (kind === OTHER) {
      if (start >= 0) found.push(raw.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    } else if (kind === UPPER && asciiKind(raw.charCodeAt(i - 1)) !== UPPER) {
      found.push(raw.slice(start, i));
      start = i;
    }
  }
  return found;
}

const OTHER = 0;
const UPPER = 1;
const LOWER_OR_DIGIT = 2;

function asciiKind(code: number): number {
  if (code >= 65 && code <= 90) return UPPER;
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? LOWER_OR_DIGIT : OTHER;
}

/** Cased names already computed: a large spec cases the same strings thousands of times. */
const pascalCache = new Map<string, string>();

/** `microsoft.graph.deviceStatus` → `MicrosoftGraphDeviceStatus`. */
export function pascalCase(raw: string): string {
  let cased = pascalCache.get(raw);
  if (cased === undefined) {
    cased = safeStart(words(raw).map(capitalized).join(''));
    if (pascalCache.size > 100_000) pascalCache.clear();
    pascalCache.set(raw, cased);
  }
  return cased;
}

/** `Update-Device status` → `updateDeviceStatus`; a leading acronym is lowered whole (`URLPath` → `urlPath`). */
export function camelCase(raw: string): string {
  return lowerLead(pascalCase(raw));
}

/** A Pascal-cased name with its leading word, or acronym, lowered. */
function lowerLead(pascal: string): string {
  const lead = /^\p{Lu}+(?=\p{Lu}\p{Ll})|^\p{Lu}+/u.exec(pascal)?.[0] ?? '';
  return pascal.startsWith('_') ? pascal : lead.toLowerCase() + pascal.slice(lead.length);
}

function capitalized(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

function safeStart(name: string): string {
  if (name === '') return '_';
  return /^\p{Nd}/u.test(name) ? `_${name}` : name;
}

/**
 * A path parameter that took another property name than its own would be, because another parameter of the path has it.
 */
export interface PathParamClash {
  readonly wire: string;
  readonly wanted: string;
  readonly property: string;
  /** The parameter that has `wanted`. */
  readonly other: string;
}

/**
 * The property of the params object each path parameter of one template is given: its wire name
 * when that is an identifier, else its camelCase (`user-id` → `userId`; the wire name stays in the
 * URL). Identifiers keep theirs; a camelCase name another parameter already has is numbered.
 */
export function pathParamProperties(wireNames: readonly string[]): {
  properties: Map<string, string>;
  clashes: PathParamClash[];
} {
  const owners = new Map(wireNames.filter(isIdentifier).map((w) => [w, w]));
  const properties = new Map(owners);
  const clashes: PathParamClash[] = [];
  for (const wire of wireNames) {
    if (properties.has(wire)) continue;
    const wanted = camelCase(wire);
    let property = wanted;
    for (let n = 2; owners.has(property); n++) property = `${wanted}${n}`;
    if (property !== wanted) clashes.push({ wire, wanted, property, other: owners.get(wanted)! });
    owners.set(property, wire);
    properties.set(wire, property);
  }
  return { properties, clashes };
}

/** The namespaces output names live in: type names and value (function/const) names. */
export type NamePool = 'type' | 'value';

/** Hands out unique identifiers per pool; the first to ask for a name gets it. */
export class NameRegistry {
  private readonly taken: Record<NamePool, Map<string, string>> = { type: new Map(), value: new Map() };
  private readonly kept: ReadonlySet<string>;

  /** `kept`: identifiers the output declares itself (the emitters' claims), never given to a spec name. */
  constructor(kept: Iterable<string> = []) {
    this.kept = new Set(kept);
  }

  /**
   * Claims `desired` (already cased) for `owner`. Reserved or output-owned names get `suffix`;
   * a name already claimed gets a number, and the first owner is returned as `clashWith`.
   */
  claim(pool: NamePool, desired: string, owner: string, suffix: string): { name: string; clashWith?: string } {
    const map = this.taken[pool];
    // The index re-exports types and values with `export *`, where one name may not come from two
    // modules whatever it means: a name that cannot be cased (`用户`, `_1`) must be unique across pools.
    const used = (name: string) => this.taken.type.has(name) || this.taken.value.has(name);
    let base = desired;
    if (RESERVED.has(base) || GLOBALS.has(base) || this.kept.has(base) || RESERVED.has(base.toLowerCase()))
      base += suffix;
    const clashWith = map.get(base);
    let name = base;
    for (let n = 2; used(name); n++) name = `${base}${n}`;
    map.set(name, owner);
    return clashWith === undefined ? { name } : { name, clashWith };
  }

  /** True when `name` is already used in `pool`. */
  has(pool: NamePool, name: string): boolean {
    return this.taken[pool].has(name);
  }
}

/**
 * Short, unique type names for schema keys: the namespace most keys share is dropped, then the
 * last dotted segment names a type when it is unique (`microsoft.graph.user` → `User`); where two
 * keys share it, the shorter key keeps it and the others take more segments
 * (`microsoft.graph.security.alert` → `SecurityAlert` beside `microsoft.graph.alert` → `Alert`).
 */
export function schemaTypeNames(keys: readonly string[]): Map<string, string> {
  const common = dominantNamespace(keys);
  const segments = new Map(
    keys.map((k) => [k, (k.startsWith(common) ? k.slice(common.length) : k).split('.').filter(Boolean)] as const),
  );
  return shortestSuffixNames(
    keys,
    (k) => segments.get(k)!,
    (parts, key) => pascalCase(parts.join(' ') || key),
  );
}

/**
 * Names for path templates after what they address: the fewest trailing segments that tell a path
 * from every other (`/users/{id}/photo` → `photo`, or `usersItemPhoto` beside `/groups/{id}/photo`),
 * each parameter an `Item` of the segment before it, a type cast (`microsoft.graph.x`) by its type's
 * name; `root` for `/`. A path whose segments run out keeps its name and the others grow. A name
 * longer than PATH_NAME_LIMIT is shortened (see `fitted`), so that `…PathTemplate` stays within 80.
 */
export function pathNames(templates: readonly string[]): Map<string, string> {
  // Each part is cased once (Graph has thousands of paths, each named at several depths, and most
  // parts recur in hundreds of them): a name is its parts' cased words joined.
  const cased = new Map<string, string>();
  const casedPart = (part: string): string => {
    let known = cased.get(part);
    if (known === undefined) cased.set(part, (known = words(part).map(capitalized).join('')));
    return known;
  };
  const itemOnly = new Map<string, boolean>();
  const parts = new Map(templates.map((t) => [t, pathParts(t, itemOnly).map(casedPart)] as const));
  const pascal = shortestSuffixNames(templates, (t) => parts.get(t)!, fitted);
  return new Map([...pascal].map(([template, name]) => [template, name === '' ? 'root' : lowerLead(safeStart(name))]));
}

/** The longest path name: with `PathTemplate` after it, 80 characters. */
export const PATH_NAME_LIMIT = 80 - 'PathTemplate'.length;

/** Long words of Graph's paths and the short forms that a name too long takes (a plural keeps its `s`). */
const ABBREVIATIONS: Record<string, string> = {
  Administrative: 'Admin',
  Application: 'App',
  Authentication: 'Auth',
  Certificate: 'Cert',
  Configuration: 'Config',
  Enterprise: 'Ent',
  Enrollment: 'Enroll',
  Information: 'Info',
  Management: 'Mgmt',
  Organization: 'Org',
  Windows: 'Win',
};
const ABBREVIATED = new RegExp(`(${Object.keys(ABBREVIATIONS).join('|')})(?=s?(?:[\\p{Lu}\\p{Nd}]|$))`, 'gu');

function abbreviated(part: string): string {
  return part.replace(ABBREVIATED, (word) => ABBREVIATIONS[word]!);
}

/**
 * Parts joined into a name of at most PATH_NAME_LIMIT characters, shortened step by step until it
 * fits: long words abbreviated in the parts before the last, then in the last too; then the
 * earlier parts, first to last, cut to the capitals of their words (`DeviceConfigurationsItem` →
 * `DCI`); then the last part's words, last to first, to their initials (its first word stays); at
 * last only the end of the name is kept.
 */
function fitted(parts: readonly string[]): string {
  const joined = parts.join('');
  if (joined.length <= PATH_NAME_LIMIT) return joined;
  const last = parts.length - 1;
  const shortened = parts.map((part, i) => (i < last ? abbreviated(part) : part));
  if (shortened.join('').length <= PATH_NAME_LIMIT) return shortened.join('');
  shortened[last] = abbreviated(parts[last]!);
  for (let i = 0; i <= last && shortened.join('').length > PATH_NAME_LIMIT; i++) {
    if (i < last) shortened[i] = shortened[i]!.replace(/[^\p{Lu}\p{Nd}]+/gu, '');
  }
  // A long last part (a function and its arguments) keeps its first words: the last ones go to their initials.
  const tail = words(shortened[last]!);
  for (let i = tail.length - 1; i > 0 && shortened.join('').length > PATH_NAME_LIMIT; i--) {
    tail[i] = tail[i]!.slice(0, 1);
    shortened[last] = tail.join('');
  }
  let name = shortened.join('');
  while (name.length > PATH_NAME_LIMIT) name = name.slice(1).replace(/^[^\p{Lu}\p{Nd}]+/u, '');
  return name;
}

/**
 * `/a/{x}/microsoft.graph.b/c` → ['a Item', 'b', 'c']. A segment that names nothing by itself (a
 * parameter, `*`) belongs to the one before it. `itemOnly` remembers which parts name nothing.
 */
function pathParts(template: string, itemOnly: Map<string, boolean>): string[] {
  const parts: string[] = [];
  for (const segment of template.split('/')) {
    if (segment === '') continue;
    const part = segment.replace(/\{[^}]*\}/g, ' Item ').replace(/^microsoft\.graph\./, '');
    let alone = itemOnly.get(part);
    if (alone === undefined) itemOnly.set(part, (alone = words(part).every((w) => w === 'Item')));
    if (parts.length > 0 && alone) parts[parts.length - 1] += ` ${part}`;
    else parts.push(part);
  }
  return parts;
}

/**
 * Each key named by its last `depth` parts, depth growing from 1 until its name is unique among the
 * keys still unnamed. Where a key's parts run out, it keeps the name and the others grow; keys that
 * all run out while still clashing (`a-b` beside `a_b`) keep it, for the registry to number.
 */
function shortestSuffixNames(
  keys: readonly string[],
  partsOf: (key: string) => readonly string[],
  nameOf: (parts: readonly string[], key: string) => string,
): Map<string, string> {
  const result = new Map<string, string>();
  let pending = [...keys];
  for (let depth = 1; pending.length > 0; depth++) {
    const candidates = new Map<string, string[]>();
    for (const key of pending) {
      const parts = partsOf(key);
      const name = nameOf(parts.slice(Math.max(0, parts.length - depth)), key);
      const same = candidates.get(name);
      if (same) same.push(key);
      else candidates.set(name, [key]);
    }
    const next: string[] = [];
    for (const [name, owners] of candidates) {
      const exhausted = owners.filter((k) => partsOf(k).length <= depth);
      if (owners.length === 1 || exhausted.length === owners.length) {
        for (const k of owners) result.set(k, name);
      } else if (exhausted.length === 1) {
        result.set(exhausted[0]!, name);
        next.push(...owners.filter((k) => k !== exhausted[0]));
      } else {
        next.push(...owners);
      }
    }
    pending = next;
  }
  return result;
}

/** The dotted namespace (`microsoft.graph.`) that more than half of the keys start with, or ''. */
function dominantNamespace(keys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const key of keys) {
    const dot = key.lastIndexOf('.');
    if (dot > 0) {
      const prefix = key.slice(0, dot + 1);
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  let best = '';
  let bestCount = 0;
  for (const [prefix, count] of counts) {
    if (count > bestCount || (count === bestCount && prefix < best)) [best, bestCount] = [prefix, count];
  }
  return bestCount * 2 > keys.length ? best : '';
}
