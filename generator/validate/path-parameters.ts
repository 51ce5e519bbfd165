import { pointerJoin, refTokens, warning, type Diagnostic } from '../diagnostics.js';
import { valueAt } from '../load/bundle.js';
import { forEachOperation, isObject, type Json, type Rule } from './rule.js';

/**
 * Each `{name}` in a path template should have a declared path parameter, and each declared one should
 * appear. Peers generate either slip (OpenAI's and DigitalOcean's specs have them), and so does the model,
 * with these warnings: an undeclared one becomes a required string, an unused one is left out.
 */
export const pathParameters: Rule = {
  name: 'path-parameters',
  check(document: Json): Diagnostic[] {
    const problems: Diagnostic[] = [];
    const deref = (p: unknown): unknown =>
      isObject(p) && typeof p.$ref === 'string' ? valueAt(document, refTokens(p.$ref)) : p;
    const withQuery = new Set<string>();
    forEachOperation(document, (op, { path, pathItem, pointer }) => {
      // Real specs do this (AWS makes paths unique with `/#X-Amz-Target=…` and `/?Action=…`): the runtime keeps
      // the text (query parameters join its `?` with `&`), but a fragment, and whatever follows it, never
      // reaches the server. Said once per path.
      if (/[?#]/.test(path) && !withQuery.has(path)) {
        withQuery.add(path);
        problems.push(
          warning(
            'path-query-string',
            `path ${path} holds a query string or fragment, kept as written (a fragment, and query parameters after it, are never sent): expected only the path (declare query values as parameters with in: query)`,
            { pointer: pointer.slice(0, pointer.lastIndexOf('/')) },
          ),
        );
      }
      const inTemplate = path.includes('{') ? [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!) : [];
      // Where each declared one is, as the parameter list and index: a pointer is spelled only for a problem.
      const declared = new Map<string, [base: string, index: number]>();
      const collect = (list: unknown, base: string) => {
        if (!Array.isArray(list)) return;
        for (let i = 0; i < list.length; i++) {
          const p = deref(list[i]);
          if (isObject(p) && p.in === 'path' && typeof p.name === 'string') declared.set(p.name, [base, i]);
        }
      };
      collect(pathItem.parameters, pointer.slice(0, pointer.lastIndexOf('/')));
      collect(op.parameters, pointer);
      for (const name of inTemplate) {
        if (!declared.has(name)) {
          problems.push(
            warning(
              'path-parameter-undeclared',
              `path parameter "${name}" of ${path} is not declared: it is taken as a required string (declare a parameter with in: path, name: ${name})`,
              { pointer },
            ),
          );
        }
      }
      for (const [name, [base, index]] of declared) {
        if (!inTemplate.includes(name)) {
          problems.push(
            warning(
              'path-parameter-unused',
              `path parameter "${name}" is declared but ${path} has no {${name}}: the generated function does not take it`,
              { pointer: pointerJoin(base, 'parameters', index) },
            ),
          );
        }
      }
    });
    return problems;
  },
};
