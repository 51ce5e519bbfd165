import { referencedTypes } from '../model/ir-walk.js';
import type { IrNamedType } from '../model/ir.js';
import { docLines, indexSignatureType, propertyKey, quote, typeText } from './code.js';
import { constText, importText, interfaceText, typeAliasText, type PropertyText } from './declaration-text.js';
import type { Emitter, PlannedFile, Statement } from './emitter.js';
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
  // The whole file is text (see declaration-text.ts): the imports one block of lines.
  const imports = [...byFile]
    .map(([target, names]) => ({ specifier: importPath(file, target), names }))
    .sort((a, b) => byCodePoint(a.specifier, b.specifier))
    .map(({ specifier, names }) => importText(specifier, names, true));
  return [...(imports.length > 0 ? [imports.join('\n')] : []), ...types.flatMap(typeStatements)];
}

function typeStatements(t: IrNamedType): Statement[] {
  const doc = docLines(t.doc);
  if (t.valuesConst && t.values) {
    return [
      typeAliasText(t.name, doc, typeText(t.type)),
      constText(
        t.valuesConst,
        `Every value of {@link ${t.name}}, in the spec's order.`,
        `[${t.values.map((v) => (typeof v === 'string' ? quote(v) : String(v))).join(', ')}]`,
        `readonly ${t.name}[]`,
      ),
    ];
  }
  // An object with nothing at all is `{ [key: string]: never }`: an empty interface would accept anything.
  if (t.type.kind === 'object' && (t.type.properties.length > 0 || t.type.additional || t.extends?.length)) {
    const members: PropertyText[] = t.type.properties.map((p) => ({
      key: `${propertyKey(p.name)}${p.required ? '' : '?'}`,
      type: typeText(p.type, '  '),
      doc: docLines(p.doc),
    }));
    if (t.type.additional) members.unshift({ key: '[key: string]', type: indexSignatureType(t.type, '  ') });
    return [interfaceText(t.name, doc, members, t.extends)];
  }
  return [typeAliasText(t.name, doc, typeText(t.type))];
}
