import type { ImportDeclarationStructure, InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, StatementStructures } from 'ts-morph';
import type { IrNamedType, IrProperty } from '../model/ir.js';
import { docArray, docLines, indexSignatureType, propertyKey, quote, typeText } from './code.js';
import { CONST, Kind } from './kinds.js';
import { byCodePoint, importPath, referencedTypes, type Layout } from './layout.js';

/** The statements of one model file: its type imports, then its types in IR order. */
export function modelStatements(file: string, types: readonly IrNamedType[], layout: Layout): StatementStructures[] {
  const local = new Set(types.map((t) => t.name));
  const needed = new Set<string>();
  for (const t of types) {
    referencedTypes(t.type, needed);
    for (const base of t.extends ?? []) needed.add(base);
  }
  const byFile = new Map<string, string[]>();
  for (const name of [...needed].filter((n) => !local.has(n)).sort(byCodePoint)) {
    const target = layout.modelFile(name);
    byFile.set(target, [...(byFile.get(target) ?? []), name]);
  }
  // In the order of what is written (`../ab.js` before `./cd.js` in models/bodies/), not of the files' paths.
  const imports: ImportDeclarationStructure[] = [...byFile]
    .map(([target, names]): ImportDeclarationStructure => ({ kind: Kind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: importPath(file, target), namedImports: names }))
    .sort((a, b) => byCodePoint(a.moduleSpecifier, b.moduleSpecifier));
  return [...imports, ...types.flatMap(typeStatements)];
}

function typeStatements(t: IrNamedType): StatementStructures[] {
  const docs = docArray(docLines(t.doc));
  if (t.valuesConst && t.values) {
    return [
      { kind: Kind.TypeAlias, name: t.name, isExported: true, type: typeText(t.type), docs },
      {
        kind: Kind.VariableStatement,
        isExported: true,
        declarationKind: CONST,
        docs: [`Every value of {@link ${t.name}}, in the spec's order.`],
        declarations: [
          {
            name: t.valuesConst,
            type: `readonly ${t.name}[]`,
            initializer: `[${t.values.map((v) => (typeof v === 'string' ? quote(v) : String(v))).join(', ')}]`,
          },
        ],
      },
    ];
  }
  // An object with nothing at all is `{ [key: string]: never }`: an empty interface would accept anything.
  if (t.type.kind === 'object' && (t.type.properties.length > 0 || t.type.additional || t.extends?.length)) {
    const iface: InterfaceDeclarationStructure = {
      kind: Kind.Interface,
      name: t.name,
      isExported: true,
      docs,
      extends: [...(t.extends ?? [])],
      properties: t.type.properties.map(propertyStructure),
    };
    if (t.type.additional) iface.indexSignatures = [{ keyName: 'key', keyType: 'string', returnType: indexSignatureType(t.type, '  ') }];
    return [iface];
  }
  return [{ kind: Kind.TypeAlias, name: t.name, isExported: true, type: typeText(t.type), docs }];
}

function propertyStructure(p: IrProperty): OptionalKind<PropertySignatureStructure> {
  return { name: propertyKey(p.name), type: typeText(p.type, '  '), hasQuestionToken: !p.required, docs: docArray(docLines(p.doc)) };
}
