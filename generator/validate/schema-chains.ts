import { error, pointerJoin, refTokens, type Diagnostic } from '../diagnostics.js';
import { isObject, type Json, type Rule } from './rule.js';

/**
 * Longest chain of component schemas made directly of one another that is generated. Microsoft
 * Graph's deepest is under ten; the model follows such chains recursively (a base's properties, a
 * union's members), which a chain of thousands would overflow.
 */
export const MAX_SCHEMA_CHAIN = 64;

/**
 * A component schema that is another ($ref), extends one (allOf) or is one of several (oneOf, anyOf)
 * is typed through it: a chain of more than MAX_SCHEMA_CHAIN such links is reported once, at its
 * head. Properties and array items do not count: TypeScript defers them, and so does the model.
 */
export const schemaChains: Rule = {
  name: 'schema-chains',
  check(document: Json): Diagnostic[] {
    const components = isObject(document.components) ? document.components : {};
    const schemas = isObject(components.schemas) ? components.schemas : {};
    const keys = Object.keys(schemas);
    const edges = new Map<string, string[]>(keys.map((key) => [key, directRefs(schemas[key], schemas)]));
    // Longest chain from each schema, by a depth-first walk with its own stack (a back edge counts nothing).
    const depth = new Map<string, number>();
    const open = new Set<string>();
    for (const start of keys) {
      if (depth.has(start)) continue;
      const stack: { key: string; next: number }[] = [{ key: start, next: 0 }];
      open.add(start);
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const children = edges.get(top.key)!;
        if (top.next < children.length) {
          const child = children[top.next++]!;
          if (!depth.has(child) && !open.has(child)) {
            open.add(child);
            stack.push({ key: child, next: 0 });
          }
          continue;
        }
        stack.pop();
        open.delete(top.key);
        depth.set(top.key, 1 + Math.max(0, ...children.map((c) => depth.get(c) ?? 0)));
      }
    }
    const tooLong = new Set(keys.filter((key) => depth.get(key)! > MAX_SCHEMA_CHAIN));
    const inner = new Set([...tooLong].flatMap((key) => edges.get(key)!));
    return [...tooLong]
      .filter((key) => !inner.has(key))
      .map((key) =>
        error(
          'schema-chain-too-long',
          `this schema is made of a chain of ${depth.get(key)} schemas, each through the next ($ref, allOf, oneOf or anyOf): expected at most ${MAX_SCHEMA_CHAIN} (flatten the chain)`,
          {
            pointer: pointerJoin('#/components/schemas', key),
          },
        ),
      );
  },
};

/** The component schemas a schema refers to directly: through $ref, allOf, oneOf and anyOf, inline members included. */
function directRefs(schema: unknown, schemas: Json): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    if (typeof node.$ref === 'string') {
      const tokens = refTokens(node.$ref);
      if (
        node.$ref.startsWith('#') &&
        tokens.length === 3 &&
        tokens[0] === 'components' &&
        tokens[1] === 'schemas' &&
        Object.prototype.hasOwnProperty.call(schemas, tokens[2]!)
      )
        found.add(tokens[2]!);
      continue;
    }
    for (const key of ['allOf', 'oneOf', 'anyOf']) {
      const list = node[key];
      if (Array.isArray(list)) stack.push(...list);
    }
  }
  return [...found];
}
