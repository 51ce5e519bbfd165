/**
 * Declarations written out as text, the way ts-morph's printer writes their structures: a file of
 * text statements only is joined without the printer (see print.ts), and a text crosses to the
 * helper thread as one string rather than a tree of objects. Graph v1.0 has some 13,000 functions.
 */
import { jsdocBlock } from './code.js';

/** A parameter of a function: `name?: type = initializer`. */
export interface ParameterText {
  readonly name: string;
  readonly type: string;
  readonly optional?: boolean;
  readonly initializer?: string;
}

/** `export function name(…): returnType { … }` with its JSDoc, each body line indented once. */
export function functionText(
  name: string,
  doc: string | undefined,
  parameters: readonly ParameterText[],
  returnType: string,
  body: readonly string[],
): string {
  const params = parameters
    .map(
      (p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}${p.initializer === undefined ? '' : ` = ${p.initializer}`}`,
    )
    .join(', ');
  return [
    ...docBlock(doc, ''),
    `export function ${name}(${params}): ${returnType} {`,
    ...body.map((line) => `  ${line}`),
    '}',
  ].join('\n');
}

/** One name an import brings in; `typeOnly` inside an import of values (`import { type A, b }`). */
export interface ImportedName {
  readonly name: string;
  readonly typeOnly?: boolean;
}

/** `import type { A, B } from './x.js';`, or an import of values whose type-only names say so each. */
export function importText(
  moduleSpecifier: string,
  names: readonly (string | ImportedName)[],
  typeOnly = false,
): string {
  const list = names.map((n) => (typeof n === 'string' ? n : n.typeOnly ? `type ${n.name}` : n.name)).join(', ');
  return `import ${typeOnly ? 'type ' : ''}{ ${list} } from '${moduleSpecifier}';`;
}

/** A JSDoc block's lines, none without a doc. */
function docBlock(doc: string | undefined, indent: string): string[] {
  return doc ? jsdocBlock(doc, indent) : [];
}

/** `export const name: type = initializer;` with its JSDoc. */
export function constText(name: string, doc: string | undefined, initializer: string, type?: string): string {
  return [...docBlock(doc, ''), `export const ${name}${type ? `: ${type}` : ''} = ${initializer};`].join('\n');
}

/** `export type Name = type;` with its JSDoc. */
export function typeAliasText(name: string, doc: string | undefined, type: string): string {
  return [...docBlock(doc, ''), `export type ${name} = ${type};`].join('\n');
}

/** A member of an interface: `key?: type;` (the key with its `?`, or an index signature's `[key: string]`), documented where it has a doc. */
export interface PropertyText {
  readonly key: string;
  readonly type: string;
  readonly doc?: string;
}

/** `export interface Name extends … { … }` with its JSDoc, each member on its own line (its JSDoc above it), indented once. */
export function interfaceText(
  name: string,
  doc: string | undefined,
  members: readonly PropertyText[],
  bases: readonly string[] = [],
): string {
  return [
    ...docBlock(doc, ''),
    `export interface ${name} ${bases.length > 0 ? `extends ${bases.join(', ')} ` : ''}{`,
    ...members.flatMap((p) => [...docBlock(p.doc, '  '), `  ${p.key}: ${p.type};`]),
    '}',
  ].join('\n');
}
