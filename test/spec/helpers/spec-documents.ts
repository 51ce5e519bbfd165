/** Loading and walking the two curated OpenAPI documents in spec/, for the tests of test/spec. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import YAML from 'yaml';

export type Json = Record<string, unknown>;

export const SPEC_DIR = path.resolve(__dirname, '..', '..', '..', 'spec');

/** The two documents, keyed by Graph version. */
export const SPEC_FILES = {
  'v1.0': path.join(SPEC_DIR, 'graph-v1.0.yaml'),
  beta: path.join(SPEC_DIR, 'graph-beta.yaml'),
} as const;

export type GraphVersion = keyof typeof SPEC_FILES;
export const VERSIONS = Object.keys(SPEC_FILES) as GraphVersion[];

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const cache = new Map<GraphVersion, Json>();

/** The parsed document (parsed once; tests must not mutate it). */
export function loadSpec(version: GraphVersion): Json {
  let doc = cache.get(version);
  if (!doc) {
    doc = YAML.parse(fs.readFileSync(SPEC_FILES[version], 'utf8')) as Json;
    cache.set(version, doc);
  }
  return doc;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value a local `#/…` JSON pointer designates, or undefined. */
export function resolvePointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const tokens = ref
    .slice(1)
    .split('/')
    .slice(1)
    .map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc;
  for (const token of tokens) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[token];
    if (node === undefined) return undefined;
  }
  return node;
}

/** Follows `$ref` chains (Reference Objects) to the object they designate. */
export function deref(doc: Json, value: unknown): unknown {
  let node = value;
  for (let hops = 0; isObject(node) && typeof node.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${String(node.$ref)}`);
    const target = resolvePointer(doc, node.$ref);
    if (target === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
    node = target;
  }
  return node;
}

export interface OperationEntry {
  method: string;
  path: string;
  operation: Json;
  pathItem: Json;
}

export function operations(doc: Json): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const [p, item] of Object.entries((doc.paths ?? {}) as Json)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) out.push({ method, path: p, operation, pathItem: item });
    }
  }
  return out;
}

/** Every node of the tree with its JSON pointer (depth first). */
export function walk(node: unknown, visit: (value: unknown, pointer: string) => void, pointer = '#'): void {
  visit(node, pointer);
  if (Array.isArray(node)) node.forEach((v, i) => walk(v, visit, `${pointer}/${i}`));
  else if (isObject(node)) {
    for (const [k, v] of Object.entries(node))
      walk(v, visit, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
}

/** The properties of a schema, flattened through `$ref` and `allOf` (later members win). */
export function flattenProperties(doc: Json, schema: unknown): Record<string, Json> {
  const s = deref(doc, schema);
  if (!isObject(s)) return {};
  const props: Record<string, Json> = {};
  for (const member of (s.allOf ?? []) as unknown[]) Object.assign(props, flattenProperties(doc, member));
  Object.assign(props, (s.properties ?? {}) as Record<string, Json>);
  return props;
}
