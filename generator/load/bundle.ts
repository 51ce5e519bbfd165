import * as path from 'node:path';
import {
  error,
  pointerJoin,
  pointerTokens,
  refTokens,
  warning,
  type Diagnostic,
  type SourceLocation,
  type SpecPointer,
} from '../diagnostics.js';
import type { ParsedFile } from './parse.js';
import type { Json } from '../json.js';

/** A file the bundler can read, keyed by absolute path. */
export type FileReader = (
  absolutePath: string,
  referencedFrom: { file: string; pointer: string },
) => ParsedFile | undefined;

/** Where a part of the bundled document came from, when it came from another file. */
export interface Origin {
  readonly file: ParsedFile;
  readonly tokens: readonly string[];
}

/**
 * Rewrites every $ref that leaves the entry file into a local one, importing its target
 * under `components/<section>/<name>`. Afterwards only load/ knows there were several files;
 * `origins` lets diagnostics still point into the file a schema came from.
 */
export function bundleExternalRefs(
  entry: ParsedFile,
  entryPath: string,
  read: FileReader,
): { origins: Map<string, Origin>; diagnostics: Diagnostic[] } {
  const root = entry.data as Json;
  const diagnostics: Diagnostic[] = [];
  const origins = new Map<string, Origin>();
  const imported = new Map<string, string>();
  const files = new Map<string, { parsed: ParsedFile; absolute: string }>([
    [entryPath, { parsed: entry, absolute: entryPath }],
  ]);

  const fileAt = (absolute: string, from: { file: string; pointer: string }) => {
    let hit = files.get(absolute);
    if (!hit) {
      const parsed = read(absolute, from);
      if (!parsed) return undefined;
      hit = { parsed, absolute };
      files.set(absolute, hit);
    }
    return hit;
  };

  const importTarget = (
    absolute: string,
    fragment: string,
    from: { file: string; pointer: string },
    kind: Kind,
  ): string | undefined => {
    const key = `${absolute}#${fragment}`;
    const known = imported.get(key);
    if (known) return known;
    const found = targetOf(absolute, fragment, from);
    if (!found) return undefined;
    const { target, tokens, value } = found;
    const isComponent = tokens.length === 3 && tokens[0] === 'components';
    // A target outside components goes where its use says: a path item among path items, a parameter among parameters.
    const section = isComponent ? tokens[1]! : (SECTION_OF[kind] ?? 'schemas');
    const wanted =
      isComponent || tokens.length > 0 ? tokens[tokens.length - 1]! : path.basename(absolute).replace(/\.[^.]*$/, '');
    const components = ownObject(root, 'components');
    const bucket = components && ownObject(components, section);
    if (!bucket) {
      diagnostics.push(
        error(
          'components-invalid',
          `cannot import $ref targets: #/components${components ? `/${section}` : ''} must be a mapping`,
          from,
        ),
      );
      return undefined;
    }
    let name = wanted;
    for (let n = 2; Object.prototype.hasOwnProperty.call(bucket, name); n++) name = `${wanted}${n}`;
    const pointer = pointerJoin('#', 'components', section, name);
    imported.set(key, pointer);
    defineOwn(bucket, name, value);
    origins.set(pointer, { file: target.parsed, tokens });
    walk(value, target.absolute, target.parsed, pointer, undefined, kind);
    return pointer;
  };

  const targetOf = (absolute: string, fragment: string, from: { file: string; pointer: string }) => {
    const target = fileAt(absolute, from);
    if (!target) return undefined;
    const tokens = pointerTokens(safeDecode(fragment));
    const value = valueAt(target.parsed.data, tokens);
    if (value === undefined) {
      diagnostics.push(
        error('ref-unresolved', `$ref target #${fragment} does not exist in ${target.parsed.displayPath}`, from),
      );
      return undefined;
    }
    return { target, tokens, value };
  };

  /**
   * An Operation Object given by $ref has no place in components: its target is copied where the
   * $ref is (a copy, since its own $refs are rewritten relative to where it is used), with a warning.
   */
  const inlineOperation = (
    obj: Json,
    absolute: string,
    fragment: string,
    from: { file: string; pointer: string },
    pointer: string,
    hops: number,
  ): void => {
    if (hops > MAX_REF_HOPS) {
      diagnostics.push(operationRefUnreached(from));
      return;
    }
    const found = targetOf(absolute, fragment, from);
    if (!found) return;
    if (hops === 0) diagnostics.push(operationRefWarning(from));
    delete obj.$ref;
    if (found.value !== null && typeof found.value === 'object' && !Array.isArray(found.value)) {
      // Each field is located in the file it came from; the $ref itself stays where it was written.
      for (const [k, v] of Object.entries(structuredClone(found.value) as Json)) {
        defineOwn(obj, k, v);
        origins.set(pointerJoin(pointer, k), { file: found.target.parsed, tokens: [...found.tokens, k] });
      }
    }
    walk(obj, found.target.absolute, found.target.parsed, pointer, undefined, 'operation', hops + 1);
  };

  const walk = (
    node: unknown,
    absolute: string,
    file: ParsedFile,
    pointer: string,
    key: string | undefined,
    kind: Kind,
    hops = 0,
  ): void => {
    if (Array.isArray(node)) {
      const childKind = kind === 'parameterList' ? 'parameter' : 'other';
      node.forEach((child, i) => walk(child, absolute, file, pointerJoin(pointer, i), String(i), childKind));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const obj = node as Json;
    const ref = obj.$ref;
    if (typeof ref === 'string') {
      const hash = ref.indexOf('#');
      const filePart = hash < 0 ? ref : ref.slice(0, hash);
      const fragment = hash < 0 ? '' : ref.slice(hash + 1);
      const external = filePart !== '' || file !== entry;
      if (external) {
        const from = { file: file.displayPath, pointer: pointerJoin(pointer, '$ref') };
        if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) {
          diagnostics.push(
            error(
              'ref-remote',
              `remote $ref "${ref}" is not fetched: only files below the spec's folder (or --ref-root) are read; download it and refer to the local copy`,
              { file: file.displayPath, pointer },
            ),
          );
        } else {
          const targetPath = filePart ? path.resolve(path.dirname(absolute), filePart) : absolute;
          if (kind === 'operation') {
            inlineOperation(obj, targetPath, fragment, from, pointer, hops);
            return;
          }
          const local = importTarget(targetPath, fragment, from, kind);
          if (local) obj.$ref = local;
        }
      }
    }
    for (const [childKey, child] of Object.entries(obj)) {
      if (childKey !== '$ref' && !isDataValue(childKey, key, child))
        walk(child, absolute, file, pointerJoin(pointer, childKey), childKey, childKindOf(kind, childKey));
    }
  };

  walk(root, entryPath, entry, '#', undefined, 'document');
  return { origins, diagnostics };
}

/**
 * What a node of the document is, as far as bundling cares: where an imported target goes, and which $refs are
 * operations.
 */
type Kind =
  | 'document'
  | 'components'
  | 'section'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameterList'
  | 'parameter'
  | 'requestBody'
  | 'responses'
  | 'response'
  | 'headers'
  | 'header'
  | 'other';

/** The components section for a target used as a node of this kind. */
const SECTION_OF: Partial<Record<Kind, string>> = {
  pathItem: 'pathItems',
  parameter: 'parameters',
  requestBody: 'requestBodies',
  response: 'responses',
  header: 'headers',
};

const OPERATION_KEYS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The kind of the value under `key` in a node of kind `kind`. */
function childKindOf(kind: Kind, key: string): Kind {
  switch (kind) {
    case 'document':
      return key === 'paths' || key === 'webhooks' ? 'paths' : key === 'components' ? 'components' : 'other';
    case 'components':
      return key === 'pathItems'
        ? 'paths'
        : key === 'parameters' || key === 'requestBodies' || key === 'responses' || key === 'headers'
          ? 'section'
          : 'other';
    case 'paths':
      return 'pathItem';
    case 'pathItem':
      return OPERATION_KEYS.has(key) ? 'operation' : key === 'parameters' ? 'parameterList' : 'other';
    case 'operation':
      return key === 'parameters'
        ? 'parameterList'
        : key === 'requestBody'
          ? 'requestBody'
          : key === 'responses'
            ? 'responses'
            : 'other';
    case 'responses':
      return 'response';
    case 'response':
      return key === 'headers' ? 'headers' : 'other';
    case 'headers':
      return 'header';
    default:
      return 'other';
  }
}

/**
 * The warning for an Operation Object given by $ref, which OpenAPI does not allow but real specs use (DigitalOcean's).
 */
export function operationRefWarning(at: SourceLocation | SpecPointer): Diagnostic {
  return warning(
    'operation-ref',
    'an Operation Object given by $ref (OpenAPI allows $ref for a whole path item, not for one operation) was read as the operation it points to',
    at,
  );
}

/**
 * The error for an operation's $ref that leads to no operation within MAX_REF_HOPS links (or to a value of another
 * kind).
 */
export function operationRefUnreached(at: SourceLocation | SpecPointer): Diagnostic {
  return error(
    'ref-cycle',
    `this operation's $ref does not reach an operation within ${MAX_REF_HOPS} links: expected an Operation Object`,
    at,
  );
}

/**
 * The mapping under `key`, made when missing; undefined when something else is there. Keys come from
 * the spec, so only own properties count: `components.__proto__` must not hand back Object.prototype
 * for the bundler to write into.
 */
function ownObject(parent: Json, key: string): Json | undefined {
  const existing = Object.prototype.hasOwnProperty.call(parent, key) ? parent[key] : undefined;
  if (existing !== undefined)
    return existing !== null && typeof existing === 'object' && !Array.isArray(existing)
      ? (existing as Json)
      : undefined;
  const made: Json = {};
  defineOwn(parent, key, made);
  return made;
}

/** Sets an own, enumerable property, even one named `__proto__` (plain assignment would set the prototype). */
function defineOwn(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Keys whose values are data, not spec: a "$ref" inside an example or an enum is not a reference. */
const DATA_KEYS = new Set(['example', 'enum', 'default', 'const', 'value']);

/** Maps whose keys are names chosen by the spec's author: a property or a response may be called `default`. */
const NAMED_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'schemas',
  'responses',
  'parameters',
  'headers',
  'examples',
  'requestBodies',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
  'paths',
  'content',
  'encoding',
  'variables',
  'webhooks',
  'mapping',
]);

/**
 * True when the value under `key` is data rather than spec, so that "$ref" inside it is no reference:
 * examples, enums, defaults, consts and extensions (`x-…`). `parentKey` is the key of the object
 * holding `key`: inside a map of names (`properties`, `responses`…) every key is a name, not a keyword.
 * An `examples` mapping holds Example Objects, which may be references themselves.
 */
export function isDataValue(key: string, parentKey: string | undefined, value: unknown): boolean {
  if (parentKey !== undefined && NAMED_MAPS.has(parentKey)) return false;
  if (key === 'examples') return Array.isArray(value);
  return DATA_KEYS.has(key) || key.startsWith('x-');
}

/**
 * Most `$ref` links followed from one place to its value: a longer chain outside schemas is reported
 * (see validate/ref-chains.ts) rather than followed, so that no walk is unbounded.
 */
export const MAX_REF_HOPS = 20;

/** The value `value` stands for, local `$ref`s followed (MAX_REF_HOPS at most); undefined when that is no object. */
export function followRefs(document: unknown, value: unknown): Json | undefined {
  let v = value;
  for (let hops = 0; hops <= MAX_REF_HOPS && isJson(v) && typeof v.$ref === 'string'; hops++)
    v = valueAt(document, refTokens(v.$ref));
  return isJson(v) && typeof v.$ref !== 'string' ? v : undefined;
}

function isJson(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at `tokens`, or undefined. */
export function valueAt(data: unknown, tokens: readonly string[]): unknown {
  let node = data;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, token))
      return undefined;
    node = (node as Json)[token];
  }
  return node;
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
