import type {
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
} from 'ts-morph';
import { referencedTypes, visitType, type IrTypeVisitor } from '../model/ir-walk.js';
import type {
  IrOperation,
  IrParameter,
  IrParameterListName,
  IrPermission,
  IrProfile,
  IrResponse,
  IrType,
  IrTypeLookup,
} from '../model/ir.js';
import { commentText, docLines, jsdocBlock, literalKey, propertyKey, quote, typeText } from './code.js';
import type { Emitter, PlainData, Statement } from './emitter.js';
import { Kind } from './kinds.js';
import { byCodePoint, importPath, type Layout } from './layout.js';
import { documentedPermissionsText } from './metadata.js';
import { pagingFunction, pagingImports } from './paging.js';
import { docPath } from './paths.js';

/** The operations: per output group, operations/<group>.ts, planned as soon as the model has built the group. */
export const operationsEmitter: Emitter = {
  name: 'operations',
  // The parameters of every operation function.
  claims: ['client', 'params', 'body', 'options'],
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
  for (const op of operations) {
    for (const p of op.queryParams) referencedTypes(wireType(p.type, 'query', types, plain), used);
    for (const p of op.headerParams) referencedTypes(wireType(p.type, 'header', types, plain), used);
    if (op.body) referencedTypes(op.body.type, used);
    if (op.successType) referencedTypes(op.successType, used);
    if (op.errorType) for (const r of errorResponses(op)) if (r.type) referencedTypes(r.type, used);
    const pathsFile = layout.pathsFile(op.group);
    helpers.set(pathsFile, (helpers.get(pathsFile) ?? new Set()).add(op.pathHelper));
    if (op.pathParamsType) paramsTypes.set(pathsFile, (paramsTypes.get(pathsFile) ?? new Set()).add(op.pathParamsType));
  }
  const runtime = [
    profile.client,
    profile.result,
    'RequestOptions',
    ...(operations.some((op) => op.errorType) ? [profile.error] : []),
  ];
  const imports: PlainData<ImportDeclarationStructure>[] = [];
  const modelImports = [...used].sort(byCodePoint);
  if (modelImports.length > 0) {
    imports.push({
      kind: Kind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: importPath(file, layout.modelsEntry()),
      namedImports: modelImports,
    });
  }
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
  for (const [target, names] of [...importedLists(operations, layout)].sort(([a], [b]) => byCodePoint(a, b))) {
    imports.push({
      kind: Kind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: importPath(file, target),
      namedImports: [...names].sort(byCodePoint),
    });
  }
  const lists = parameterLists(operations, types, plain);
  // Each list of parameters this group declares is declared just above the first operation that takes it.
  return [
    ...imports,
    ...operations.flatMap((op) => {
      const { query, headers } = lists.get(op)!;
      const declared = [query, headers]
        .filter(
          (list) =>
            list?.first === op &&
            [op.queryType, op.headersType].some((t) => t?.name === list.name && t.group === op.group),
        )
        .map((list) => parameterType(list!));
      return [
        ...declared,
        ...(op.errorType ? [errorUnion(op, profile)] : []),
        operationFunction(op, query, headers, profile),
        ...pagingFunction(op, paramsParameter(op, query, headers)),
      ];
    }),
  ];
}

/** One named type of query or header parameters, and the operations of the file that take it. */
interface ParameterList {
  readonly name: string;
  readonly place: 'query' | 'header';
  readonly first: IrOperation;
  /** The object type's text, members documented. */
  readonly text: string;
  /** How many operations after the first take the very same parameters. */
  sharedBy: number;
}

/**
 * The query and header parameter types of each operation, as the model named them: the file of
 * the group that first used a type declares it once, above its first operation there; the other
 * files import it. Graph repeats a few lists thousands of times (`If-Match`, an entity's `$select`).
 */
function parameterLists(
  operations: readonly IrOperation[],
  types: IrTypeLookup,
  plain: boolean,
): Map<IrOperation, { query?: ParameterList; headers?: ParameterList }> {
  const known = new Map<string, ParameterList>();
  const list = (
    op: IrOperation,
    place: 'query' | 'header',
    params: readonly IrParameter[],
    type: IrParameterListName | undefined,
  ): ParameterList | undefined => {
    if (!type) return undefined;
    const same = known.get(type.name);
    if (same) {
      same.sharedBy++;
      return same;
    }
    const text = `{\n${params.flatMap((p) => member(p, typeText(wireType(p.type, place, types, plain), '  '))).join('\n')}\n}`;
    const created: ParameterList = { name: type.name, place, first: op, text, sharedBy: 0 };
    known.set(type.name, created);
    return created;
  };
  return new Map(
    operations.map((op) => [
      op,
      {
        query: list(op, 'query', op.queryParams, op.queryType),
        headers: list(op, 'header', op.headerParams, op.headersType),
      },
    ]),
  );
}

/** The parameter types an operations file takes from other groups' files, by file. */
function importedLists(operations: readonly IrOperation[], layout: Layout): Map<string, Set<string>> {
  const byFile = new Map<string, Set<string>>();
  for (const op of operations) {
    for (const type of [op.queryType, op.headersType]) {
      if (!type || type.group === op.group) continue;
      const file = layout.operationsFile(type.group);
      byFile.set(file, (byFile.get(file) ?? new Set()).add(type.name));
    }
  }
  return byFile;
}

/**
 * A type alias rather than an interface: an object type alias is assignable to the runtime's
 * `Record<string, …>` of query values and headers, an interface (which has no index signature) is not.
 */
function parameterType(list: ParameterList): Statement {
  const what = list.place === 'query' ? 'Query parameters' : 'Request headers';
  const others =
    list.sharedBy === 1
      ? ', and of the one operation below that takes the same'
      : list.sharedBy > 1
        ? `, and of ${list.sharedBy} operations below that take the same`
        : '';
  // Written out: the printer would give the object type's lines a hanging indent.
  return `/** ${what} of {@link ${list.first.functionName}}${others}. */\nexport type ${list.name} = ${list.text};`;
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
): PlainData<FunctionDeclarationStructure> {
  const params = paramsParameter(op, query, headers);
  const parameters: PlainData<OptionalKind<ParameterDeclarationStructure>>[] = [
    { name: 'client', type: profile.client },
  ];
  if (params) parameters.push(params);
  if (op.body) parameters.push({ name: 'body', type: typeText(op.body.type), hasQuestionToken: !op.body.required });
  parameters.push({ name: 'options', type: 'RequestOptions', hasQuestionToken: true });
  // Without a documented body the service may still send one (the runtime then says hasContent: true): unknown, not never.
  const result = op.successType ? typeText(op.successType) : 'unknown';
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
    docs: [operationDoc(op, profile)],
    parameters,
    returnType: `Promise<${profile.result}<${result}>>`,
    statements: [`return client.send<${result}>({ ${request.join(', ')} }, options);`],
  };
}

/** `permissions`, where the operation documents any: a 403's GraphError names them (the metadata stays out of the bundle). */
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

/** The `params` argument: the path's parameters (their shared interface), then `query` and `headers`, each a named type. */
function paramsParameter(
  op: IrOperation,
  query: ParameterList | undefined,
  headers: ParameterList | undefined,
): PlainData<OptionalKind<ParameterDeclarationStructure>> | undefined {
  if (op.pathParams.length + op.queryParams.length + op.headerParams.length === 0) return undefined;
  const nested = [
    query ? `query${op.queryParams.some((p) => p.required) ? '' : '?'}: ${query.name}` : '',
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

/** A parameter as a documented member of an object type, one level in. */
function member(p: IrParameter, type: string): string[] {
  const doc = docLines(p.doc);
  return [
    ...(doc ? jsdocBlock(doc, '  ') : []),
    `  ${propertyKey(p.property ?? p.name)}${p.required ? '' : '?'}: ${type};`,
  ];
}

/**
 * The type a query or header value is given: what the runtime can put on the wire. Null has no
 * wire form (leave the parameter out instead), objects none at all, and headers are text.
 */
function wireType(type: IrType, place: 'query' | 'header', types: IrTypeLookup, plain: boolean): IrType {
  // Each parameter's is wanted twice (its file's imports, its text), and the model shares the types of repeated ones.
  const cache = wireTypes[plain ? (`${place}Plain` as const) : place];
  const known = cache.get(type);
  if (known) return known;
  const wire = sendableType(type, place, types, plain);
  cache.set(type, wire);
  return wire;
}

/** Wire types already worked out, by the parameter's type (the plain profile's runtime sends more: see sendableType). */
const wireTypes = {
  query: new WeakMap<IrType, IrType>(),
  header: new WeakMap<IrType, IrType>(),
  queryPlain: new WeakMap<IrType, IrType>(),
  headerPlain: new WeakMap<IrType, IrType>(),
};

/**
 * Graph's runtime sends scalars and, in a query, arrays of them (comma-joined); the plain profile's serializes
 * arrays in headers too, and objects of scalars or arrays in a query (form or deepObject, by the parameter's style).
 */
function sendableType(type: IrType, place: 'query' | 'header', types: IrTypeLookup, plain: boolean): IrType {
  const members = (type.kind === 'union' ? type.members : [type]).filter(
    (m) => !(m.kind === 'scalar' && m.name === 'null'),
  );
  const seen = new Set<string>();
  const texts = place === 'query' || plain;
  // Whether a value of the type has a wire form. `inArray`: inside an array, which cannot nest; `depth`: 0 the
  // value, 1 an array's item or an object's property, 2 an array inside an object.
  type At = { readonly inArray: boolean; readonly depth: number };
  const visitor: IrTypeVisitor<boolean, At> = {
    ref: (t, at) => {
      const named = types.get(t.name);
      if (!named || seen.has(t.name)) return false;
      seen.add(t.name);
      return !named.extends && sendable(named.type, at);
    },
    scalar: (t) => t.name === 'string' || (texts && (t.name === 'number' || t.name === 'boolean')),
    literal: (t) => t.value !== null && (typeof t.value === 'string' || texts),
    array: (t, { inArray, depth }) =>
      texts && !inArray && depth < 2 && sendable(t.items, { inArray: true, depth: depth + 1 }),
    union: (t, at) => t.members.every((m) => sendable(m, at)),
    object: (t, { depth }) =>
      plain &&
      place === 'query' &&
      depth === 0 &&
      t.properties.every((p) => sendable(p.type, { inArray: false, depth: 1 })) &&
      (!t.additional || sendable(t.additional, { inArray: false, depth: 1 })),
    intersection: () => false,
  };
  const sendable = (t: IrType, at: At): boolean => visitType(t, visitor, at);
  if (members.length === 0 || !members.every((m) => sendable(m, { inArray: false, depth: 0 })))
    return { kind: 'scalar', name: 'string' };
  return members.length === 1 ? members[0]! : { kind: 'union', members };
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
