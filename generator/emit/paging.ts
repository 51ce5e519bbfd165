import type { StatementStructures } from 'ts-morph';
import type { IrOperation } from '../model/ir.js';
import { typeText } from './code.js';
import { Kind } from './kinds.js';

/** What the operations module imports from the runtime for its paging functions, when it has any. */
export function pagingImports(operations: readonly IrOperation[]): { types: string[]; values: string[] } {
  return operations.some((op) => op.collection)
    ? { types: ['PageOptions', 'Paged'], values: ['paged'] }
    : { types: [], values: [] };
}

/**
 * The paging function of a collection operation (`listXAll`): the items of every page, `.pages()` for the pages and
 * their links. A function of its own beside the operation, so that a bundle that never pages has no paging code.
 */
export function pagingFunction(
  op: IrOperation,
  params: { name: string; type: string; initializer?: string } | undefined,
): StatementStructures[] {
  if (!op.collection || !op.successType) return [];
  const result = typeText(op.successType);
  const parameters = [
    { name: 'client', type: 'GraphClient' },
    ...(params ? [params] : []),
    { name: 'options', type: 'PageOptions', hasQuestionToken: true },
  ];
  const delta = op.collection.delta
    ? "\n\nA delta function: the last page's `deltaLink` asks for the changes since."
    : '';
  return [
    {
      kind: Kind.Function,
      isExported: true,
      name: op.collection.allName,
      docs: [
        `Every item of {@link ${op.functionName}}, page after page, following \`@odata.nextLink\`: \`for await (const item of ${op.collection.allName}(…))\`.\n\n` +
          '`.pages()` gives the pages, each with its `nextLink` to save and resume from (`options.from`); `maxItems` and `maxPages` stop early. ' +
          `Each page is one request, retried and cancelled like the operation.${delta}`,
      ],
      parameters,
      returnType: `Paged<${result}>`,
      statements: [`return paged(client, (client) => ${op.functionName}(client${params ? ', params' : ''}), options);`],
    },
  ];
}
