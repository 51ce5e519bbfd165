import { error, pointerJoin, refTokens, type Diagnostic } from '../diagnostics.js';
import { isDataValue, valueAt } from '../load/bundle.js';
import type { Json, Rule } from './rule.js';

/** Every $ref left after bundling is local and must point at something. */
export const refsResolve: Rule = {
  name: 'refs-resolve',
  check(document: Json): Diagnostic[] {
    const problems: Diagnostic[] = [];
    const resolved = new Map<string, boolean>();
    // The path is kept as tokens and joined only for a problem: most nodes never need it.
    const tokens: string[] = [];
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          tokens.push(String(i));
          visit(node[i]);
          tokens.pop();
        }
        return;
      }
      for (const key in node) {
        const child = (node as Json)[key];
        if (key === '$ref' && typeof child === 'string') {
          let ok = resolved.get(child);
          if (ok === undefined) {
            ok = child.startsWith('#') && valueAt(document, refTokens(child)) !== undefined;
            resolved.set(child, ok);
          }
          if (!ok)
            problems.push(
              error('ref-unresolved', `$ref "${child}" does not resolve: ${whyUnresolved(document, child)}`, {
                pointer: pointerJoin('#', ...tokens, '$ref'),
              }),
            );
        } else if (typeof child === 'object' && child !== null && !isDataValue(key, tokens[tokens.length - 1], child)) {
          tokens.push(key);
          visit(child);
          tokens.pop();
        }
      }
    };
    visit(document);
    return problems;
  },
};

/** What is missing, as the reader would look for it: the deepest part of the pointer that exists, and the next name. */
function whyUnresolved(document: Json, ref: string): string {
  if (!ref.startsWith('#/')) return 'expected a JSON pointer such as #/components/schemas/Name';
  const wanted = refTokens(ref);
  let found = 0;
  while (found < wanted.length && valueAt(document, wanted.slice(0, found + 1)) !== undefined) found++;
  return `${found === 0 ? 'the document' : pointerJoin('#', ...wanted.slice(0, found))} has no ${JSON.stringify(wanted[found])}`;
}
