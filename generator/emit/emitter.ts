/**
 * The seam every kind of output plugs into: an Emitter plans files from the IR (and nothing but
 * the IR), says which names its files keep for themselves and what the package exports of it.
 * The registry (registry.ts) lists them; adding a kind of output is one module and one line there.
 */
import type { StatementStructures } from 'ts-morph';
import type { IrDocument, IrNamedType, IrOperation, IrPathTemplate, IrProfile, IrTypeLookup } from '../model/ir.js';
import type { Layout } from './layout.js';

/**
 * `T` as plain data: what postMessage's structured clone copies as it is, so that a planned file
 * can be printed on another thread. A function anywhere inside (ts-morph's WriterFunction, a
 * closure) turns into `never`, so the compiler refuses a statement that could not cross.
 */
export type PlainData<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends (...args: never[]) => unknown
    ? never
    : T extends readonly (infer U)[]
      ? PlainData<U>[]
      : T extends object
        ? { [K in keyof T]: PlainData<T[K]> }
        : never;

/**
 * One statement of a file: a ts-morph structure as plain data, or a declaration written out in
 * full where ts-morph's printer would indent it wrongly (a multi-line object type in a type alias).
 */
export type Statement = PlainData<StatementStructures> | string;

/** One TypeScript source of the package, planned but not yet printed. */
export interface PlannedFile {
  /** Path relative to src/. */
  readonly file: string;
  /** Builds the file's complete list of statements (on demand: a large package is planned file by file). */
  statements(): Statement[];
}

/** An output group: the operations and path templates of one first path segment, in document order. */
export interface OutputGroup {
  readonly name: string;
  readonly operations: readonly IrOperation[];
  readonly paths: readonly IrPathTemplate[];
}

/** What every plan is made with, even before the whole IR is known. */
export interface PlanContext {
  /** Where each declaration lives. */
  readonly layout: Layout;
  /** The named types, those the model has still to make included. */
  readonly types: IrTypeLookup;
  /** Graph or plain OpenAPI: the runtime names and conventions the files follow (decided by the model). */
  readonly profile: IrProfile;
}

/** Who the package is, as the runtime and package.json name it. */
export interface PackageIdentity {
  readonly name: string;
  readonly version: string;
}

/** What a plan of the whole package is made with. */
export interface PackageContext extends PlanContext {
  readonly ir: IrDocument;
  readonly identity: PackageIdentity;
  /** Every output group, in the order of their first path. */
  readonly groups: readonly OutputGroup[];
  /** The files the package's index re-exports, in order: every emitter's `exports().index`. */
  readonly barrel: readonly string[];
}

/** What a package exports of one emitter's files. */
export interface EmitterExports {
  /** Files (under src/) the package's index re-exports whole. */
  readonly index?: readonly string[];
  /** Subpaths of package.json's `exports` (`./metadata`), each to one file under src/. */
  readonly subpaths?: readonly { readonly subpath: string; readonly file: string }[];
}

/** One kind of output. */
export interface Emitter {
  /** What it makes, in a word (`models`, `operations`). */
  readonly name: string;
  /** Identifiers its files declare or use as locals, which no name from the spec may take (see NameRegistry). */
  readonly claims?: readonly string[];
  /** Files it can plan as soon as the component schemas are built, before any operation is (see plan.ts). */
  planComponents?(components: readonly IrNamedType[], context: PlanContext): PlannedFile[];
  /** Files of one output group, planned as soon as the model has built the group. */
  planGroup?(group: OutputGroup, context: PlanContext): PlannedFile[];
  /** Its files that need the whole IR. */
  planPackage?(context: PackageContext): PlannedFile[];
  /** What the package exports of its files. */
  exports?(context: PackageContext): EmitterExports;
}
