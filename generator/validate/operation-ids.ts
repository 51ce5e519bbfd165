import { error, pointerJoin, type Diagnostic } from '../diagnostics.js';
import { camelCase } from '../model/naming.js';
import { forEachOperation, type Json, type Rule } from './rule.js';

/**
 * operationIds name the generated functions, so two operations may not share one, nor two ids that
 * become the same function name once cased (`get-things` and `getThings`).
 */
export const operationIdsUnique: Rule = {
  name: 'operation-ids-unique',
  check(document: Json): Diagnostic[] {
    const seen = new Map<string, string>();
    const byFunction = new Map<string, { id: string; where: string }>();
    const problems: Diagnostic[] = [];
    forEachOperation(document, (op, { pointer, method, path }) => {
      const id = op.operationId;
      if (id === undefined) return;
      const where = `${method.toUpperCase()} ${path}`;
      // Spelled only for a problem: thousands of operations have none.
      const at = () => ({ pointer: pointerJoin(pointer, 'operationId') });
      if (typeof id !== 'string' || id.trim() === '') {
        problems.push(error('operation-id-invalid', 'operationId must be a non-empty string', at()));
        return;
      }
      const first = seen.get(id);
      if (first) {
        problems.push(error('operation-id-duplicate', `operationId "${id}" of ${where} is already used by ${first}`, at()));
        return;
      }
      seen.set(id, where);
      const fn = camelCase(id);
      const other = byFunction.get(fn);
      if (other) {
        problems.push(error('name-collision', `operationId "${id}" of ${where} and "${other.id}" of ${other.where} would both name the function ${fn}: expected operationIds that differ in more than case and punctuation`, at()));
      } else {
        byFunction.set(fn, { id, where });
      }
    });
    return problems;
  },
};
