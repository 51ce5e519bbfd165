/**
 * Type guards of polymorphic entities (`isUser(value)`), one per type that a union of a polymorphic base lists: each
 * tests `@odata.type` and narrows a union (a response typed as the base, or an item of its page) to that kind.
 */
import type { IrNamedType } from '../model/ir.js';
import { commentText, quote } from './code.js';
import type { Emitter, Statement } from './emitter.js';

const FILE = 'guards.ts';

export const guardsEmitter: Emitter = {
  name: 'guards',
  planPackage: ({ ir }) => (hasGuards(ir.types) ? [{ file: FILE, statements: () => guardStatements(ir.types) }] : []),
  exports: ({ ir }) => (hasGuards(ir.types) ? { index: [FILE] } : {}),
};

const hasGuards = (types: readonly IrNamedType[]): boolean => types.some((t) => t.odataTypes);

/** One guard per member type, the first union that lists it deciding its `@odata.type` value. */
function guardStatements(types: readonly IrNamedType[]): Statement[] {
  const done = new Set<string>();
  const statements: Statement[] = [];
  for (const member of types.flatMap((t) => t.odataTypes ?? [])) {
    if (done.has(member.guard)) continue;
    done.add(member.guard);
    const tag = quote(member.value);
    // Written out: generic and with a type predicate, the function reads best as text.
    statements.push(
      `/** True when \`value\` is of type ${commentText(member.type)}: its \`@odata.type\` is ${commentText(tag)}. */\n` +
        `export function ${member.guard}<T extends { readonly '@odata.type'?: unknown }>(value: T): value is T & { readonly '@odata.type': ${tag} } {\n` +
        `  return value['@odata.type'] === ${tag};\n}`,
    );
  }
  return statements;
}
