import type {
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
} from 'ts-morph';
import { referencedTypes } from '../model/ir-walk.js';
import type { IrOperation, IrPermission, IrProfile, IrResponse, IrTypeLookup } from '../model/ir.js';
import { commentText, literalKey, quote, typeText } from './code.js';
import type { Emitter, PlainData, Statement } from './emitter.js';
import { Kind } from './kinds.js';
import { byCodePoint, importPath, modelImports, type Layout } from './layout.js';
import { documentedPermissionsText } from './metadata.js';
import { ODATA_CLAIMS, odataSignature, type ODataSignature } from './odata.js';
import { member, parameterLists, parameterType, type ParameterList } from './parameter-lists.js';
import { pagingFunction, pagingImports } from './paging.js';
import { docPath } from './paths.js';

/** The operations: per output group, operations/<group>.ts, planned as soon as the model has built the group. */
export const operationsEmitter: Emitter = {
  name: 'operations',
  // The parameters of every operation function.
  claims: ['client', 'params', 'body', 'options', ...ODATA_CLAIMS],
  planGroup: (group, { layout, types, profile }) => {
    if (group.operations.length === 0) return [];
    const file = layout.operationsFile(group.name);
    return [{ file, statements: () => operationStatements(file, group.operations, layout, types, profile) }];
  },
  exports: ({ groups, layout }) => ({
    index: groups
      .filter((g) => g.operations.length > 0)
      .map((g) => g.name)
      .sort(byCodePoint)
      .map((g) => layout.operationsFile(g)),
  }),
};

/** The client functions of one group: one exported function per operation, each importable alone. */
export function operationStatements(
  file: string,
  operations: readonly IrOperation[],
  layout: Layout,
  types: IrTypeLookup,
  profile: IrProfile,
): Statement[] {
  const plain = profile.kind === 'openapi';
  const used = new Set<string>();
  const helpers = new Map<string, Set<string>>();
  const paramsTypes = new Map<string, Set<string>>();
  const lists = parameterLists(operations, types, plain);
  // Each list of parameters this file declares: its parameters' types are imported here.
  const declared = new Set(
    [...lists.values()]
      .flatMap((l) => [l.query, l.headers])
      .filter((l) => l && layout.parameterListFile(l.of) === file),
  );
  for (const op of operations) {
    for (const list of [lists.get(op)!.query, lists.get(op)!.headers])
      if (list && declared.has(list)) for (const { wire } of list.wires) referencedTypes(wire, used);
    if (op.body) referencedTypes(op.body.type, used);
    if (op.successType) referencedTypes(op.successType, used);
    if (op.errorType) for (const r of errorResponses(op)) if (r.type) referencedTypes(r.type, used);
    const pathsFile = layout.pathsFile(op.group);
    helpers.set(pathsFile, (helpers.get(pathsFile) ?? new Set()).add(op.pathHelper));
    if (op.pathParamsType) paramsTypes.set(pathsFile, (paramsTypes.get(pathsFile) ?? new Set()).add(op.pathParamsType));
  }
  const signatures = new Map<IrOperation, ODataSignature>();
  for (const op of operations) {
    const query = lists.get(op)!.query;
    const signature = query?.generics && odataSignature(op, query.name, query.generics, types);
    if (signature) signatures.set(op, signature);
  }
  const runtime = [
    ...new Set([
      profile.client,
      profile.result,
      'RequestOptions',
      ...(operations.some((op) => op.errorType) ? [profile.error] : []),
      ...[...signatures.values()].flatMap((s) => s.runtime),
    ]),
  ];
  const imports: PlainData<ImportDeclarationStructure>[] = modelImports(file, used, layout);
  const paging = pagingImports(operations);
  if (paging.values.length > 0) {
    const named = [...runtime, ...paging.types]
      .map((name) => ({ name, isTypeOnly: true }))
      .concat(paging.values.map((name) => ({ name, isTypeOnly: false })));
    imports.push({
      kind: Kind.ImportDeclaration,
      moduleSpecifier: importPath(file, 'runtime/index.ts'),
      namedImports: named.sort((a, b) => byCodePoint(a.name, b.name)),
    });
  } else {
    imports.push({
      kind: Kind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: importPath(file, 'runtime/index.ts'),
      namedImports: runtime.sort(byCodePoint),
    });
  }
  for (const [target, names] of [...helpers].sort(([a], [b]) => byCodePoint(a, b))) {
    // The path parameters' interfaces come from the same module, imported as types only.
    const typeNames = [...(paramsTypes.get(target) ?? [])].map((name) => ({ name, isTypeOnly: true }));
    const namedImports = [...typeNames, ...[...names].map((name) => ({ name }))].sort((a, b) =>
      byCodePoint(a.name, b.name),
    );
    imports.push({ kind: Kind.ImportDeclaration, moduleSpecifier: importPath(file, target), namedImports });
  }
  for (const [target, names] of [...importedLists(lists, declared, layout)].sort(([a], [b]) => byCodePoint(a, b))) {
    imports.push({
      kind: Kind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: importPath(file, target),
      namedImports: [...names].sort(byCodePoint),
    });
  }
  // Each list of parameters this group declares is declared just above the first operation that takes it.
  return [
    ...imports,
    ...operations.flatMap((op) => {
      const { query, headers } = lists.get(op)!;
      const here = [query, headers]
        .filter((list) => list?.first === op && declared.has(list))
        .map((list) => parameterType(list!, true));
      const odata = signatures.get(op);
      return [
        ...here,
        ...(op.errorType ? [errorUnion(op, profile)] : []),
        operationFunction(op, query, headers, profile, odata),
        ...pagingFunction(op, paramsParameter(op, query, headers, odata), odata),
      ];
    }),
  ];
}

/** The parameter lists an operations file takes from other files (another group's, or parameters/), by file. */
function importedLists(
  lists: ReadonlyMap<IrOperation, { query?: ParameterList; headers?: ParameterList }>,
  declared: ReadonlySet<ParameterList | undefined>,
  layout: Layout,
): Map<string, Set<string>> {
  const byFile = new Map<string, Set<string>>();
  for (const { query, headers } of lists.values()) {
    for (const list of [query, headers]) {
      if (!list || declared.has(list)) continue;
      const target = layout.parameterListFile(list.of);
      byFile.set(target, (byFile.get(target) ?? new Set()).add(list.name));
    }
  }
  return byFile;
}

/** The errors an operation documents: 4XX, 5XX, default and specific codes. */
const errorResponses = (op: IrOperation): IrResponse[] => op.responses.filter((r) => !/^[123]/.test(r.status));

/** `export type FindPetsError = ApiError<NotFound, 404> | ApiError<ErrorModel>`: what the operation's errors carry. */
function errorUnion(op: IrOperation, profile: IrProfile): Statement {
  const members = [
    ...new Set(
      errorResponses(op).map(
        (r) =>
          `${profile.error}<${r.type ? typeText(r.type) : 'undefined'}${/^\d{3}$/.test(r.status) ? `, ${r.status}` : ''}>`,
      ),
    ),
  ];
  const statuses = errorResponses(op)
    .map((r) => r.status)
    .join(', ');
  return `/** The errors {@link ${op.functionName}} documents (${commentText(statuses)}), as it throws them. */\nexport type ${op.errorType} = ${members.join(' | ')};`;
}

function operationFunction(
  op: IrOperation,
  query: ParameterList | undefined,
  headers: ParameterList | undefined,
  profile: IrProfile,
  odata: ODataSignature | undefined,
): PlainData<FunctionDeclarationStructure> {
  const params = paramsParameter(op, query, headers, odata);
  const parameters: PlainData<OptionalKind<ParameterDeclarationStructure>>[] = [
    { name: 'client', type: profile.client },
  ];
  if (params) parameters.push(params);
  if (op.body) parameters.push({ name: 'body', type: typeText(op.body.type), hasQuestionToken: !op.body.required });
  parameters.push({ name: 'options', type: 'RequestOptions', hasQuestionToken: true });
  // Without a documented body the service may still send one (the runtime then says hasContent: true): unknown, not
  // never.
  const result = odata?.result ?? (op.successType ? typeText(op.successType) : 'unknown');
  const request = [
    `method: '${op.method}'`,
    `path: ${op.pathHelper}(${op.pathParams.length > 0 ? 'params' : ''})`,
    op.queryParams.length > 0 ? 'query: params.query' : '',
    op.queryParams.some((p) => p.style)
      ? `styles: { ${op.queryParams.flatMap((p) => (p.style ? [`${literalKey(p.name)}: { style: '${p.style.style}', explode: ${p.style.explode} }`] : [])).join(', ')} }`
      : '',
    op.headerParams.length > 0 ? 'headers: params.headers' : '',
    op.body ? 'body' : '',
    op.body && !/^application\/json$/i.test(op.body.contentType) ? `contentType: ${quote(op.body.contentType)}` : '',
    acceptText(op),
    op.security
      ? `security: [${op.security
          .map(
            (way) =>
              `{ ${Object.entries(way)
                .map(([k, scopes]) => `${literalKey(k)}: [${scopes.map(quote).join(', ')}]`)
                .join(', ')} }`,
          )
          .join(', ')}]`
      : '',
    permissionsText(op),
  ].filter(Boolean);
  return {
    kind: Kind.Function,
    isExported: true,
    name: op.functionName,
    ...(odata ? { typeParameters: odata.typeParameters } : {}),
    docs: [operationDoc(op, profile)],
    parameters,
    returnType: `Promise<${profile.result}<${result}>>`,
    statements: [`return client.send<${result}>({ ${request.join(', ')} }, options);`],
  };
}

/**
 * `permissions`, where the operation documents any: a 403's GraphError names them (the metadata stays out of the
 * bundle).
 */
function permissionsText(op: IrOperation): string {
  const text = documentedPermissionsText(op.permissions);
  return text ? `permissions: ${quote(text)}` : '';
}

/** `accept`, where the operation documents an answer that is not JSON: the runtime then takes text as data. */
function acceptText(op: IrOperation): string {
  const types = [
    ...new Set(op.responses.flatMap((r) => (/^2/.test(r.status) && r.contentType ? [r.contentType] : []))),
  ];
  return types.some((type) => !/json/i.test(type)) ? `accept: ${quote(types.join(', '))}` : '';
}

/**
 * The `params` argument: the path's parameters (their shared interface), then `query` and `headers`, each a named type.
 */
function paramsParameter(
  op: IrOperation,
  query: ParameterList | undefined,
  headers: ParameterList | undefined,
  odata: ODataSignature | undefined,
): PlainData<OptionalKind<ParameterDeclarationStructure>> | undefined {
  if (op.pathParams.length + op.queryParams.length + op.headerParams.length === 0) return undefined;
  const nested = [
    query ? `query${op.queryParams.some((p) => p.required) ? '' : '?'}: ${odata?.query ?? query.name}` : '',
    headers ? `headers${op.headerParams.some((p) => p.required) ? '' : '?'}: ${headers.name}` : '',
  ].filter(Boolean);
  let own: string | undefined;
  if (!op.pathParamsType && op.pathParams.length > 0) {
    // An operation that documents a path parameter its own way has no path interface: its own texts are written out.
    own = `{\n${[...op.pathParams.flatMap((p) => member(p, 'string | number')), ...nested.map((n) => `  ${n};`)].join('\n')}\n}`;
  } else if (nested.length > 0) {
    own = `{ ${nested.join('; ')} }`;
  }
  const optional = !op.pathParams.length && ![...op.queryParams, ...op.headerParams].some((p) => p.required);
  const type = [op.pathParamsType, own].filter(Boolean).join(' & ');
  return { name: 'params', type, ...(optional ? { initializer: '{}' } : {}) };
}

/** The JSDoc of an operation: summary, description, method and path, permissions, responses, link. */
function operationDoc(op: IrOperation, profile: IrProfile): string {
  const blocks: string[] = [];
  const summary = op.doc.summary ? commentText(op.doc.summary) : undefined;
  const description = op.doc.description ? commentText(op.doc.description) : undefined;
  if (summary) blocks.push(summary);
  if (description && description !== summary) blocks.push(description);
  blocks.push(`\`${op.method} ${docPath(op.path)}\``);
  if (op.permissions.length > 0) {
    const granted = (p: IrPermission) =>
      p.scopes.length > 0 ? p.scopes.map(commentText).join(', ') : p.supported ? 'not documented' : 'not supported';
    blocks.push(
      [
        'Permissions (least privileged first):',
        ...op.permissions.map((p) => `- ${commentText(p.label)}: ${granted(p)}`),
      ].join('\n'),
    );
  }
  const successes = op.responses.filter((r) => /^2/.test(r.status));
  if (successes.length > 1 || successes.some((r) => !r.type)) {
    blocks.push(
      `Succeeds with ${successes.map((r) => `${r.status} ${r.type ? '(a body)' : '(no content)'}`).join(' or ')}: \`result.hasContent\` tells which.`,
    );
  }
  const thrown = op.errorType ? `${profile.error} (see {@link ${op.errorType}})` : profile.error;
  const tags: string[] = [
    `@throws ${thrown} when the service answers with anything but a success (2xx), retries spent.`,
  ];
  if (op.externalDocs)
    tags.push(
      `@see {@link ${commentText(op.externalDocs.url).replace(/[\s|}]/g, encodeURIComponent)}${op.externalDocs.description ? ` | ${commentText(op.externalDocs.description).replace(/[}\n]/g, ' ')}` : ''}}`,
    );
  // A doubtful operation is deprecated with its reason, so that editors strike it through.
  if (op.doubtful || op.doc.deprecated)
    tags.push(op.doubtful ? `@deprecated ${commentText(op.doubtful)}` : '@deprecated');
  return [...blocks, tags.join('\n')].filter(Boolean).join('\n\n');
}
