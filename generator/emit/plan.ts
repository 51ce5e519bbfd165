/**
 * IR → every TypeScript source of the package, each planned whole before it is printed, by the
 * registry's emitters: all at once once the model is done (planPackage), or as the model goes
 * (earlyPlanner), which plans the very same files sooner.
 */
import type { IrDocument, IrGroup, IrNamedType, ModelListener } from '../model/ir.js';
import type { Emitter, PackageContext, PackageIdentity, PlanContext, PlannedFile } from './emitter.js';
import { byCodePoint, groupBy, Layout, modelsSplit } from './layout.js';
import { EMITTERS } from './registry.js';

/** Every file of the package the emitters plan, but for those in `planned` (planned early), in code-point order. */
export function planPackage(
  ir: IrDocument,
  identity: PackageIdentity,
  planned: ReadonlySet<string> = new Set(),
  emitters: readonly Emitter[] = EMITTERS,
): PlannedFile[] {
  const context = packageContext(ir, identity, emitters);
  const files: PlannedFile[] = [];
  const planner = new Map<string, string>();
  for (const emitter of emitters) {
    const own = [
      ...context.groups.flatMap((g) => emitter.planGroup?.(g, context) ?? []),
      ...(emitter.planPackage?.(context) ?? []),
    ];
    for (const f of own) {
      const other = planner.get(f.file);
      if (other !== undefined)
        throw new Error(`internal: ${f.file} is planned by both the ${other} and the ${emitter.name} emitter`);
      planner.set(f.file, emitter.name);
      if (!planned.has(f.file)) files.push(f);
    }
  }
  return files.sort((a, b) => byCodePoint(a.file, b.file));
}

/** What the emitters plan the whole package with; the index's list is every emitter's `exports().index`. */
export function packageContext(
  ir: IrDocument,
  identity: PackageIdentity,
  emitters: readonly Emitter[] = EMITTERS,
): PackageContext {
  const base: PackageContext = {
    ir,
    identity,
    layout: new Layout(ir.types, ir.componentTypes),
    types: new Map(ir.types.map((t) => [t.name, t])),
    profile: ir.profile,
    groups: outputGroups(ir),
    barrel: [],
  };
  return { ...base, barrel: emitters.flatMap((e) => e.exports?.(base).index ?? []) };
}

/** A subpath of package.json's `exports`: its declarations and its JavaScript under dist/. */
export interface PackageSubpath {
  readonly subpath: string;
  readonly types: string;
  readonly js: string;
}

/** The subpaths of package.json's `exports` the emitters add. */
export function packageSubpaths(
  ir: IrDocument,
  identity: PackageIdentity,
  emitters: readonly Emitter[] = EMITTERS,
): PackageSubpath[] {
  const context = packageContext(ir, identity, emitters);
  return emitters
    .flatMap((e) => e.exports?.(context).subpaths ?? [])
    .map(({ subpath, file }) => ({
      subpath,
      types: `./dist/${file.replace(/\.ts$/, '.d.ts')}`,
      js: `./dist/${file.replace(/\.ts$/, '.js')}`,
    }));
}

/** The IR's output groups, in the order of their first path. */
function outputGroups(ir: IrDocument): IrGroup[] {
  const paths = groupBy(ir.paths, (p) => p.group);
  const operations = groupBy(ir.operations, (o) => o.group);
  return [...new Set([...paths.keys(), ...operations.keys()])].map((name) => ({
    name,
    operations: operations.get(name) ?? [],
    paths: paths.get(name) ?? [],
  }));
}

/**
 * A model listener that plans files as soon as what they need is built and hands each to `send`:
 * the component schemas' files once the components are built, when they already fix the layout
 * (see modelsSplit); each group's files once the group is built; the rest when the model is done
 * (unless it failed). `planned` is told each file sent.
 */
export function earlyPlanner(
  send: (file: PlannedFile) => void,
  identityOf: (ir: IrDocument) => PackageIdentity,
  emitters: readonly Emitter[] = EMITTERS,
): ModelListener & { readonly planned: ReadonlySet<string> } {
  const planned = new Set<string>();
  const sendEach = (files: readonly PlannedFile[] | undefined) =>
    files?.forEach((f) => {
      planned.add(f.file);
      send(f);
    });
  let context: PlanContext | undefined;
  return {
    planned,
    componentsBuilt(components: readonly IrNamedType[], types, profile) {
      if (!modelsSplit(components.length)) return;
      context = { layout: new Layout(components), types, profile };
      for (const e of emitters) sendEach(e.planComponents?.(components, context));
    },
    groupBuilt(group) {
      if (context) for (const e of emitters) sendEach(e.planGroup?.(group, context));
    },
    modelBuilt(ir, failed) {
      if (!failed) sendEach(planPackage(ir, identityOf(ir), planned, emitters));
    },
  };
}
