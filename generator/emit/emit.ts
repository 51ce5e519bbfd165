import type { StatementStructures } from 'ts-morph';
import type { IrDocument, IrNamedType, IrOperation, IrPathTemplate, IrProfile } from '../model/ir.js';
import type { GroupDone } from '../model/operations.js';
import type { TypeTable } from '../model/schemas.js';
import { clientStatements, sdkStatements, type PackageIdentity } from './client.js';
import { Kind } from './kinds.js';
import { byCodePoint, importPath, Layout, modelsSplit } from './layout.js';
import { operationStatements, type TypeLookup } from './operations.js';
import { pathStatements } from './paths.js';
import type { Statement } from './print.js';
import { modelStatements } from './types.js';

/** One TypeScript source of the package, planned but not yet built. */
export interface PlannedFile {
  /** Path relative to src/. */
  readonly file: string;
  /** Roughly how much code the file holds (declarations, weighted by their usual size): for sharing out the printing. */
  readonly weight: number;
  /** Builds the file's complete list of statements (see print.ts). */
  statements(): Statement[];
}

/** The relative size of a declaration of each kind in printed code. */
const WEIGHT = { operation: 12, path: 9, type: 6, reexport: 1 } as const;

/**
 * IR → every TypeScript source of the package, each planned as a whole before it is printed.
 * Statements are built on demand, so a large package can be printed (and shared between
 * threads) file by file while the rest is still being planned.
 */
export function planSources(ir: IrDocument, identity: PackageIdentity, planned: ReadonlySet<string> = new Set()): PlannedFile[] {
  const layout = new Layout(ir.types, ir.componentTypes);
  const files: PlannedFile[] = [];
  const plan = (file: string, weight: number, statements: () => Statement[]) => {
    if (!planned.has(file)) files.push({ file, weight, statements });
  };

  const typesByFile = groupBy(ir.types, (t: IrNamedType) => layout.modelFile(t.name));
  for (const file of layout.modelFiles()) {
    const types = typesByFile.get(file) ?? [];
    plan(file, types.length * WEIGHT.type, () => modelStatements(file, types, layout));
  }
  if (layout.modelFiles().length > 0 && layout.modelsEntry() === 'models/index.ts') {
    plan('models/index.ts', layout.modelFiles().length, () => layout.modelFiles().map((f) => reexport('models/index.ts', f)));
  }

  const pathsByGroup = groupBy(ir.paths, (p: IrPathTemplate) => p.group);
  const opsByGroup = groupBy(ir.operations, (o: IrOperation) => o.group);
  const typesByName = new Map(ir.types.map((t) => [t.name, t]));
  for (const group of new Set([...pathsByGroup.keys(), ...opsByGroup.keys()])) {
    for (const f of planGroup(group, opsByGroup.get(group) ?? [], pathsByGroup.get(group) ?? [], layout, typesByName, ir.profile)) plan(f.file, f.weight, f.statements);
  }

  plan('client.ts', WEIGHT.operation, () => clientStatements(ir, identity));
  const groups = [...opsByGroup.keys()].sort(byCodePoint);
  plan('sdk.ts', groups.length * WEIGHT.reexport, () => sdkStatements(ir, groups, layout));

  const barrel = [
    ...(layout.modelFiles().length > 0 ? [layout.modelsEntry()] : []),
    ...[...pathsByGroup.keys()].map((g) => layout.pathsFile(g)).sort(byCodePoint),
    ...groups.map((g) => layout.operationsFile(g)),
    'client.ts',
    'sdk.ts',
    'runtime/index.ts',
  ];
  plan('index.ts', barrel.length * WEIGHT.reexport, () => barrel.map((f) => reexport('index.ts', f)));

  return files.sort((a, b) => byCodePoint(a.file, b.file));
}

/**
 * The two files of one output group: its path helpers and its operations. They need only the
 * group, the layout's models entry and the types their parameters name, so they can be planned
 * as soon as the group is built (see buildIr's `early`), before the rest of the package.
 */
export function planGroup(
  group: string,
  operations: readonly IrOperation[],
  templates: readonly IrPathTemplate[],
  layout: Layout,
  types: TypeLookup,
  profile: IrProfile,
): PlannedFile[] {
  const files: PlannedFile[] = [];
  if (templates.length > 0) {
    const file = layout.pathsFile(group);
    files.push({ file, weight: templates.length * WEIGHT.path, statements: () => pathStatements(file, templates) });
  }
  if (operations.length > 0) {
    const file = layout.operationsFile(group);
    files.push({ file, weight: operations.length * WEIGHT.operation, statements: () => operationStatements(file, operations, layout, types, profile) });
  }
  return files;
}

/**
 * For buildIr's `early`: once the component types are built, and when they already fix the
 * layout (see modelsSplit), their model files are planned and handed to `send` at once, and each
 * output group's files as soon as the group is built, while the rest of the model is still being
 * built. planSources then skips them.
 */
export function planGroupsEarly(send: (file: PlannedFile) => void): (types: TypeTable, profile: IrProfile) => GroupDone | undefined {
  return (types, profile) => {
    const components = types.all();
    if (!modelsSplit(components.length)) return undefined;
    const layout = new Layout(components);
    const byFile = groupBy(components, (t: IrNamedType) => layout.modelFile(t.name));
    for (const [file, list] of byFile) send({ file, weight: list.length * WEIGHT.type, statements: () => modelStatements(file, list, layout) });
    return (group, operations, templates) => planGroup(group, operations, templates, layout, types, profile).forEach(send);
  };
}

function reexport(from: string, to: string): StatementStructures {
  return { kind: Kind.ExportDeclaration, moduleSpecifier: importPath(from, to) };
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
