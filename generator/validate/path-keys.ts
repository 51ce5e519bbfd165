import { error, pointerJoin, type Diagnostic } from '../diagnostics.js';
import { isObject, type Json, type Rule } from './rule.js';

/** A path is appended to the server URL as written: without its leading `/`, `/v1` + `items` would call `/v1items`. */
export const pathKeys: Rule = {
  name: 'path-keys',
  check(document: Json): Diagnostic[] {
    if (!isObject(document.paths)) return [];
    return Object.keys(document.paths)
      .filter((key) => !key.startsWith('/') && !key.startsWith('x-'))
      .map((key) =>
        error('path-invalid', 'a path must begin with "/" (it is appended to the server URL as written)', {
          pointer: pointerJoin('#/paths', key),
        }),
      );
  },
};
