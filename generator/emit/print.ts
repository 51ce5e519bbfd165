import { printStructure, StructureKind, type StatementStructures } from 'ts-morph';
import { BANNER } from './banner.js';

/** Prints one file from its complete list of statements: one pass, no Project, no re-parsing. */
export function printFile(statements: StatementStructures[]): string {
  return BANNER + printStructure({ kind: StructureKind.SourceFile, statements: spaced(statements) }, { indentNumberOfSpaces: 2, useSingleQuote: true });
}

/** Statements the printer writes on single lines; it separates everything else with a blank line. */
const SINGLE_LINE = new Set<StructureKind>([StructureKind.ImportDeclaration, StructureKind.ExportDeclaration, StructureKind.TypeAlias, StructureKind.VariableStatement]);
const IMPORTS = new Set<StructureKind>([StructureKind.ImportDeclaration, StructureKind.ExportDeclaration]);

/** A blank line after the imports and between single-line declarations, as a person would write them. */
function spaced(statements: StatementStructures[]): StatementStructures[] {
  return statements.map((statement, i) => {
    const previous = statements[i - 1];
    if (!previous || !SINGLE_LINE.has(previous.kind) || !SINGLE_LINE.has(statement.kind)) return statement;
    const afterImports = IMPORTS.has(previous.kind) && !IMPORTS.has(statement.kind);
    const betweenDeclarations = !IMPORTS.has(previous.kind) && !IMPORTS.has(statement.kind);
    return afterImports || betweenDeclarations ? { ...statement, leadingTrivia: '\n' } : statement;
  });
}
