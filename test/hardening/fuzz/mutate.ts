/**
 * Seeded mutations of a parsed spec: hostile strings and names, broken references, wrong types,
 * dropped fields, duplicated ids, other versions, and damage to the text itself. Each mutation
 * returns a one-line description (for the regression file), or undefined when it found nothing to change.
 */
import { stringify } from 'yaml';
import {
  HOSTILE_ENUM_VALUES,
  HOSTILE_NAMES,
  HOSTILE_SEGMENTS,
  HOSTILE_TEXT,
  RESERVED_NAMES,
} from './hostile-strings.js';
import type { Rng } from './prng.js';

type Json = Record<string, unknown>;
type Mutation = (doc: Json, rng: Rng) => string | undefined;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** One mutated spec: its text, the file extension it is written with, and what was done. */
export interface MutatedSpec {
  readonly text: string;
  readonly extension: 'yaml' | 'json';
  readonly mutations: string[];
}

/** Mutates a copy of `document` 1–10 times, serialises it as YAML or JSON and sometimes damages the text. */
export function mutateSpec(document: unknown, rng: Rng): MutatedSpec {
  const doc = structuredClone(document) as Json;
  const mutations: string[] = [];
  const count = rng.chance(0.2) ? rng.int(5, 10) : rng.int(1, 4);
  for (let attempts = 0; mutations.length < count && attempts < 20; attempts++) {
    const [name, mutate] = rng.pick(MUTATIONS);
    const done = mutate(doc, rng);
    if (done !== undefined) mutations.push(`${name}: ${done}`);
  }
  const extension = rng.chance(0.5) ? 'yaml' : 'json';
  let text =
    extension === 'json'
      ? JSON.stringify(doc, null, rng.chance(0.5) ? 2 : undefined)
      : stringify(doc, { lineWidth: 0 });
  if (rng.chance(0.08)) {
    const [name, damage] = rng.pick(TEXT_DAMAGE);
    const damaged = damage(text, rng);
    mutations.push(`text ${name}: ${damaged.what}`);
    text = damaged.text;
  }
  return { text, extension, mutations };
}

/** Every object in the document with its pointer tokens. */
function objects(doc: unknown): { node: Json; tokens: string[] }[] {
  const out: { node: Json; tokens: string[] }[] = [];
  const walk = (node: unknown, tokens: string[]) => {
    if (node === null || typeof node !== 'object') return;
    if (!Array.isArray(node)) out.push({ node: node as Json, tokens });
    for (const [k, v] of Object.entries(node)) walk(v, [...tokens, k]);
  };
  walk(doc, []);
  return out;
}

/** Objects in schema position (loosely: what a schema's keywords and the spec's schema slots hold). */
function schemas(doc: Json): { node: Json; tokens: string[] }[] {
  return objects(doc).filter(({ tokens }) => {
    const last = tokens[tokens.length - 1];
    const parent = tokens[tokens.length - 2];
    return (
      last === 'schema' ||
      last === 'items' ||
      last === 'additionalProperties' ||
      parent === 'properties' ||
      (parent === 'schemas' && tokens[tokens.length - 3] === 'components') ||
      parent === 'allOf' ||
      parent === 'oneOf' ||
      parent === 'anyOf'
    );
  });
}

function operations(doc: Json): { node: Json; tokens: string[] }[] {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const out: { node: Json; tokens: string[] }[] = [];
  for (const [p, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const m of METHODS) if (isObject(item[m])) out.push({ node: item[m] as Json, tokens: ['paths', p, m] });
  }
  return out;
}

function refs(doc: Json): { node: Json; tokens: string[] }[] {
  return objects(doc).filter(({ node }) => typeof node.$ref === 'string');
}

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Sets an own property even when the key is `__proto__`. */
function put(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Renames a key in place, keeping its position. */
function renameKey(target: Json, from: string, to: string): void {
  const entries = Object.entries(target).map(([k, v]): [string, unknown] => [k === from ? to : k, v]);
  for (const k of Object.keys(target)) delete target[k];
  for (const [k, v] of entries) put(target, k, v);
}

function hostileName(rng: Rng): string {
  return rng.chance(0.5) ? rng.pick(HOSTILE_NAMES) : rng.pick(RESERVED_NAMES);
}

function randomValue(rng: Rng): unknown {
  return rng.pick<unknown>([
    null,
    0,
    -1,
    3.5,
    true,
    false,
    '',
    'text',
    rng.pick(HOSTILE_TEXT),
    [],
    [1, 'a'],
    {},
    { type: 'string' },
  ]);
}

function componentSchemas(doc: Json): Json | undefined {
  const c = doc.components;
  return isObject(c) && isObject(c.schemas) ? c.schemas : undefined;
}

/** Mutations of names, texts, values and references. */
const VALUE_MUTATIONS: readonly [string, Mutation][] = [
  [
    'hostile text',
    (doc, rng) => {
      const targets = [
        ...schemas(doc),
        ...operations(doc),
        ...objects(doc).filter(({ tokens }) => tokens[tokens.length - 2] === 'parameters' || tokens[0] === 'info'),
      ];
      if (targets.length === 0) return undefined;
      const { node, tokens } = rng.pick(targets);
      const key = rng.pick(['description', 'summary', 'title', 'default', 'example', 'examples']);
      const text = rng.pick(HOSTILE_TEXT);
      put(node, key, key === 'examples' ? [text] : text);
      return `${key} of #/${tokens.join('/')} = ${JSON.stringify(text)}`;
    },
  ],
  [
    'hostile property',
    (doc, rng) => {
      const targets = schemas(doc).filter(({ node }) => node.$ref === undefined);
      if (targets.length === 0) return undefined;
      const { node, tokens } = rng.pick(targets);
      const name = hostileName(rng);
      if (!isObject(node.properties)) node.properties = {};
      put(
        node.properties as Json,
        name,
        rng.chance(0.7)
          ? { type: rng.pick(['string', 'integer', 'boolean']), description: rng.pick(HOSTILE_TEXT) }
          : { $ref: '#/components/schemas/' + name },
      );
      if (rng.chance(0.5)) node.required = [...(Array.isArray(node.required) ? node.required : []), name];
      return `property ${JSON.stringify(name)} in #/${tokens.join('/')}`;
    },
  ],
  [
    'rename property',
    (doc, rng) => {
      const targets = schemas(doc).filter(
        ({ node }) => isObject(node.properties) && Object.keys(node.properties).length > 0,
      );
      if (targets.length === 0) return undefined;
      const { node, tokens } = rng.pick(targets);
      const props = node.properties as Json;
      const from = rng.pick(Object.keys(props));
      const to = hostileName(rng);
      if (Object.prototype.hasOwnProperty.call(props, to)) return undefined;
      renameKey(props, from, to);
      return `${from} → ${JSON.stringify(to)} in #/${tokens.join('/')}`;
    },
  ],
  [
    'rename schema',
    (doc, rng) => {
      const all = componentSchemas(doc);
      if (!all || Object.keys(all).length === 0) return undefined;
      const from = rng.pick(Object.keys(all));
      const to = hostileName(rng);
      if (Object.prototype.hasOwnProperty.call(all, to)) return undefined;
      renameKey(all, from, to);
      // Usually the references follow (a valid spec with an odd name); sometimes they are left broken.
      const follow = rng.chance(0.8);
      if (follow) {
        const escaped = to.replace(/~/g, '~0').replace(/\//g, '~1');
        for (const { node } of refs(doc))
          if (node.$ref === `#/components/schemas/${from}`) node.$ref = `#/components/schemas/${escaped}`;
      }
      return `${from} → ${JSON.stringify(to)}${follow ? '' : ' (refs left behind)'}`;
    },
  ],
  [
    'add schema',
    (doc, rng) => {
      const c = (isObject(doc.components) ? doc.components : (doc.components = {})) as Json;
      const all = (isObject(c.schemas) ? c.schemas : (c.schemas = {})) as Json;
      const name = hostileName(rng);
      put(
        all,
        name,
        rng.pick<unknown>([
          { type: 'string' },
          { type: 'object', properties: { [rng.pick(HOSTILE_NAMES)]: { type: 'string' } } },
          { enum: ['a', 'b'] },
          { type: 'array', items: { type: 'integer' } },
        ]),
      );
      return JSON.stringify(name);
    },
  ],
  [
    'hostile enum',
    (doc, rng) => {
      const targets = schemas(doc).filter(({ node }) => node.$ref === undefined);
      if (targets.length === 0) return undefined;
      const { node, tokens } = rng.pick(targets);
      const values = Array.from({ length: rng.int(1, 5) }, () => rng.pick(HOSTILE_ENUM_VALUES));
      node.enum = values;
      if (rng.chance(0.5)) node.type = typeof values[0] === 'number' ? 'number' : 'string';
      return `#/${tokens.join('/')} = ${JSON.stringify(values)}`;
    },
  ],
  [
    'drop field',
    (doc, rng) => {
      const candidates: [Json, string, string][] = [];
      for (const k of ['openapi', 'info', 'paths', 'components']) if (k in doc) candidates.push([doc, k, k]);
      for (const { node, tokens } of objects(doc)) {
        for (const k of [
          'name',
          'in',
          'schema',
          'responses',
          'content',
          'type',
          'items',
          'required',
          'properties',
          'title',
          'version',
        ]) {
          if (Object.prototype.hasOwnProperty.call(node, k))
            candidates.push([node, k, `#/${[...tokens, k].join('/')}`]);
        }
      }
      if (candidates.length === 0) return undefined;
      const [node, key, where] = rng.pick(candidates);
      delete node[key];
      return where;
    },
  ],
  [
    'break ref',
    (doc, rng) => {
      const all = refs(doc);
      if (all.length === 0) return undefined;
      const { node, tokens } = rng.pick(all);
      const to = rng.pick<unknown>([
        '#/components/schemas/DoesNotExist',
        '#/components/nothing/here',
        'missing-file.yaml#/components/schemas/X',
        'https://example.com/remote.yaml#/X',
        '#anchor',
        '#/paths',
        '#',
        '',
        '#/components/schemas/__proto__',
        '#/components/schemas/constructor',
        42,
        null,
        { $ref: '#/components/schemas' },
      ]);
      node.$ref = to;
      return `#/${tokens.join('/')} → ${JSON.stringify(to)}`;
    },
  ],
  [
    'self ref',
    (doc, rng) => {
      const all = componentSchemas(doc);
      if (!all || Object.keys(all).length === 0) return undefined;
      const name = rng.pick(Object.keys(all));
      const escaped = name.replace(/~/g, '~0').replace(/\//g, '~1');
      const target = all[name];
      if (!isObject(target)) return undefined;
      if (rng.chance(0.5)) {
        put(all, name, { $ref: `#/components/schemas/${escaped}` });
        return `${name} is only a $ref to itself`;
      }
      target.properties = {
        ...(isObject(target.properties) ? target.properties : {}),
        self: { $ref: `#/components/schemas/${escaped}` },
        list: { type: 'array', items: { $ref: `#/components/schemas/${escaped}` } },
      };
      return `${name} contains itself`;
    },
  ],
  [
    'unknown type',
    (doc, rng) => {
      const targets = schemas(doc);
      if (targets.length === 0) return undefined;
      const { node, tokens } = rng.pick(targets);
      const type = rng.pick<unknown>([
        'strin',
        'int',
        'file',
        'date',
        'any',
        42,
        null,
        ['string', 'nope'],
        ['null'],
        [],
        {},
        'null',
        'integer',
        'object',
        'array',
      ]);
      node.type = type;
      return `#/${tokens.join('/')}/type = ${JSON.stringify(type)}`;
    },
  ],
  [
    'wrong kind',
    (doc, rng) => {
      const candidates = objects(doc).flatMap(({ node, tokens }) =>
        Object.keys(node).map((k) => ({ node, key: k, tokens: [...tokens, k] })),
      );
      if (candidates.length === 0) return undefined;
      const { node, key, tokens } = rng.pick(candidates);
      const value = randomValue(rng);
      put(node, key, value);
      return `#/${tokens.join('/')} = ${JSON.stringify(value)}`;
    },
  ],
  [
    'duplicate operationId',
    (doc, rng) => {
      const ops = operations(doc);
      if (ops.length === 0) return undefined;
      const a = rng.pick(ops);
      const id = typeof a.node.operationId === 'string' ? a.node.operationId : 'someOperation';
      a.node.operationId = id;
      const variants = [id, id.toUpperCase(), id.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()), `${id}_`];
      const path = `/fuzz-duplicate/${rng.int(0, 99)}`;
      const paths = (isObject(doc.paths) ? doc.paths : (doc.paths = {})) as Json;
      put(paths, path, { get: { operationId: rng.pick(variants), responses: { '200': { description: 'OK' } } } });
      return `${JSON.stringify(id)} again at ${path}`;
    },
  ],
  [
    'hostile operationId',
    (doc, rng) => {
      const ops = operations(doc);
      if (ops.length === 0) return undefined;
      const { node, tokens } = rng.pick(ops);
      const id = rng.chance(0.7) ? rng.pick(RESERVED_NAMES) : rng.pick([...HOSTILE_NAMES, ...HOSTILE_TEXT]);
      node.operationId = id;
      return `#/${tokens.join('/')} = ${JSON.stringify(id)}`;
    },
  ],
  [
    'version',
    (doc, rng) => {
      const v = rng.pick<unknown>([
        '2.0',
        '3.0.0',
        '3.0.3',
        '3.1.0',
        '3.1.1',
        '3.2.0',
        '4.0.0',
        '3',
        3.1,
        '',
        null,
        'swagger',
      ]);
      if (v === 'swagger') {
        delete doc.openapi;
        doc.swagger = '2.0';
      } else {
        doc.openapi = v;
      }
      return JSON.stringify(v);
    },
  ],
  [
    'path parameter',
    (doc, rng) => {
      const ops = operations(doc);
      if (ops.length === 0) return undefined;
      const { node, tokens } = rng.pick(ops);
      const choice = rng.int(0, 2);
      if (choice === 0) {
        node.parameters = [
          ...(Array.isArray(node.parameters) ? node.parameters : []),
          { name: rng.pick(HOSTILE_NAMES), in: 'path', required: true, schema: { type: 'string' } },
        ];
        return `unused path parameter on #/${tokens.join('/')}`;
      }
      if (choice === 1 && Array.isArray(node.parameters)) {
        node.parameters = node.parameters.filter((p) => !(isObject(p) && p.in === 'path'));
        return `path parameters of #/${tokens.join('/')} dropped`;
      }
      const paths = doc.paths as Json;
      const template = tokens[1]!;
      const renamed = template.replace(/\{([^}]*)\}/, `{${rng.pick(HOSTILE_NAMES).replace(/[{}/]/g, '')}}`);
      if (renamed === template || Object.prototype.hasOwnProperty.call(paths, renamed)) return undefined;
      renameKey(paths, template, renamed);
      return `${template} → ${renamed}`;
    },
  ],
  [
    'hostile path',
    (doc, rng) => {
      const paths = (isObject(doc.paths) ? doc.paths : (doc.paths = {})) as Json;
      const segments = Array.from({ length: rng.int(1, 3) }, () => rng.pick(HOSTILE_SEGMENTS));
      const param = rng.pick(HOSTILE_NAMES).replace(/[{}/]/g, '') || 'p';
      const template = `/${segments.join('/')}/{${param}}`;
      if (Object.prototype.hasOwnProperty.call(paths, template)) return undefined;
      put(paths, template, {
        [rng.pick(METHODS)]: {
          operationId: rng.chance(0.5) ? hostileName(rng) : undefined,
          summary: rng.pick(HOSTILE_TEXT),
          parameters: [
            {
              name: param,
              in: 'path',
              required: true,
              description: rng.pick(HOSTILE_TEXT),
              schema: { type: 'string' },
            },
            {
              name: rng.pick(HOSTILE_NAMES),
              in: rng.pick(['query', 'header', 'cookie']),
              schema: rng.pick<unknown>([
                { type: 'string' },
                { type: 'array', items: { type: 'integer' } },
                { type: 'object' },
                { enum: HOSTILE_ENUM_VALUES.slice(0, 4) },
              ]),
            },
          ],
          responses: {
            [rng.pick(['200', '201', '204', '2XX', 'default', '404'])]: {
              description: rng.pick(HOSTILE_TEXT),
              content: {
                [rng.pick([
                  'application/json',
                  'text/plain',
                  '*/*',
                  'application/vnd.x+json; v=*/',
                  'application/octet-stream',
                ])]: { schema: { type: 'object', properties: { [rng.pick(HOSTILE_NAMES)]: { type: 'string' } } } },
              },
            },
          },
        },
      });
      return JSON.stringify(template);
    },
  ],
  [
    'deep nesting',
    (doc, rng) => {
      const targets = schemas(doc);
      if (targets.length === 0) return undefined;
      const { node, tokens } = rng.pick(targets);
      const depth = rng.int(5, 60);
      let inner: Json = { type: 'string' };
      for (let i = 0; i < depth; i++)
        inner = rng.pick<Json>([
          { type: 'object', properties: { x: inner } },
          { type: 'array', items: inner },
          { allOf: [inner] },
          { oneOf: [inner, { type: 'null' }] },
        ]);
      node.properties = { ...(isObject(node.properties) ? node.properties : {}), deep: inner };
      return `${depth} levels under #/${tokens.join('/')}`;
    },
  ],
  [
    'composition',
    (doc, rng) => {
      const all = componentSchemas(doc);
      const targets = schemas(doc);
      if (!all || targets.length === 0 || Object.keys(all).length === 0) return undefined;
      const { node, tokens } = rng.pick(targets);
      const names = Object.keys(all);
      const ref = () => ({ $ref: `#/components/schemas/${rng.pick(names).replace(/~/g, '~0').replace(/\//g, '~1')}` });
      const keyword = rng.pick(['allOf', 'oneOf', 'anyOf']);
      node[keyword] = [
        ref(),
        rng.chance(0.5) ? ref() : { type: 'object', properties: { [rng.pick(HOSTILE_NAMES)]: { type: 'string' } } },
      ];
      if (keyword !== 'allOf' && rng.chance(0.5))
        node.discriminator = {
          propertyName: rng.pick(HOSTILE_NAMES),
          ...(rng.chance(0.5)
            ? { mapping: { [rng.pick(HOSTILE_NAMES)]: rng.pick(['#/components/schemas/Nope', names[0]!]) } }
            : {}),
        };
      if (rng.chance(0.3)) node.nullable = true;
      return `${keyword} on #/${tokens.join('/')}`;
    },
  ],
  [
    'unsupported keyword',
    (doc, rng) => {
      const targets = schemas(doc);
      if (targets.length === 0) return undefined;
      const { node, tokens } = rng.pick(targets);
      const key = rng.pick(['not', 'if', 'patternProperties', 'prefixItems', 'const', 'x-extension']);
      put(
        node,
        key,
        key === 'prefixItems'
          ? [{ type: 'string' }]
          : key === 'patternProperties'
            ? { '^a': { type: 'string' } }
            : key === 'const'
              ? rng.pick(HOSTILE_ENUM_VALUES)
              : { type: 'string' },
      );
      return `${key} on #/${tokens.join('/')}`;
    },
  ],
  [
    'title',
    (doc, rng) => {
      const info = (isObject(doc.info) ? doc.info : (doc.info = {})) as Json;
      info.title = rng.pick([
        ...HOSTILE_TEXT,
        ...HOSTILE_NAMES,
        '../../../etc/passwd',
        '/absolute',
        'C:\\windows',
        '@scope/name',
        'node_modules',
      ]);
      info.version = rng.pick(['1.0.0', '../1', '1.0.0-rc.1', '*/', '', 'v2']);
      return `${JSON.stringify(info.title)} ${JSON.stringify(info.version)}`;
    },
  ],
  [
    'servers',
    (doc, rng) => {
      doc.servers = rng.pick<unknown>([
        [],
        [{ url: rng.pick(HOSTILE_TEXT) }],
        [{ url: 'https://x.example/`${globalThis.pwned = 7}`' }],
        'not a list',
        [{ url: 42 }],
        [{ url: '/relative/{var}', variables: { var: { default: '*/' } } }],
      ]);
      return JSON.stringify(doc.servers);
    },
  ],
];

/** Mutations of the shape of parameters, bodies, responses and path items, and 3.1 features. */
const SHAPE_MUTATIONS: readonly [string, Mutation][] = [
  [
    'parameter shape',
    (doc, rng) => {
      const ops = operations(doc);
      if (ops.length === 0) return undefined;
      const { node, tokens } = rng.pick(ops);
      const param = rng.pick<Json>([
        {
          name: rng.pick(HOSTILE_NAMES),
          in: 'query',
          content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string' } } } } },
        },
        {
          name: rng.pick(HOSTILE_NAMES),
          in: 'query',
          style: 'deepObject',
          explode: true,
          schema: { type: 'object', additionalProperties: { type: 'string' } },
        },
        {
          name: rng.pick(HOSTILE_NAMES),
          in: 'query',
          required: 'yes',
          schema: { type: 'array', items: { type: 'object' } },
        },
        { name: rng.pick(HOSTILE_NAMES), in: 'body', schema: { type: 'string' } },
        { name: rng.pick(HOSTILE_NAMES), in: 'formData', type: 'string' },
        { name: rng.pick(HOSTILE_NAMES), in: 'header', schema: { type: 'integer', enum: [1, 2] } },
        {
          name: rng.pick(HOSTILE_NAMES),
          in: 'header',
          schema: { type: 'array', items: { type: 'string', format: 'date-time' } },
        },
        {
          name: rng.pick(HOSTILE_NAMES),
          in: 'query',
          schema: { oneOf: [{ type: 'string' }, { type: 'null' }, { $ref: '#/components/schemas/Nope' }] },
        },
        {
          name: rng.pick(['Accept', 'Content-Type', 'Authorization', 'authorization']),
          in: 'header',
          required: true,
          schema: { type: 'string' },
        },
        { $ref: rng.pick(['#/components/parameters/Missing', '#/components/parameters', '#/paths']) },
        { name: 42, in: 'query' },
        { in: 'query' },
      ]);
      node.parameters = [...(Array.isArray(node.parameters) ? node.parameters : []), param];
      return `${JSON.stringify(param)} on #/${tokens.join('/')}`;
    },
  ],
  [
    'body shape',
    (doc, rng) => {
      const ops = operations(doc);
      if (ops.length === 0) return undefined;
      const { node, tokens } = rng.pick(ops);
      const schema = rng.pick<unknown>([
        { type: 'object', properties: { [rng.pick(HOSTILE_NAMES)]: { type: 'string', readOnly: true } } },
        { type: 'string', format: 'binary' },
        { type: 'array', items: { $ref: '#/components/schemas/' + rng.pick(RESERVED_NAMES) } },
        false,
        true,
        {},
        { allOf: [] },
        { oneOf: [] },
      ]);
      node.requestBody = rng.pick<unknown>([
        {
          required: rng.chance(0.5),
          content: {
            [rng.pick([
              'application/json',
              'multipart/form-data',
              'application/x-www-form-urlencoded',
              'text/plain',
              'application/merge-patch+json',
              'image/*',
              '',
            ])]: { schema },
          },
        },
        { content: {} },
        { $ref: '#/components/requestBodies/Missing' },
        { content: { 'application/json': {} } },
        'not an object',
      ]);
      return `#/${tokens.join('/')}/requestBody`;
    },
  ],
  [
    'responses shape',
    (doc, rng) => {
      const ops = operations(doc);
      if (ops.length === 0) return undefined;
      const { node, tokens } = rng.pick(ops);
      const status = rng.pick(['200', '201', '202', '204', '2XX', '2xx', 'default', '999', 'abc', '', '1XX', '304']);
      const response = rng.pick<unknown>([
        { description: rng.pick(HOSTILE_TEXT) },
        {
          description: 'x',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/' + rng.pick(HOSTILE_NAMES) } } },
        },
        { description: 'x', content: { 'text/csv': { schema: { type: 'string' } }, 'application/xml': {} } },
        {
          description: 'x',
          content: {
            'application/json': {
              schema: { type: 'array', items: { type: 'array', items: { type: ['string', 'null', 'integer'] } } },
            },
          },
        },
        { description: 'x', headers: { [rng.pick(HOSTILE_NAMES)]: { schema: { type: 'string' } } } },
        { $ref: '#/components/responses/Missing' },
        null,
      ]);
      node.responses = { ...(isObject(node.responses) && rng.chance(0.5) ? node.responses : {}), [status]: response };
      return `${status} of #/${tokens.join('/')}`;
    },
  ],
  [
    'read-only and write-only',
    (doc, rng) => {
      const targets = schemas(doc).filter(({ node }) => isObject(node.properties));
      if (targets.length === 0) return undefined;
      const { node, tokens } = rng.pick(targets);
      for (const prop of Object.values(node.properties as Json)) {
        if (isObject(prop) && rng.chance(0.6))
          prop[rng.pick(['readOnly', 'writeOnly'])] = rng.pick<unknown>([true, false, 'yes']);
      }
      return `#/${tokens.join('/')}`;
    },
  ],
  [
    'additional properties',
    (doc, rng) => {
      const targets = schemas(doc);
      if (targets.length === 0) return undefined;
      const { node, tokens } = rng.pick(targets);
      node.additionalProperties = rng.pick<unknown>([
        true,
        false,
        {},
        { type: 'string' },
        { $ref: '#/components/schemas/' + rng.pick(RESERVED_NAMES) },
        { type: 'object', additionalProperties: { type: 'array', items: {} } },
      ]);
      if (rng.chance(0.5)) node.type = 'object';
      return `#/${tokens.join('/')}`;
    },
  ],
  [
    'path item',
    (doc, rng) => {
      const paths = (isObject(doc.paths) ? doc.paths : (doc.paths = {})) as Json;
      const keys = Object.keys(paths);
      const template = rng.pick([
        '/a',
        '/',
        '',
        'no-slash',
        '/a/{b}/{b}',
        '/{a}{b}',
        '/a//b',
        '/a/{}',
        '/a/{b',
        '/a/b}',
        '/A',
        '/a/',
        '/a?x=1',
        '/a#frag',
        '/%7Bx%7D',
        '/../../etc',
      ]);
      const item = rng.pick<unknown>([
        keys.length > 0 ? paths[rng.pick(keys)] : {},
        { $ref: '#/components/pathItems/Missing' },
        {
          get: { responses: { '200': { description: 'OK' } } },
          parameters: [
            { name: 'b', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'a', in: 'path', required: true, schema: { type: 'string' } },
          ],
        },
        { summary: 'no operations' },
        [],
      ]);
      put(paths, template, structuredClone(item));
      return JSON.stringify(template);
    },
  ],
  [
    '3.1 features',
    (doc, rng) => {
      const choice = rng.int(0, 3);
      if (choice === 0) {
        doc.webhooks = {
          hook: {
            post: {
              requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
              responses: { '200': { description: 'OK' } },
            },
          },
        };
        return 'webhooks';
      }
      if (choice === 1) {
        const targets = schemas(doc);
        if (targets.length === 0) return undefined;
        const { node, tokens } = rng.pick(targets);
        node.type = rng.pick<unknown>([
          ['string', 'null'],
          ['object', 'array'],
          ['integer', 'number', 'null'],
          ['null', 'null'],
        ]);
        return `type array at #/${tokens.join('/')}`;
      }
      if (choice === 2) {
        const targets = schemas(doc);
        if (targets.length === 0) return undefined;
        const { node, tokens } = rng.pick(targets);
        node.$defs = { inner: { type: 'string' } };
        node.properties = {
          ...(isObject(node.properties) ? node.properties : {}),
          viaDefs: { $ref: `#/${tokens.map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}/$defs/inner` },
        };
        return `$defs at #/${tokens.join('/')}`;
      }
      doc.jsonSchemaDialect = 'https://spec.openapis.org/oas/3.1/dialect/base';
      const c = (isObject(doc.components) ? doc.components : (doc.components = {})) as Json;
      c.pathItems = { shared: { get: { responses: { '200': { description: 'OK' } } } } };
      return 'components.pathItems';
    },
  ],
];

const MUTATIONS = [...VALUE_MUTATIONS, ...SHAPE_MUTATIONS];

const TEXT_DAMAGE: readonly [string, (text: string, rng: Rng) => { text: string; what: string }][] = [
  [
    'truncate',
    (text, rng) => {
      const at = rng.int(0, text.length - 1);
      return { text: text.slice(0, at), what: `at ${at}` };
    },
  ],
  [
    'insert',
    (text, rng) => {
      const at = rng.int(0, text.length);
      const junk = rng.pick([
        '{',
        '}',
        '[',
        ']',
        ':',
        '"',
        "'",
        '\t',
        '\n  - ',
        '&a ',
        '*a ',
        '!!binary ',
        '%YAML 1.2\n',
        '\u0000',
        '\ufeff',
        '---\n',
      ]);
      return { text: text.slice(0, at) + junk + text.slice(at), what: `${JSON.stringify(junk)} at ${at}` };
    },
  ],
  [
    'duplicate line',
    (text, rng) => {
      const lines = text.split('\n');
      const i = rng.int(0, lines.length - 1);
      lines.splice(i, 0, lines[i]!);
      return { text: lines.join('\n'), what: `line ${i + 1}` };
    },
  ],
  ['empty', () => ({ text: '', what: 'whole file' })],
];
