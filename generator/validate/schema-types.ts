import { error, pointerJoin, type Diagnostic } from '../diagnostics.js';
import { discriminatorMappingProblems } from './discriminator-mappings.js';
import { forEachOperation, isObject, type Json, type Rule } from './rule.js';

/** The values of JSON Schema's `type`. */
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** Keywords whose value is one schema. */
const ONE = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];
/** Keywords whose value is a list of schemas. */
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to schemas. */
const MAP = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'];

/**
 * Every schema must be an object (or a boolean, in 3.1) and name only known types. Checked here,
 * beside the other rules, so that a spec's type mistakes are reported with all its other problems.
 */
export const schemaTypes: Rule = {
  name: 'schema-types',
  check(document: Json): Diagnostic[] {
    const problems: Diagnostic[] = [];
    // The path is kept as tokens and spelled out only for a problem: Graph has tens of thousands of schemas and none.
    const tokens: (string | number)[] = [];
    const at = (...more: (string | number)[]) => ({ pointer: pointerJoin('#', ...tokens, ...more) });
    /** Visits `value` one token deeper. */
    const within = (token: string | number, value: unknown, visit: (v: unknown) => void): void => {
      tokens.push(token);
      visit(value);
      tokens.pop();
    };

    const schema = (value: unknown): void => {
      if (typeof value === 'boolean') return;
      if (!isObject(value)) {
        problems.push(error('schema-invalid', `a schema must be an object or a boolean, not ${describe(value)}`, at()));
        return;
      }
      // A reference is checked where it points (components are all visited).
      if (typeof value.$ref === 'string') return;
      problems.push(...discriminatorMappingProblems(document, value, at));
      if (value.type !== undefined) {
        const listed = Array.isArray(value.type);
        const types: unknown[] = listed ? (value.type as unknown[]) : [value.type];
        types.forEach((t, i) => {
          if (typeof t !== 'string' || !TYPES.has(t)) {
            problems.push(
              error(
                'unknown-type',
                `unknown type: expected string, number, integer, boolean, object, array or null`,
                listed ? at('type', i) : at('type'),
              ),
            );
          }
        });
      }
      for (const key of ONE) if (value[key] !== undefined) within(key, value[key], schema);
      for (const key of LIST) {
        const list = value[key];
        if (list === undefined) continue;
        if (!Array.isArray(list))
          problems.push(error('schema-invalid', `"${key}" must be a list of schemas, not ${describe(list)}`, at(key)));
        else within(key, list, () => list.forEach((s, i) => within(i, s, schema)));
      }
      for (const key of MAP) {
        const map = value[key];
        if (map === undefined) continue;
        if (!isObject(map))
          problems.push(
            error('schema-invalid', `"${key}" must be a mapping of names to schemas, not ${describe(map)}`, at(key)),
          );
        else within(key, map, () => each(map, schema));
      }
    };
    /** A parameter, header or media type: its `schema`, or the schemas of its `content`. */
    const holder = (value: unknown): void => {
      if (!isObject(value) || typeof value.$ref === 'string') return;
      if (value.schema !== undefined) within('schema', value.schema, schema);
      if (isObject(value.content)) within('content', value.content, (content) => each(content, holder));
      if (isObject(value.headers)) within('headers', value.headers, (headers) => each(headers, holder));
    };
    /** Visits each value of a mapping, one token (its name) deeper. */
    const each = (map: unknown, visit: (v: unknown) => void) => {
      if (isObject(map)) for (const [name, v] of Object.entries(map)) within(name, v, visit);
    };
    const list = (items: unknown) => {
      if (Array.isArray(items)) items.forEach((p, i) => within(i, p, holder));
    };

    const components = isObject(document.components) ? document.components : {};
    tokens.push('components');
    within('schemas', components.schemas, (schemas) => each(schemas, schema));
    for (const section of ['parameters', 'requestBodies', 'responses', 'headers'])
      within(section, components[section], (entries) => each(entries, holder));
    tokens.pop();
    const pathItems = new Set<Json>();
    forEachOperation(document, (op, { path, method, pathItem }) => {
      tokens.push('paths', path);
      if (!pathItems.has(pathItem)) {
        pathItems.add(pathItem);
        within('parameters', pathItem.parameters, list);
      }
      tokens.push(method);
      within('parameters', op.parameters, list);
      within('requestBody', op.requestBody, holder);
      within('responses', op.responses, (responses) => each(responses, holder));
      tokens.length = 0;
    });
    return problems;
  },
};

/** What a value is, to say what was found instead of a schema. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  // Never the value itself: it may be a whole file that a $ref named (a token, an environment).
  return `a ${typeof value}`;
}
