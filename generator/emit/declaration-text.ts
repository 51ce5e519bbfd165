/**
 * Declarations written out as ts-morph's printer writes them, without the printer: functions (operations, paging
 * functions, path helpers) and interfaces (models, path parameters) are most of a large package's text (Graph v1.0:
 * 21 of its 26 MB), and the printer spends most of its time following every character it writes, to indent lines
 * that these declarations, each part on one line, do not have. A declaration with a part over several lines (an
 * inline object type, say) is left to the printer, which gives those lines their hanging indents; so is one with a
 * field written here only as the printer would not need it. test/generator/declaration-text.test.ts prints every
 * planned file of the test packages both ways.
 */
import type {
  FunctionDeclarationStructure,
  InterfaceDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
} from 'ts-morph';
import { jsdocBlock } from './code.js';
import type { PlainData, Statement } from './emitter.js';
import { Kind } from './kinds.js';

type FunctionData = PlainData<FunctionDeclarationStructure>;
type ParameterData = PlainData<OptionalKind<ParameterDeclarationStructure>>;
type TypeParameterData = Exclude<NonNullable<FunctionData['typeParameters']>[number], string>;
type InterfaceData = PlainData<InterfaceDeclarationStructure>;
type PropertyData = NonNullable<InterfaceData['properties']>[number];
type IndexSignatureData = NonNullable<InterfaceData['indexSignatures']>[number];

/** The keys this module writes; a function with any other (overloads, async, decorators…) goes to the printer. */
const FUNCTION_KEYS = new Set([
  'kind',
  'isExported',
  'name',
  'typeParameters',
  'docs',
  'parameters',
  'returnType',
  'statements',
]);
const PARAMETER_KEYS = new Set(['name', 'type', 'hasQuestionToken', 'initializer']);
const TYPE_PARAMETER_KEYS = new Set(['name', 'constraint', 'default', 'isConst']);
const INTERFACE_KEYS = new Set(['kind', 'isExported', 'name', 'docs', 'extends', 'properties', 'indexSignatures']);
const PROPERTY_KEYS = new Set(['name', 'type', 'hasQuestionToken', 'docs']);
const INDEX_SIGNATURE_KEYS = new Set(['keyName', 'keyType', 'returnType']);

/**
 * `statement` as the text the printer would write for it, where it is a function or an interface this module writes;
 * otherwise `statement` itself, for the printer.
 */
export function writtenOut(statement: Statement): Statement {
  if (typeof statement === 'string') return statement;
  const text =
    statement.kind === Kind.Function
      ? functionText(statement)
      : statement.kind === Kind.Interface
        ? interfaceText(statement)
        : undefined;
  return text ?? statement;
}

function functionText(fn: FunctionData): string | undefined {
  if (!onlyKeys(fn, FUNCTION_KEYS) || !fn.name || fn.statements?.length !== 1) return undefined;
  const [body] = fn.statements;
  if (typeof body !== 'string' || !oneLine(body) || body.trim() === '') return undefined;
  let out = docsText(fn.docs, '');
  if (out === undefined) return undefined;
  const typeParameters: string[] = [];
  for (const t of fn.typeParameters ?? []) {
    const text = typeof t === 'string' ? t : typeParameter(t);
    if (text === undefined || !listItem(text)) return undefined;
    typeParameters.push(text);
  }
  const parameters: string[] = [];
  for (const p of fn.parameters ?? []) {
    const text = parameter(p);
    if (text === undefined || !listItem(text)) return undefined;
    parameters.push(text);
  }
  const returnType = fn.returnType === undefined ? '' : fn.returnType;
  if (typeof returnType !== 'string' || !oneLine(returnType)) return undefined;
  out += `${fn.isExported ? 'export ' : ''}function ${fn.name}`;
  if (typeParameters.length > 0) out += `<${typeParameters.join(', ')}>`;
  out += `(${parameters.join(', ')})`;
  if (returnType.trim() !== '') out += `: ${returnType}`;
  return `${out} {\n  ${body}\n}`;
}

function interfaceText(iface: InterfaceData): string | undefined {
  if (!onlyKeys(iface, INTERFACE_KEYS) || !iface.name) return undefined;
  const docs = docsText(iface.docs, '');
  if (docs === undefined) return undefined;
  let out = `${docs}${iface.isExported ? 'export ' : ''}interface ${iface.name} `;
  const bases = typeof iface.extends === 'string' ? [iface.extends] : (iface.extends ?? []);
  if (!bases.every((b) => typeof b === 'string' && oneLine(b))) return undefined;
  const extendsText = bases.join(', ');
  if (extendsText.trim() !== '') out += `extends ${extendsText} `;
  // The printer writes index signatures before properties, whatever the order they are given in.
  const members: string[] = [];
  for (const signature of iface.indexSignatures ?? []) {
    const text = indexSignature(signature);
    if (text === undefined) return undefined;
    members.push(text);
  }
  for (const property of iface.properties ?? []) {
    const text = propertySignature(property);
    if (text === undefined) return undefined;
    members.push(text);
  }
  return `${out}{\n${members.map((m) => `${m}\n`).join('')}}`;
}

function propertySignature(p: PropertyData): string | undefined {
  if (!onlyKeys(p, PROPERTY_KEYS) || typeof p.name !== 'string' || !oneLine(p.name)) return undefined;
  if (p.type !== undefined && (typeof p.type !== 'string' || !oneLine(p.type))) return undefined;
  const docs = docsText(p.docs, '  ');
  if (docs === undefined) return undefined;
  const type = p.type !== undefined && p.type.trim() !== '' ? `: ${p.type}` : '';
  return `${docs}  ${p.name}${p.hasQuestionToken ? '?' : ''}${type};`;
}

function indexSignature(s: IndexSignatureData): string | undefined {
  if (!onlyKeys(s, INDEX_SIGNATURE_KEYS)) return undefined;
  const { keyName, keyType, returnType } = s;
  for (const part of [keyName, keyType, returnType])
    if (part !== undefined && (typeof part !== 'string' || !oneLine(part))) return undefined;
  const type = typeof returnType === 'string' && returnType.trim() !== '' ? `: ${returnType}` : '';
  return `  [${keyName || 'key'}: ${keyType || 'string'}]${type};`;
}

/** Doc comments, each followed by a line break, at `indent`; undefined for a doc the printer must write. */
function docsText(docs: readonly unknown[] | undefined, indent: string): string | undefined {
  let out = '';
  for (const doc of docs ?? []) {
    if (typeof doc !== 'string' || doc === '') return undefined;
    out += `${jsdocBlock(doc, indent).join('\n')}\n`;
  }
  return out;
}

function typeParameter(t: TypeParameterData): string | undefined {
  if (!onlyKeys(t, TYPE_PARAMETER_KEYS) || typeof t.name !== 'string') return undefined;
  let out = `${t.isConst ? 'const ' : ''}${t.name}`;
  for (const [part, joiner] of [
    [t.constraint, ' extends '],
    [t.default, ' = '],
  ] as const) {
    if (part === undefined) continue;
    if (typeof part !== 'string' || !oneLine(part)) return undefined;
    if (part.trim() !== '') out += `${joiner}${part}`;
  }
  return out;
}

function parameter(p: ParameterData): string | undefined {
  if (!onlyKeys(p, PARAMETER_KEYS) || typeof p.name !== 'string') return undefined;
  const type = p.type ?? (p.hasQuestionToken ? 'any' : undefined);
  const initializer = p.initializer;
  if (
    (type !== undefined && typeof type !== 'string') ||
    (initializer !== undefined && typeof initializer !== 'string')
  )
    return undefined;
  if (!oneLine(type ?? '') || !oneLine(initializer ?? '')) return undefined;
  let out = `${p.name}${p.hasQuestionToken ? '?' : ''}`;
  if (type !== undefined && type.trim() !== '') out += `: ${type}`;
  if (initializer !== undefined && initializer.trim() !== '') out += `${out.endsWith(' ') ? '' : ' '}= ${initializer}`;
  return out;
}

/** Whether `value` sets no key outside `keys` (an absent or undefined one is not set). */
function onlyKeys(value: object, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key) && (value as Record<string, unknown>)[key] !== undefined) return false;
  return true;
}

function oneLine(text: string): boolean {
  return !/[\r\n\u2028\u2029]/.test(text);
}

/**
 * An item of a comma-separated list that the printer would end with its comma: one that ends in neither white space
 * nor a comment (the printer puts the comma before those), and holds no comment to make sure.
 */
function listItem(text: string): boolean {
  return text.trim() === text && !text.includes('//') && !text.includes('/*');
}
