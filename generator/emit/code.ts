/**
 * Text that ends up inside generated code: every string from the spec passes through
 * here, so none can close a comment, a string or a template, or smuggle a line break.
 */
import type { IrDoc, IrType } from '../model/ir.js';
import { visitType, type IrTypeOf, type IrTypeVisitor } from '../model/ir-walk.js';
import { isIdentifier } from '../identifier.js';

/** A single-quoted string literal that is safe for any input. */
export function quote(value: string): string {
  // Almost every string needs no escape: it is quoted as it is.
  if (!NEEDS_ESCAPE.test(value)) return `'${value}'`;
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === "'" || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

/** What quote must escape: quotes, backslashes, control characters and JavaScript's line separators. */
const NEEDS_ESCAPE = /['\\\u0000-\u001f\u007f\u2028\u2029]/;

/** Text for the inside of a template literal: backticks, `${` and backslashes escaped. */
export function templateText(value: string): string {
  return quote(value).slice(1, -1).replace(/\\'/g, "'").replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

export { isIdentifier };

/** A property name as written in a type or object literal: bare when it is an identifier. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : quote(name);
}

/**
 * A property name in an object literal that is a value: `__proto__` computed, so it stays a property, not the
 * prototype.
 */
export function literalKey(name: string): string {
  return name === '__proto__' ? `['__proto__']` : propertyKey(name);
}

/** `params.name` or `params['odd-name']`. */
export function access(object: string, name: string): string {
  return isIdentifier(name) ? `${object}.${name}` : `${object}[${quote(name)}]`;
}

/** Text safe inside a block comment: no terminator, no stray line separators. */
export function commentText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .trim();
}

/** A JSON value as a short comment-safe string (for `@defaultValue`). */
export function jsonText(value: unknown): string {
  return commentText(JSON.stringify(value) ?? String(value));
}

/** The JSDoc body for documented things: description, format and flags, then tags. */
export function docLines(doc: IrDoc, extra: readonly string[] = []): string | undefined {
  const parts: string[] = [];
  const main = doc.description ?? doc.summary ?? doc.title;
  if (main) parts.push(commentText(main));
  const facts: string[] = [];
  if (doc.format) facts.push(`Format: ${commentText(doc.format)}.`);
  if (doc.readOnly) facts.push('Read-only: set by the service, never sent.');
  if (doc.writeOnly) facts.push('Write-only: sent, never returned.');
  if (facts.length > 0) parts.push(facts.join(' '));
  parts.push(...extra.filter(Boolean));
  const tags: string[] = [];
  if (doc.default !== undefined) tags.push(`@defaultValue ${jsonText(doc.default)}`);
  if (doc.deprecated) tags.push('@deprecated');
  const text = [parts.join('\n\n'), tags.join('\n')].filter(Boolean).join('\n\n');
  return text === '' ? undefined : text;
}

/** A literal type's source text. */
function literalText(value: string | number | boolean | null): string {
  return typeof value === 'string' ? quote(value) : String(value);
}

/** Texts of unions of literals already written (see typeText). */
const literalUnions = new WeakMap<IrType, string>();

/** The source text of a type. `indent` is used for multi-line inline objects. */
export function typeText(type: IrType, indent = ''): string {
  return visitType(type, TYPE_TEXT, indent);
}

const TYPE_TEXT: IrTypeVisitor<string, string> = {
  scalar: (type) => type.name,
  literal: (type) => literalText(type.value),
  ref: (type) => type.name,
  array: (type, indent) => {
    const inner = typeText(type.items, indent);
    return type.items.kind === 'union' || type.items.kind === 'intersection' ? `(${inner})[]` : `${inner}[]`;
  },
  union: (type, indent) => {
    // A union of literals is one line whatever the indent, and the model shares repeated ones (string enums): each is
    // written once.
    const known = literalUnions.get(type);
    if (known !== undefined) return known;
    const text = type.members.map((m) => typeText(m, indent)).join(' | ');
    if (type.members.every((m) => m.kind === 'literal')) literalUnions.set(type, text);
    return text;
  },
  intersection: (type, indent) =>
    type.members.map((m) => (m.kind === 'union' ? `(${typeText(m, indent)})` : typeText(m, indent))).join(' & '),
  object: (type, indent) => objectText(type, indent),
};

function objectText(type: IrTypeOf<'object'>, indent: string): string {
  if (type.properties.length === 0 && !type.additional) return '{ [key: string]: never }';
  const inner = indent + '  ';
  // A map is one line, as a person writes it (Graph's open types are `X | { [key: string]: unknown }` by the thousand):
  // over several lines inside a union, the unformatted printer would give it a hanging indent.
  if (type.properties.length === 0 && type.additional) {
    const values = typeText(type.additional, inner);
    if (!values.includes('\n')) return `{ [key: string]: ${values} }`;
  }
  const lines: string[] = [];
  for (const p of type.properties) {
    const doc = docLines(p.doc);
    if (doc) lines.push(...jsdocBlock(doc, inner));
    lines.push(`${inner}${propertyKey(p.name)}${p.required ? '' : '?'}: ${typeText(p.type, inner)};`);
  }
  if (type.additional) lines.push(`${inner}[key: string]: ${indexSignatureType(type, inner)};`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/**
 * A `/** … *\/` block as lines, for text built outside ts-morph structures, as ts-morph's printer writes a doc: one
 * line as `/** text *\/`, more with a star a line (a leading empty line dropped).
 */
export function jsdocBlock(text: string, indent: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length === 1) return [`${indent}/** ${text}${text.endsWith(' ') ? '' : ' '}*/`];
  const body = lines[0] === '' ? lines.slice(1) : lines;
  return [`${indent}/**`, ...body.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`];
}

/**
 * The value type of an index signature beside declared properties: TypeScript wants every
 * property to fit it, so it is the union of the extra values' type and the properties' types.
 */
export function indexSignatureType(type: Extract<IrType, { kind: 'object' }>, indent = ''): string {
  if (!type.additional) return 'never';
  if (type.properties.length === 0) return typeText(type.additional, indent);
  const flat = [type.additional, ...type.properties.map((p) => p.type)].flatMap((m) =>
    m.kind === 'union' ? m.members : [m],
  );
  if (flat.some((m) => m.kind === 'scalar' && m.name === 'unknown')) return 'unknown';
  const texts = flat.map((m) =>
    m.kind === 'intersection' || m.kind === 'object' ? `(${typeText(m, indent)})` : typeText(m, indent),
  );
  if (type.properties.some((p) => !p.required)) texts.push('undefined');
  return [...new Set(texts)].join(' | ');
}

/** ts-morph wants an array; an absent doc is an empty one. */
export function docArray(text: string | undefined): string[] {
  return text ? [text] : [];
}
