import { error, pointerJoin, pointerTokens, type Diagnostic } from '../diagnostics.js';
import { valueAt } from '../load/bundle.js';
import type { Json, Rule } from './rule.js';

/** Every $ref left after bundling is local and must point at something. */
export const refsResolve: Rule = {
  name: 'refs-resolve',
  check(document: Json): Diagnostic[] {
    const problems: Diagnostic[] = [];
    const visit = (node: unknown, pointer: string): void => {
      if (Array.isArray(node)) {
        node.forEach((child, i) => visit(child, pointerJoin(pointer, i)));
        return;
      }
      if (node === null || typeof node !== 'object') return;
      for (const [key, child] of Object.entries(node)) {
        if (key === '$ref' && typeof child === 'string') {
          if (!child.startsWith('#') || valueAt(document, pointerTokens(decode(child))) === undefined) {
            problems.push(error('ref-unresolved', `$ref "${child}" does not resolve`, { file: '', pointer: pointerJoin(pointer, '$ref') }));
          }
        } else if (!(key === 'examples' && Array.isArray(child)) && key !== 'example' && key !== 'enum' && key !== 'default' && key !== 'const') {
          visit(child, pointerJoin(pointer, key));
        }
      }
    };
    visit(document, '#');
    return problems;
  },
};

function decode(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}
