import { error, pointerJoin, refTokens, type Diagnostic } from '../diagnostics.js';
import { MAX_REF_HOPS, valueAt } from '../load/bundle.js';
import { HTTP_METHODS, isObject, type Json, type Rule } from './rule.js';

/** Where a `$ref` that names a parameter, body, response, header or path item points. */
const NOT_SCHEMA = /^#\/(components\/(parameters|requestBodies|responses|headers|pathItems|examples|links|callbacks|securitySchemes)\/|paths\/)/;

/**
 * A `$ref` outside schemas must reach a value in a few links: one that comes back to itself would
 * leave a POST without its body or a spec without operations, and a longer chain is not followed.
 * (Schemas may refer to themselves; the model types such cycles, see TypeTable.cutDirectCycles.)
 * Each cycle and each chain is reported once, where it is first met.
 */
export const refChains: Rule = {
  name: 'ref-chains',
  check(document: Json): Diagnostic[] {
    const problems: Diagnostic[] = [];
    const reported = new Set<string>();
    const follow = (start: string, at: string): void => {
      if (!NOT_SCHEMA.test(start) || reported.has(start)) return;
      const chain: string[] = [];
      for (let ref: string | undefined = start; ref !== undefined; ) {
        if (chain.includes(ref) || chain.length > MAX_REF_HOPS) {
          const cycle = chain.includes(ref);
          problems.push(
            error(
              cycle ? 'ref-cycle' : 'ref-chain-too-long',
              cycle
                ? `this $ref comes back to itself (${[...chain.slice(chain.indexOf(ref)), ref].join(' → ')}): expected it to reach a value`
                : `this $ref reaches a value only after more than ${MAX_REF_HOPS} further $refs: expected a shorter chain`,
              { file: '', pointer: at },
            ),
          );
          chain.forEach((r) => reported.add(r));
          return;
        }
        chain.push(ref);
        const target = valueAt(document, refTokens(ref));
        ref = isObject(target) && typeof target.$ref === 'string' && target.$ref.startsWith('#') ? target.$ref : undefined;
      }
    };
    const check = (value: unknown, pointer: string): void => {
      if (isObject(value) && typeof value.$ref === 'string') follow(value.$ref, pointerJoin(pointer, '$ref'));
    };
    const each = (map: unknown, pointer: string, visit: (value: unknown, pointer: string) => void): void => {
      if (isObject(map)) for (const [key, value] of Object.entries(map)) visit(value, pointerJoin(pointer, key));
    };
    const list = (items: unknown, pointer: string): void => {
      if (Array.isArray(items)) items.forEach((item, i) => check(item, pointerJoin(pointer, i)));
    };
    const response = (value: unknown, pointer: string): void => {
      check(value, pointer);
      if (isObject(value)) each(value.headers, pointerJoin(pointer, 'headers'), check);
    };
    // Components first: a cycle among them is reported there, not at each use.
    const components = isObject(document.components) ? document.components : {};
    for (const section of ['parameters', 'requestBodies', 'headers', 'pathItems', 'examples', 'links', 'callbacks', 'securitySchemes']) {
      each(components[section], pointerJoin('#/components', section), check);
    }
    each(components.responses, '#/components/responses', response);
    each(document.paths, '#/paths', (item, pointer) => {
      check(item, pointer);
      if (!isObject(item)) return;
      list(item.parameters, pointerJoin(pointer, 'parameters'));
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const at = pointerJoin(pointer, method);
        list(op.parameters, pointerJoin(at, 'parameters'));
        check(op.requestBody, pointerJoin(at, 'requestBody'));
        each(op.responses, pointerJoin(at, 'responses'), response);
      }
    });
    return problems;
  },
};
