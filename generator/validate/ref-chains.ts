import { error, pointerJoin, refTokens, type Diagnostic } from '../diagnostics.js';
import { MAX_REF_HOPS, valueAt } from '../load/bundle.js';
import { HTTP_METHODS, isObject, type Json, type Rule } from './rule.js';

/** Where a `$ref` that names a parameter, body, response, header or path item points. */
const NOT_SCHEMA =
  /^#\/(components\/(parameters|requestBodies|responses|headers|pathItems|examples|links|callbacks|securitySchemes)\/|paths\/)/;

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
      // The whole chain is followed (each link once, so this ends) and marked, to be reported once.
      const chain = new Set<string>();
      let ref: string | undefined = start;
      while (ref !== undefined && !chain.has(ref) && !reported.has(ref)) {
        chain.add(ref);
        const target = valueAt(document, refTokens(ref));
        ref =
          isObject(target) && typeof target.$ref === 'string' && target.$ref.startsWith('#') ? target.$ref : undefined;
      }
      chain.forEach((r) => reported.add(r));
      const cycle = ref !== undefined && chain.has(ref);
      if (!cycle && chain.size <= MAX_REF_HOPS) return;
      const links = [...chain];
      problems.push(
        error(
          cycle ? 'ref-cycle' : 'ref-chain-too-long',
          cycle
            ? `this $ref comes back to itself (${[...links.slice(links.indexOf(ref!)), ref].join(' → ')}): expected it to reach a value`
            : `this $ref reaches a value only through ${chain.size} $refs in a row: expected at most ${MAX_REF_HOPS}`,
          { pointer: at },
        ),
      );
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
    for (const section of [
      'parameters',
      'requestBodies',
      'headers',
      'pathItems',
      'examples',
      'links',
      'callbacks',
      'securitySchemes',
    ]) {
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
