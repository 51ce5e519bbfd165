import { StructureKind, type StatementStructures } from 'ts-morph';
import type { IrDocument, IrNamedType, IrOperation, IrPathTemplate } from '../model/ir.js';
import { clientStatements, sdkStatements, type PackageIdentity } from './client.js';
import { byCodePoint, importPath, Layout } from './layout.js';
import { operationStatements } from './operations.js';
import { pathStatements } from './paths.js';
import { modelStatements } from './types.js';

/**
 * IR → the statements of every TypeScript source of the package (paths relative to src/),
 * each file complete before it is printed (see print.ts).
 */
export function planSources(ir: IrDocument, identity: PackageIdentity): Map<string, StatementStructures[]> {
  const layout = new Layout(ir);
  const files = new Map<string, StatementStructures[]>();

  const typesByFile = groupBy(ir.types, (t: IrNamedType) => layout.modelFile(t.name));
  for (const file of layout.modelFiles()) files.set(file, modelStatements(file, typesByFile.get(file) ?? [], layout));
  if (layout.modelFiles().length > 0 && layout.modelsEntry() === 'models/index.ts') {
    files.set('models/index.ts', layout.modelFiles().map((f) => reexport('models/index.ts', f)));
  }

  const pathsByGroup = groupBy(ir.paths, (p: IrPathTemplate) => p.group);
  const opsByGroup = groupBy(ir.operations, (o: IrOperation) => o.group);
  for (const [group, templates] of pathsByGroup) files.set(layout.pathsFile(group), pathStatements(layout.pathsFile(group), templates));
  const typesByName = new Map(ir.types.map((t) => [t.name, t]));
  for (const [group, ops] of opsByGroup) files.set(layout.operationsFile(group), operationStatements(layout.operationsFile(group), ops, layout, typesByName));

  files.set('client.ts', clientStatements(ir, identity));
  files.set('sdk.ts', sdkStatements(ir, layout));

  const barrel = [
    ...(layout.modelFiles().length > 0 ? [layout.modelsEntry()] : []),
    ...[...pathsByGroup.keys()].map((g) => layout.pathsFile(g)).sort(byCodePoint),
    ...[...opsByGroup.keys()].map((g) => layout.operationsFile(g)).sort(byCodePoint),
    'client.ts',
    'sdk.ts',
    'runtime/index.ts',
  ];
  files.set('index.ts', barrel.map((f) => reexport('index.ts', f)));

  return files;
}

function reexport(from: string, to: string): StatementStructures {
  return { kind: StructureKind.ExportDeclaration, moduleSpecifier: importPath(from, to) };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
