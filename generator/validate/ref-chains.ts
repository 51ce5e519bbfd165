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
    const follow = (start: string, at: () => string): void => {
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
          { pointer: at() },
        ),
      );
    };
    // The place is kept as tokens and spelled out only for a problem: Graph has about 100,000 places and no problem.
    const tokens: (string | number)[] = [];
    const check = (value: unknown, ...more: (string | number)[]): void => {
      if (isObject(value) && typeof value.$ref === 'string')
        follow(value.$ref, () => pointerJoin('#', ...tokens, ...more, '$ref'));
    };
    const each = (map: unknown, visit: (value: unknown) => void): void => {
      if (!isObject(map)) return;
      for (const key in map) {
        tokens.push(key);
        visit(map[key]);
        tokens.pop();
      }
    };
    const list = (items: unknown): void => {
      if (Array.isArray(items)) for (let i = 0; i < items.length; i++) check(items[i], i);
    };
    const within = (token: string, visit: () => void): void => {
      tokens.push(token);
      visit();
      tokens.pop();
    };
    const response = (value: unknown): void => {
      check(value);
      if (isObject(value)) within('headers', () => each(value.headers, (header) => check(header)));
    };
    // Components first: a cycle among them is reported there, not at each use.
    const components = isObject(document.components) ? document.components : {};
    tokens.push('components');
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
      within(section, () => each(components[section], (value) => check(value)));
    }
    within('responses', () => each(components.responses, response));
    tokens.length = 0;
    within('paths', () =>
      each(document.paths, (item) => {
        check(item);
        if (!isObject(item)) return;
        within('parameters', () => list(item.parameters));
        for (const method of HTTP_METHODS) {
          const op = item[method];
          if (!isObject(op)) continue;
          within(method, () => {
            within('parameters', () => list(op.parameters));
            check(op.requestBody, 'requestBody');
            within('responses', () => each(op.responses, response));
          });
        }
      }),
    );
    return problems;
  },
};
