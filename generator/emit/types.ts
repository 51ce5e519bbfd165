import type {
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  OptionalKind,
  PropertySignatureStructure,
} from 'ts-morph';
import { referencedTypes } from '../model/ir-walk.js';
import type { IrNamedType, IrProperty } from '../model/ir.js';
import { docArray, docLines, indexSignatureType, propertyKey, quote, typeText } from './code.js';
import type { Emitter, PlainData, PlannedFile, Statement } from './emitter.js';
import { CONST, Kind } from './kinds.js';
import { byCodePoint, groupBy, importPath, reexport, type Layout } from './layout.js';

/**
 * The models: one declaration per named type, in files the layout assigns, and models/index.ts
 * when they are split. The component schemas' files can be planned as soon as the components are
 * built (when they already fix the layout, see modelsSplit): body shapes live apart, in models/bodies/.
 */
export const modelsEmitter: Emitter = {
  name: 'models',
  planComponents: (components, { layout }) => modelFiles(components, layout),
  planPackage: ({ ir, layout }) => {
    const files = modelFiles(ir.types, layout);
    if (layout.modelFiles().length > 0 && layout.modelsEntry() === 'models/index.ts') {
      files.push({
        file: 'models/index.ts',
        statements: () => layout.modelFiles().map((f) => reexport('models/index.ts', f)),
      });
    }
    return files;
  },
  exports: ({ layout }) => ({ index: layout.modelFiles().length > 0 ? [layout.modelsEntry()] : [] }),
};

function modelFiles(types: readonly IrNamedType[], layout: Layout): PlannedFile[] {
  return [...groupBy(types, (t) => layout.modelFile(t.name))].map(([file, list]) => ({
    file,
    statements: () => modelStatements(file, list, layout),
  }));
}

/** The statements of one model file: its type imports, then its types in IR order. */
export function modelStatements(file: string, types: readonly IrNamedType[], layout: Layout): Statement[] {
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
  const imports: PlainData<ImportDeclarationStructure>[] = [...byFile]
    .map(([target, names]): PlainData<ImportDeclarationStructure> => ({
      kind: Kind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: importPath(file, target),
      namedImports: names,
    }))
    .sort((a, b) => byCodePoint(a.moduleSpecifier, b.moduleSpecifier));
  return [...imports, ...types.flatMap(typeStatements)];
}

function typeStatements(t: IrNamedType): Statement[] {
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
    const iface: PlainData<InterfaceDeclarationStructure> = {
      kind: Kind.Interface,
      name: t.name,
      isExported: true,
      docs,
      extends: [...(t.extends ?? [])],
      properties: t.type.properties.map(propertyStructure),
    };
    if (t.type.additional)
      iface.indexSignatures = [{ keyName: 'key', keyType: 'string', returnType: indexSignatureType(t.type, '  ') }];
    return [iface];
  }
  return [{ kind: Kind.TypeAlias, name: t.name, isExported: true, type: typeText(t.type), docs }];
}

function propertyStructure(p: IrProperty): PlainData<OptionalKind<PropertySignatureStructure>> {
  return {
    name: propertyKey(p.name),
    type: typeText(p.type, '  '),
    hasQuestionToken: !p.required,
    docs: docArray(docLines(p.doc)),
  };
}
