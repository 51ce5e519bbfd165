/**
 * The per-operation permissions a generated package exports from `<package>/metadata`, read from the consumer's
 * installed copy. The module is read as data (its object literals evaluated), never run: the report executes
 * nothing of the consumer's project.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { isBelow } from '../generator/load/read-file.js';

/** The scopes of one kind of access (least privileged first), or why there are none. */
export type PermissionList = readonly string[] | 'notSupported' | 'notDocumented';

/** One operation's entry in `<package>/metadata`. */
export interface OperationInfo {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly permissions?: {
    readonly delegatedWorkOrSchool: PermissionList;
    readonly delegatedPersonalMicrosoftAccount: PermissionList;
    readonly application: PermissionList;
  };
}

/** An installed generated package: its name, folder and operations by exported function name. */
export interface InstalledPackage {
  readonly name: string;
  readonly dir: string;
  readonly operations: ReadonlyMap<string, OperationInfo>;
}

/**
 * The package name a module specifier imports from (`@scope/name/operations/x` → `@scope/name`), or undefined for a
 * relative one.
 */
export function packageNameOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || /^[a-z]+:/i.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The folder of `name` as Node finds it from `fromDir` (node_modules of each folder up to the root). */
export function findPackageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads the package in `dir`: undefined when it has no `./metadata` entry point (not a generated package, or one
 * generated before packages carried their permissions).
 */
export function readInstalledPackage(dir: string): InstalledPackage | undefined {
  let manifest: { name?: unknown; exports?: Record<string, unknown> };
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const entry = manifest.exports?.['./metadata'] as { default?: unknown } | string | undefined;
  const target = typeof entry === 'string' ? entry : entry?.default;
  if (typeof target !== 'string' || typeof manifest.name !== 'string') return undefined;
  const file = path.resolve(dir, target);
  // The entry point stays inside the package: a manifest cannot send the report elsewhere on the disk.
  if (!isBelow(file, dir)) return undefined;
  const operations = new Map<string, OperationInfo>();
  return readOperations(dir, file, operations, new Set()) ? { name: manifest.name, dir, operations } : undefined;
}

/**
 * Every `export const name = { … }` of the metadata module whose value is an operation's entry, and of the modules
 * it re-exports whole (`export * from './metadata/users.js'`, one per group), each inside the package and read
 * once. False when the entry point cannot be read.
 */
function readOperations(dir: string, file: string, operations: Map<string, OperationInfo>, read: Set<string>): boolean {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  read.add(file);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  for (const statement of source.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      !statement.exportClause &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text.startsWith('.')
    ) {
      const target = path.resolve(path.dirname(file), statement.moduleSpecifier.text);
      if (isBelow(target, dir) && !read.has(target)) readOperations(dir, target, operations, read);
      continue;
    }
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const value = literalValue(declaration.initializer);
      if (isOperationInfo(value)) operations.set(declaration.name.text, value);
    }
  }
  return true;
}

const NOT_LITERAL = Symbol('not a literal');

/**
 * The value of a JSON-like literal expression (strings, numbers, booleans, null, arrays, objects), else NOT_LITERAL.
 */
function literalValue(node: ts.Expression): unknown {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return literalValue(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map((e) => literalValue(e));
    return items.includes(NOT_LITERAL) ? NOT_LITERAL : items;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const object: Record<string, unknown> = Object.create(null);
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) return NOT_LITERAL;
      const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
      const value = literalValue(property.initializer);
      if (key === undefined || value === NOT_LITERAL) return NOT_LITERAL;
      object[key] = value;
    }
    return object;
  }
  return NOT_LITERAL;
}

function isPermissionList(value: unknown): value is PermissionList {
  return (
    value === 'notSupported' ||
    value === 'notDocumented' ||
    (Array.isArray(value) && value.every((v) => typeof v === 'string'))
  );
}

function isOperationInfo(value: unknown): value is OperationInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.operationId !== 'string' || typeof v.method !== 'string' || typeof v.path !== 'string') return false;
  if (v.permissions === undefined) return true;
  const p = v.permissions as Record<string, unknown> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    isPermissionList(p.delegatedWorkOrSchool) &&
    isPermissionList(p.delegatedPersonalMicrosoftAccount) &&
    isPermissionList(p.application)
  );
}
