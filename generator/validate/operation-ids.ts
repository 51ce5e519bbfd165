import { error, pointerJoin, type Diagnostic } from '../diagnostics.js';
import { forEachOperation, type Json, type Rule } from './rule.js';

/**
 * An operationId, where there is one, must be a non-empty string. Two that name one function (the
 * same id twice, or `get-things` and `getThings`) are numbered by the model, which warns of them
 * with the names it chose.
 */
export const operationIdsValid: Rule = {
  name: 'operation-ids-valid',
  check(document: Json): Diagnostic[] {
    const problems: Diagnostic[] = [];
    forEachOperation(document, (op, { pointer }) => {
      const id = op.operationId;
      if (id !== undefined && (typeof id !== 'string' || id.trim() === '')) {
        problems.push(
          error('operation-id-invalid', 'operationId must be a non-empty string', {
            pointer: pointerJoin(pointer, 'operationId'),
          }),
        );
      }
    });
    return problems;
  },
};
