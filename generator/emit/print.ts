import { printStructure, StructureKind } from 'ts-morph';
import { BANNER } from './banner.js';
import { writtenOut } from './declaration-text.js';
import type { Statement } from './emitter.js';

/**
 * Prints one file from its complete list of statements: one pass, no Project, no re-parsing. Functions and interfaces
 * whose every part fits on one line are written out first, as the printer would write them (declaration-text.ts),
 * on the thread that prints. The banner goes through the printer too: prepended afterwards, it would make a two-part
 * string that the build and the write (and a hand-back to the main thread) each copy into one again.
 */
export function printFile(planned: Statement[]): string {
  const statements = planned.map(writtenOut);
  if (statements.every((s) => typeof s === 'string')) return textFile(statements);
  return printStructure(
    { kind: StructureKind.SourceFile, leadingTrivia: BANNER, statements: spaced(statements) },
    { indentNumberOfSpaces: 2, useSingleQuote: true },
  );
}

/** Statements the printer writes on single lines; it separates everything else with a blank line. */
const SINGLE_LINE = new Set<StructureKind>([
  StructureKind.ImportDeclaration,
  StructureKind.ExportDeclaration,
  StructureKind.TypeAlias,
  StructureKind.VariableStatement,
]);
const IMPORTS = new Set<StructureKind>([StructureKind.ImportDeclaration, StructureKind.ExportDeclaration]);

/** A blank line after the imports and between single-line declarations, as a person would write them. */
function spaced(statements: Statement[]): Statement[] {
  return statements.map((statement, i) => {
    const previous = statements[i - 1];
    if (!previous) return statement;
    // The printer sets a statement apart itself after a block: a function or an interface, or a text ending in `}`
    // (a function written out, see declaration-text.ts). After a one-liner or a text, it gets its blank line here.
    if (endsBlock(previous)) return statement;
    if (typeof statement === 'string') return `\n${statement}`;
    if (typeof previous === 'string')
      return SINGLE_LINE.has(statement.kind) ? { ...statement, leadingTrivia: '\n' } : statement;
    if (!SINGLE_LINE.has(statement.kind)) return statement;
    const afterImports = IMPORTS.has(previous.kind) && !IMPORTS.has(statement.kind);
    const betweenDeclarations = !IMPORTS.has(previous.kind) && !IMPORTS.has(statement.kind);
    return afterImports || betweenDeclarations ? { ...statement, leadingTrivia: '\n' } : statement;
  });
}

/** Whether the printer ends `statement` as a block: a structure written over several lines, or a text ending in `}`. */
function endsBlock(statement: Statement): boolean {
  if (typeof statement !== 'string') return !SINGLE_LINE.has(statement.kind);
  let i = statement.length - 1;
  while (i >= 0 && /\s/.test(statement[i]!)) i--;
  return statement[i] === '}';
}

/**
 * A file of text statements only (plain data, such as `metadata.ts`), joined as the printer sets
 * texts apart (a blank line between two) without it: the printer would only copy them, at about
 * 40 ms a megabyte.
 */
function textFile(statements: readonly string[]): string {
  if (statements.length === 0) return `${BANNER}\n`;
  // One join gives one flat string; `${BANNER}${joined}\n` would be three parts, copied into one by each use.
  return [BANNER + statements[0]!, ...statements.slice(1), ''].join('\n\n').slice(0, -1);
}
