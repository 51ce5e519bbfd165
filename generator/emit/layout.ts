import * as path from 'node:path';
import type { ExportDeclarationStructure, ImportDeclarationStructure } from 'ts-morph';
import type { IrParameterListName } from '../model/ir.js';
import type { PlainData } from './emitter.js';
import { Kind } from './kinds.js';

/** Above this many types, models are split by the first two letters of their names (body shapes apart, see Layout). */
const MODELS_PER_SINGLE_FILE = 300;

/**
 * Where each declaration lives in the generated package (paths relative to src/),
 * decided before any file is emitted so that imports can be planned, not discovered.
 */
export class Layout {
  private readonly modelFileByType = new Map<string, string>();
  /** Whether the package is big enough to split models (and parameter lists) into files by name. */
  readonly split: boolean;

  /**
   * `types`: every named type of the package (see modelsSplit for when fewer may be given), the
   * first `components` of them the spec's component schemas. Split, the body shapes made while
   * operations were built go to models/bodies/: component schemas never refer to them, so their
   * files are complete as soon as the components are built, and can be printed while the
   * operations are (see earlyPlanner in plan.ts).
   */
  constructor(types: readonly { readonly name: string }[], components = types.length) {
    const split = (this.split = modelsSplit(types.length));
    types.forEach((t, i) => {
      const bucket = bucketOf(t.name);
      this.modelFileByType.set(
        t.name,
        !split ? 'models.ts' : i < components ? `models/${bucket}.ts` : `models/bodies/${bucket}.ts`,
      );
    });
  }

  /**
   * The file declaring the named type. Split, a type the layout was not given is a body shape the model makes after
   * the components (a layout planned early knows only those, see earlyPlanner): its file is known all the same.
   */
  modelFile(typeName: string): string {
    const file =
      this.modelFileByType.get(typeName) ?? (this.split ? `models/bodies/${bucketOf(typeName)}.ts` : undefined);
    if (!file) throw new Error(`no file planned for type ${typeName}`);
    return file;
  }

  private modelFileList: readonly string[] | undefined;

  /** Every model file: by folder (models/ before models/bodies/), then by name, in code-point order. */
  modelFiles(): readonly string[] {
    return (this.modelFileList ??= [...new Set(this.modelFileByType.values())].sort(
      (a, b) => byCodePoint(path.posix.dirname(a), path.posix.dirname(b)) || byCodePoint(a, b),
    ));
  }

  /** The module that re-exports every model, as imported by other files. */
  modelsEntry(): string {
    const files = this.modelFiles();
    return files.length === 1 && files[0] === 'models.ts' ? 'models.ts' : 'models/index.ts';
  }

  /** The file of an operation group's functions. */
  operationsFile(group: string): string {
    return `operations/${group}.ts`;
  }

  /**
   * The file declaring a list of query or header parameters. Split, parameters/ by name like the models, so that a
   * group's operations import no other group's (a consumer of one group then loads no other); else the operations
   * file of the group that first used it.
   */
  parameterListFile(list: IrParameterListName): string {
    return this.split ? `parameters/${bucketOf(list.name)}.ts` : this.operationsFile(list.group);
  }

  /** The file of an operation group's path helpers. */
  pathsFile(group: string): string {
    return `paths/${group}.ts`;
  }
}

/** The two letters (lower-cased, leading underscores dropped) that choose a split file for a name. */
function bucketOf(name: string): string {
  return name.replace(/^_+/, '').slice(0, 2).toLowerCase() || '_';
}

/**
 * Whether models are split into files by name. Types are only ever added, so once a package has
 * more than the limit, the answer cannot change: a layout made then plans imports right.
 */
export function modelsSplit(typeCount: number): boolean {
  return typeCount > MODELS_PER_SINGLE_FILE;
}

/** A NodeNext import specifier from one src/ file to another (`./x.js`, `../models.js`). */
export function importPath(from: string, to: string): string {
  let rel = path.posix.relative(path.posix.dirname(from), to).replace(/\.ts$/, '.js');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

/** Code-point order: stable across machines and locales (never localeCompare). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Type-only imports of the named models from the files declaring them, in the order of what is written (`../ab.js`
 * before `./cd.js` in models/bodies/): a file that needs a few models loads their files, not every model's.
 */
export function modelImports(
  file: string,
  names: Iterable<string>,
  layout: Layout,
): PlainData<ImportDeclarationStructure>[] {
  const byFile = new Map<string, string[]>();
  for (const name of [...names].sort(byCodePoint)) {
    const target = layout.modelFile(name);
    const named = byFile.get(target);
    if (named) named.push(name);
    else byFile.set(target, [name]);
  }
  return [...byFile]
    .map(([target, namedImports]): PlainData<ImportDeclarationStructure> => ({
      kind: Kind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: importPath(file, target),
      namedImports,
    }))
    .sort((a, b) => byCodePoint(a.moduleSpecifier, b.moduleSpecifier));
}

/** `export * from` the other file. */
export function reexport(from: string, to: string): PlainData<ExportDeclarationStructure> {
  return { kind: Kind.ExportDeclaration, moduleSpecifier: importPath(from, to) };
}

/** Items by key, keys in order of first appearance. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
