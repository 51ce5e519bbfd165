import type { FunctionDeclarationStructure, OptionalKind, ParameterDeclarationStructure } from 'ts-morph';
import type { IrOperation } from '../model/ir.js';
import { typeText } from './code.js';
import type { PlainData } from './emitter.js';
import { Kind } from './kinds.js';
import type { ODataSignature } from './odata.js';

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
  params: PlainData<OptionalKind<ParameterDeclarationStructure>> | undefined,
  odata?: ODataSignature,
): PlainData<FunctionDeclarationStructure>[] {
  if (!op.collection || !op.successType) return [];
  // With $select, the pages are the operation's narrowed pages: the function takes the same type parameters.
  const result = odata?.result ?? typeText(op.successType);
  // An action that answers with a collection (POST …/getByIds) takes its body again: the first page is its answer.
  const body = op.body && { name: 'body', type: typeText(op.body.type), hasQuestionToken: !op.body.required };
  const parameters = [
    { name: 'client', type: 'GraphClient' },
    ...(params ? [params] : []),
    ...(body ? [body] : []),
    { name: 'options', type: 'PageOptions', hasQuestionToken: true },
  ];
  const args = ['client', ...(params ? ['params'] : []), ...(body ? ['body'] : [])];
  const delta = op.collection.delta
    ? " A delta function: pass the last page's `deltaLink` as `from` later for the changes since."
    : '';
  return [
    {
      kind: Kind.Function,
      isExported: true,
      name: op.collection.allName,
      ...(odata ? { typeParameters: odata.typeParameters } : {}),
      // Short: Graph v1.0 has some 1,900 of these; the README and `paged` tell the rest.
      docs: [
        `Every item of {@link ${op.functionName}}, page after page; \`.pages()\` for the pages and their nextLinks.${delta}`,
      ],
      parameters,
      returnType: `Paged<${result}>`,
      statements: [`return paged(client, (client) => ${op.functionName}(${args.join(', ')}), options);`],
    },
  ];
}
