import { referencedTypes } from '../model/ir-walk.js';
import type { IrOperation } from '../model/ir.js';
import type { Emitter, PackageContext, PlannedFile } from './emitter.js';
import { byCodePoint, groupBy, modelImports } from './layout.js';
import { parameterLists, parameterType, type ParameterList } from './parameter-lists.js';

/**
 * The parameter lists of a split package, in parameters/ by name (see Layout.parameterListFile): operations files
 * import them, so that one group's operations never import another group's. Planned once the model is done, since
 * any later group may take a list again.
 */
export const parametersEmitter: Emitter = {
  name: 'parameters',
  planPackage: (context) => {
    if (!context.layout.split) return [];
    return [...groupBy(everyList(context), (l) => context.layout.parameterListFile(l.of))].map(
      ([file, lists]): PlannedFile => ({
        file,
        statements: () => {
          const used = new Set<string>();
          for (const list of lists) for (const { wire } of list.wires) referencedTypes(wire, used);
          return [...modelImports(file, used, context.layout), ...lists.map((l) => parameterType(l, false))];
        },
      }),
    );
  },
  exports: ({ ir, layout }) => ({
    index: layout.split
      ? [...new Set(ir.operations.flatMap(listNames).map((name) => layout.parameterListFile(name)))].sort(byCodePoint)
      : [],
  }),
};

const listNames = (op: IrOperation) => [op.queryType, op.headersType].filter((name) => name !== undefined);

/** Every list of the package, once, in the order of the first operation taking it. */
function everyList({ ir, types, profile }: PackageContext): ParameterList[] {
  const lists = new Set<ParameterList>();
  for (const { query, headers } of parameterLists(ir.operations, types, profile.kind === 'openapi').values())
    for (const list of [query, headers]) if (list) lists.add(list);
  return [...lists];
}
