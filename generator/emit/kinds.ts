import type { StructureKind, VariableDeclarationKind } from 'ts-morph';

/**
 * The ts-morph structure kinds the planner writes, as plain values: planning then runs without
 * loading ts-morph (and the TypeScript compiler inside it, half a second), which only the thread
 * that prints needs. Each value is typed as ts-morph's own member, so the compiler refuses a
 * wrong number; a test compares them at run time as well.
 */
export const Kind: {
  readonly ExportDeclaration: StructureKind.ExportDeclaration;
  readonly Function: StructureKind.Function;
  readonly ImportDeclaration: StructureKind.ImportDeclaration;
  readonly Interface: StructureKind.Interface;
  readonly TypeAlias: StructureKind.TypeAlias;
  readonly VariableStatement: StructureKind.VariableStatement;
} = { ExportDeclaration: 11, Function: 13, ImportDeclaration: 16, Interface: 19, TypeAlias: 38, VariableStatement: 41 };

/** `const` declarations, the only kind the output uses. */
export const CONST = 'const' as VariableDeclarationKind.Const;
