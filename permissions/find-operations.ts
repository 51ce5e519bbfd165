/**
 * Which generated operations a consumer's sources use: named and namespace imports from a generated package or its
 * `operations/<group>` modules, and calls through the object `createSdk` returns (`sdk.<group>.<operation>(…)`).
 * Syntax only (TypeScript's parser, no type-check), so a project that does not compile is still read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { warning, type Diagnostic } from '../generator/diagnostics.js';
import { findPackageDir, packageNameOf, readInstalledPackage, type InstalledPackage } from './package-metadata.js';

/** One use of an operation in the consumer's code. */
export interface OperationUse {
  readonly packageName: string;
  readonly operation: string;
  /** Relative to the folder scanned. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** What the scan found: the uses, the packages they come from, and generated-looking imports it could not read. */
export interface ScanResult {
  readonly uses: OperationUse[];
  readonly packages: Map<string, InstalledPackage>;
  readonly filesScanned: number;
  /** Packages imported whose installed copy has no `./metadata` entry point, with the first file importing each. */
  readonly withoutMetadata: Map<string, string>;
  /** Files and folders it could not read (skipped). */
  readonly diagnostics: Diagnostic[];
}

const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/**
 * Every source file under `root`, in code-point order; node_modules, hidden folders and declaration files skipped,
 * symlinks not followed. A folder it cannot read is a warning in `diagnostics`, relative to `root`.
 */
export function listSources(root: string, diagnostics: Diagnostic[] = []): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      diagnostics.push(unreadable(root, dir, e));
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && SOURCE_FILE.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) files.push(full);
    }
  };
  walk(root);
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Scans every source file under `root`. */
export function scanSources(root: string): ScanResult {
  const packages = new Map<string, InstalledPackage>();
  const withoutMetadata = new Map<string, string>();
  const lookedUp = new Map<string, InstalledPackage | undefined>();
  const uses: OperationUse[] = [];
  const diagnostics: Diagnostic[] = [];
  const files = listSources(root, diagnostics);
  for (const file of files) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      diagnostics.push(unreadable(root, file, e));
      continue;
    }
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
    const packageOf = (specifier: string): InstalledPackage | undefined => {
      const name = packageNameOf(specifier);
      if (!name) return undefined;
      const dir = findPackageDir(name, path.dirname(file));
      if (!dir) return undefined;
      if (!lookedUp.has(dir)) lookedUp.set(dir, readInstalledPackage(dir));
      const found = lookedUp.get(dir);
      if (found) packages.set(found.name, found);
      else if (isGeneratedModule(specifier, name, dir) && !withoutMetadata.has(name))
        withoutMetadata.set(name, relative);
      return found;
    };
    for (const use of usesIn(source, packageOf)) {
      const { line, character } = source.getLineAndCharacterOfPosition(use.node.getStart(source));
      uses.push({
        packageName: use.pkg.name,
        operation: use.operation,
        file: relative,
        line: line + 1,
        column: character + 1,
      });
    }
  }
  return { uses, packages, filesScanned: files.length, withoutMetadata, diagnostics };
}

/** A file or folder skipped because it could not be read. */
function unreadable(root: string, target: string, e: unknown): Diagnostic {
  const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  return warning('permissions-unreadable', `skipped: cannot read it (${reason})`, {
    file: path.relative(root, target) || '.',
  });
}

function scriptKind(file: string): ts.ScriptKind {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.jsx$/.test(file)) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** A package that looks generated (a `createSdk` in its sources) although it has no metadata entry point. */
function isGeneratedModule(specifier: string, name: string, dir: string): boolean {
  return specifier === name && fs.existsSync(path.join(dir, 'dist', 'sdk.js'));
}

/** What one import binds locally: an operation, the module's namespace, or createSdk. */
type Binding =
  | { readonly kind: 'operation'; readonly pkg: InstalledPackage; readonly operation: string }
  | { readonly kind: 'namespace'; readonly pkg: InstalledPackage }
  | { readonly kind: 'createSdk'; readonly pkg: InstalledPackage };

/** The uses of operations in one file. */
function usesIn(
  source: ts.SourceFile,
  packageOf: (specifier: string) => InstalledPackage | undefined,
): { pkg: InstalledPackage; operation: string; node: ts.Node }[] {
  const bindings = new Map<string, Binding>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    const pkg = packageOf(statement.moduleSpecifier.text);
    if (!pkg) continue;
    const named = clause.namedBindings;
    if (named && ts.isNamespaceImport(named)) bindings.set(named.name.text, { kind: 'namespace', pkg });
    else if (named) {
      for (const element of named.elements) {
        if (element.isTypeOnly) continue;
        const imported = (element.propertyName ?? element.name).text;
        if (imported === 'createSdk') bindings.set(element.name.text, { kind: 'createSdk', pkg });
        else if (pkg.operations.has(imported))
          bindings.set(element.name.text, { kind: 'operation', pkg, operation: imported });
      }
    }
  }
  if (bindings.size === 0) return [];
  // Variables holding an sdk: `const sdk = createSdk(…)` (or `graph.createSdk(…)` through a namespace import).
  const sdks = new Map<string, InstalledPackage>();
  const uses: { pkg: InstalledPackage; operation: string; node: ts.Node }[] = [];
  const sdkOf = (expression: ts.Expression): InstalledPackage | undefined => {
    if (!ts.isCallExpression(expression)) return undefined;
    const callee = expression.expression;
    if (ts.isIdentifier(callee)) {
      const binding = bindings.get(callee.text);
      return binding?.kind === 'createSdk' ? binding.pkg : undefined;
    }
    if (
      ts.isPropertyAccessExpression(callee) &&
      ts.isIdentifier(callee.expression) &&
      callee.name.text === 'createSdk'
    ) {
      const binding = bindings.get(callee.expression.text);
      return binding?.kind === 'namespace' ? binding.pkg : undefined;
    }
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    // A type (`typeof op`) calls nothing.
    if (ts.isTypeNode(node)) return;
    if (ts.isPropertyAccessExpression(node)) {
      // `ns.operation` through a namespace import, `sdk.group.operation` through an sdk (a variable or `createSdk(…)`
      // itself).
      const target = node.expression;
      if (ts.isIdentifier(target)) {
        const binding = bindings.get(target.text);
        if (binding?.kind === 'namespace' && binding.pkg.operations.has(node.name.text))
          uses.push({ pkg: binding.pkg, operation: node.name.text, node });
      } else if (ts.isPropertyAccessExpression(target)) {
        const holder = target.expression;
        const pkg = ts.isIdentifier(holder) ? sdks.get(holder.text) : sdkOf(holder);
        if (pkg && pkg.operations.has(node.name.text)) uses.push({ pkg, operation: node.name.text, node });
      }
    } else if (ts.isIdentifier(node) && !isDeclarationName(node)) {
      const binding = bindings.get(node.text);
      if (binding?.kind === 'operation') uses.push({ pkg: binding.pkg, operation: binding.operation, node });
    }
    ts.forEachChild(node, visit);
  };
  // The sdk variables first, so that a function declared above the variable's line still counts its calls.
  const collectSdks = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const pkg = sdkOf(node.initializer);
      if (pkg) sdks.set(node.name.text, pkg);
    }
    ts.forEachChild(node, collectSdks);
  };
  collectSdks(source);
  for (const statement of source.statements) if (!ts.isImportDeclaration(statement)) visit(statement);
  return uses;
}

/** An identifier that names something being declared or a property, not a reference to an import. */
function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return true;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent)) &&
    parent.name === node
  )
    return true;
  if (
    (ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isFunctionDeclaration(parent) ||
      ts.isBindingElement(parent)) &&
    parent.name === node
  )
    return true;
  return false;
}
