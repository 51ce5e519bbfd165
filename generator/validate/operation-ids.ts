import { error, pointerJoin, type Diagnostic } from '../diagnostics.js';
import { forEachOperation, type Json, type Rule } from './rule.js';

/** operationIds name the generated functions, so two operations may not share one. */
export const operationIdsUnique: Rule = {
  name: 'operation-ids-unique',
  check(document: Json): Diagnostic[] {
    const seen = new Map<string, string>();
    const problems: Diagnostic[] = [];
    forEachOperation(document, (op, { pointer, method, path }) => {
      const id = op.operationId;
      if (id === undefined) return;
      if (typeof id !== 'string' || id.trim() === '') {
        problems.push(error('operation-id-invalid', 'operationId must be a non-empty string', { file: '', pointer: pointerJoin(pointer, 'operationId') }));
        return;
      }
      const first = seen.get(id);
      if (first) {
        problems.push(error('operation-id-duplicate', `operationId "${id}" of ${method.toUpperCase()} ${path} is already used by ${first}`, { file: '', pointer: pointerJoin(pointer, 'operationId') }));
      } else {
        seen.set(id, `${method.toUpperCase()} ${path}`);
      }
    });
    return problems;
  },
};
