import * as path from 'node:path';
import { error, pointerJoin, pointerTokens, type Diagnostic } from '../diagnostics.js';
import type { ParsedFile } from './parse.js';

/** A file the bundler can read, keyed by absolute path. */
export type FileReader = (absolutePath: string, referencedFrom: { file: string; pointer: string }) => ParsedFile | undefined;

/** Where a part of the bundled document came from, when it came from another file. */
export interface Origin {
  readonly file: ParsedFile;
  readonly tokens: readonly string[];
}

type Json = Record<string, unknown>;

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
  const files = new Map<string, { parsed: ParsedFile; absolute: string }>([[entryPath, { parsed: entry, absolute: entryPath }]]);

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

  const importTarget = (absolute: string, fragment: string, from: { file: string; pointer: string }): string | undefined => {
    const key = `${absolute}#${fragment}`;
    const known = imported.get(key);
    if (known) return known;
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
    const isComponent = tokens.length === 3 && tokens[0] === 'components';
    const section = isComponent ? tokens[1]! : 'schemas';
    const wanted = isComponent || tokens.length > 0 ? tokens[tokens.length - 1]! : path.basename(absolute).replace(/\.[^.]*$/, '');
    const components = ownObject(root, 'components');
    const bucket = components && ownObject(components, section);
    if (!bucket) {
      diagnostics.push(error('components-invalid', `cannot import $ref targets: #/components${components ? `/${section}` : ''} must be a mapping`, from));
      return undefined;
    }
    let name = wanted;
    for (let n = 2; Object.prototype.hasOwnProperty.call(bucket, name); n++) name = `${wanted}${n}`;
    const pointer = pointerJoin('#', 'components', section, name);
    imported.set(key, pointer);
    defineOwn(bucket, name, value);
    origins.set(pointer, { file: target.parsed, tokens });
    walk(value, target.absolute, target.parsed, pointer);
    return pointer;
  };

  const walk = (node: unknown, absolute: string, file: ParsedFile, pointer: string, key?: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, absolute, file, pointerJoin(pointer, i), String(i)));
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
        if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) {
          diagnostics.push(error('ref-remote', `remote $ref "${ref}" is not fetched: download it and refer to the local copy`, { file: file.displayPath, pointer }));
        } else {
          const targetPath = filePart ? path.resolve(path.dirname(absolute), filePart) : absolute;
          const local = importTarget(targetPath, fragment, { file: file.displayPath, pointer: pointerJoin(pointer, '$ref') });
          if (local) obj.$ref = local;
        }
      }
    }
    for (const [childKey, child] of Object.entries(obj)) {
      if (childKey !== '$ref' && !isDataValue(childKey, key, child)) walk(child, absolute, file, pointerJoin(pointer, childKey), childKey);
    }
  };

  walk(root, entryPath, entry, '#');
  return { origins, diagnostics };
}

/**
 * The mapping under `key`, made when missing; undefined when something else is there. Keys come from
 * the spec, so only own properties count: `components.__proto__` must not hand back Object.prototype
 * for the bundler to write into.
 */
function ownObject(parent: Json, key: string): Json | undefined {
  const existing = Object.prototype.hasOwnProperty.call(parent, key) ? parent[key] : undefined;
  if (existing !== undefined) return existing !== null && typeof existing === 'object' && !Array.isArray(existing) ? (existing as Json) : undefined;
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
  'properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'schemas', 'responses', 'parameters', 'headers',
  'examples', 'requestBodies', 'securitySchemes', 'links', 'callbacks', 'pathItems', 'paths', 'content', 'encoding', 'variables',
  'webhooks', 'mapping',
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

/** The value at `tokens`, or undefined. */
export function valueAt(data: unknown, tokens: readonly string[]): unknown {
  let node = data;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, token)) return undefined;
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
