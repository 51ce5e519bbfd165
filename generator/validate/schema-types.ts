import { error, pointerJoin, type Diagnostic } from '../diagnostics.js';
import { forEachOperation, isObject, type Json, type Rule } from './rule.js';

/** The values of JSON Schema's `type`. */
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** Keywords whose value is one schema. */
const ONE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems'];
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
    const at = (pointer: string) => ({ file: '', pointer });

    const schema = (value: unknown, pointer: string): void => {
      if (typeof value === 'boolean') return;
      if (!isObject(value)) {
        problems.push(error('schema-invalid', `a schema must be an object or a boolean, not ${describe(value)}`, at(pointer)));
        return;
      }
      // A reference is checked where it points (components are all visited).
      if (typeof value.$ref === 'string') return;
      const types: unknown[] = Array.isArray(value.type) ? value.type : value.type === undefined ? [] : [value.type];
      types.forEach((t, i) => {
        if (typeof t !== 'string' || !TYPES.has(t)) {
          const where = Array.isArray(value.type) ? pointerJoin(pointer, 'type', i) : pointerJoin(pointer, 'type');
          problems.push(error('unknown-type', `unknown type ${JSON.stringify(t)}: expected string, number, integer, boolean, object, array or null`, at(where)));
        }
      });
      for (const key of ONE) if (value[key] !== undefined) schema(value[key], pointerJoin(pointer, key));
      for (const key of LIST) {
        const list = value[key];
        if (list === undefined) continue;
        if (Array.isArray(list)) list.forEach((s, i) => schema(s, pointerJoin(pointer, key, i)));
        else problems.push(error('schema-invalid', `"${key}" must be a list of schemas, not ${describe(list)}`, at(pointerJoin(pointer, key))));
      }
      for (const key of MAP) {
        const map = value[key];
        if (map === undefined) continue;
        if (isObject(map)) for (const [name, s] of Object.entries(map)) schema(s, pointerJoin(pointer, key, name));
        else problems.push(error('schema-invalid', `"${key}" must be a mapping of names to schemas, not ${describe(map)}`, at(pointerJoin(pointer, key))));
      }
    };
    /** A parameter, header or media type: its `schema`, or the schemas of its `content`. */
    const holder = (value: unknown, pointer: string): void => {
      if (!isObject(value) || typeof value.$ref === 'string') return;
      if (value.schema !== undefined) schema(value.schema, pointerJoin(pointer, 'schema'));
      if (isObject(value.content)) for (const [type, media] of Object.entries(value.content)) holder(media, pointerJoin(pointer, 'content', type));
      if (isObject(value.headers)) for (const [name, h] of Object.entries(value.headers)) holder(h, pointerJoin(pointer, 'headers', name));
    };
    const each = (map: unknown, pointer: string, visit: (v: unknown, p: string) => void) => {
      if (isObject(map)) for (const [name, v] of Object.entries(map)) visit(v, pointerJoin(pointer, name));
    };
    const list = (items: unknown, pointer: string) => {
      if (Array.isArray(items)) items.forEach((p, i) => holder(p, pointerJoin(pointer, i)));
    };

    const components = isObject(document.components) ? document.components : {};
    each(components.schemas, '#/components/schemas', schema);
    for (const section of ['parameters', 'requestBodies', 'responses', 'headers']) each(components[section], `#/components/${section}`, holder);
    const pathItems = new Set<Json>();
    forEachOperation(document, (op, { pointer, pathItem }) => {
      const itemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
      if (!pathItems.has(pathItem)) {
        pathItems.add(pathItem);
        list(pathItem.parameters, pointerJoin(itemPointer, 'parameters'));
      }
      list(op.parameters, pointerJoin(pointer, 'parameters'));
      holder(op.requestBody, pointerJoin(pointer, 'requestBody'));
      each(op.responses, pointerJoin(pointer, 'responses'), holder);
    });
    return problems;
  },
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}` : `a ${typeof value}`;
}
