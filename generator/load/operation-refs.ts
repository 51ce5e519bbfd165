import { pointerJoin, refTokens, type Diagnostic } from '../diagnostics.js';
import { MAX_REF_HOPS, operationRefUnreached, operationRefWarning, valueAt } from './bundle.js';
import { isObject, type Json } from '../json.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Replaces each local `$ref` that stands for an Operation Object (`get: { $ref: '#/…' }`, not allowed by
 * OpenAPI but common: DigitalOcean's whole spec is written so) with the operation it points to, with a
 * warning, so that the model sees the operation's parameters, name and responses. Returns, for each
 * one, where the operation is now and where it was written, so that problems in it are located there.
 */
export function resolveOperationRefs(document: Json): { diagnostics: Diagnostic[]; moved: Map<string, string> } {
  const diagnostics: Diagnostic[] = [];
  const moved = new Map<string, string>();
  const resolveIn = (items: unknown, base: string) => {
    if (!isObject(items)) return;
    for (const [key, item] of Object.entries(items)) {
      if (!isObject(item)) continue;
      for (const method of METHODS) {
        const op = item[method];
        if (!isObject(op) || typeof op.$ref !== 'string' || !op.$ref.startsWith('#')) continue;
        const at = { pointer: pointerJoin(base, key, method, '$ref') };
        let ref = op.$ref;
        let target = valueAt(document, refTokens(ref));
        for (let hops = 0; isObject(target) && typeof target.$ref === 'string' && hops <= MAX_REF_HOPS; hops++) {
          ref = target.$ref;
          target = valueAt(document, refTokens(ref));
        }
        // One that resolves to nothing is reported by the refs-resolve rule.
        if (target === undefined) continue;
        if (!isObject(target) || typeof target.$ref === 'string') {
          diagnostics.push(operationRefUnreached(at));
          continue;
        }
        diagnostics.push(operationRefWarning(at));
        item[method] = target;
        // Field by field, so that the $ref itself is still located where it is written.
        for (const field of Object.keys(target))
          moved.set(pointerJoin(base, key, method, field), pointerJoin('#', ...refTokens(ref), field));
      }
    }
  };
  resolveIn(document.paths, '#/paths');
  resolveIn(isObject(document.components) ? document.components.pathItems : undefined, '#/components/pathItems');
  return { diagnostics, moved };
}
