import type { Diagnostic } from '../diagnostics.js';
import { followRefs } from '../load/bundle.js';

import { isObject, type Json } from '../json.js';

// The rules read the bundled document as plain JSON values.
export { isObject, type Json };

/** One named check of a document; returns every problem it finds (pointers only: the pipeline adds lines). */
export interface Rule {
  readonly name: string;
  check(document: Json): Diagnostic[];
}

/** The HTTP methods an OpenAPI path item may hold, in the order output lists them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Calls `visit` for every operation of every path item, with its pointer. */
export function forEachOperation(
  document: Json,
  visit: (op: Json, ctx: { path: string; method: string; pointer: string; pathItem: Json }) => void,
): void {
  const paths = document.paths;
  if (!isObject(paths)) return;
  for (const [p, raw] of Object.entries(paths)) {
    // A path item given by $ref is checked as the model will use it.
    const item = followRefs(document, raw);
    if (!item) continue;
    const itemPointer = `#/paths/${escapeToken(p)}`;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op)) visit(op, { path: p, method, pathItem: item, pointer: `${itemPointer}/${method}` });
    }
  }
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
