import type { IrDocument, IrSecurityScheme } from '../model/ir.js';
import { commentText, literalKey, propertyKey, quote } from './code.js';
import type { Emitter, PackageIdentity, Statement } from './emitter.js';
import { CONST, Kind } from './kinds.js';
import { byCodePoint, importPath, type Layout } from './layout.js';

/** client.ts (createClient) and sdk.ts (createSdk: every operation bound to one client). */
export const clientEmitter: Emitter = {
  name: 'client',
  // sdk.ts's `client` is a local beside the operations it imports.
  claims: ['createClient', 'packageInfo', 'Sdk', 'createSdk', 'client', 'Credentials', 'securitySchemes', 'ClientOptions'],
  planPackage: ({ ir, identity, groups, layout }) => {
    const withOperations = groups.filter((g) => g.operations.length > 0).map((g) => g.name).sort(byCodePoint);
    return [
      { file: 'client.ts', statements: () => clientStatements(ir, identity) },
      { file: 'sdk.ts', statements: () => sdkStatements(ir, withOperations, layout) },
    ];
  },
  exports: () => ({ index: ['client.ts', 'sdk.ts'] }),
};

/** `client.ts`: createClient, the lean entry point that per-operation imports pair with. */
export function clientStatements(ir: IrDocument, identity: PackageIdentity): Statement[] {
  const baseUrl = ir.servers[0]?.url ?? '';
  if (ir.profile.kind === 'openapi') return plainClientStatements(ir, identity, baseUrl);
  return [
    { kind: Kind.ImportDeclaration, moduleSpecifier: './runtime/index.js', namedImports: ['createGraphClient'] },
    { kind: Kind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/index.js', namedImports: ['ClientOptions', 'GraphClient', 'PackageInfo'] },
    {
      kind: Kind.VariableStatement,
      isExported: true,
      declarationKind: CONST,
      docs: ['This package as the runtime names it in User-Agent; baseUrl is the spec\'s first server.'],
      declarations: [{ name: 'packageInfo', type: 'PackageInfo', initializer: `{ name: ${quote(identity.name)}, version: ${quote(identity.version)}, baseUrl: ${quote(baseUrl)} }` }],
    },
    {
      kind: Kind.Function,
      isExported: true,
      name: 'createClient',
      docs: [`Creates a client for ${commentText(ir.title)}; pass it to any operation function.${baseUrl ? `\nThe default base URL is ${commentText(baseUrl)}; choose a national cloud with \`cloud\` or set \`baseUrl\`.` : '\nThe spec names no server: set `baseUrl`.'}`],
      parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
      returnType: 'GraphClient',
      statements: ['return createGraphClient(packageInfo, options);'],
    },
  ];
}

/**
 * `sdk.ts`: every operation grouped by path prefix and bound to one client, for discovery. Each
 * group is its operations module bound whole at run time, so this file stays a few lines per
 * group however many operations there are.
 */
export function sdkStatements(ir: IrDocument, groups: readonly string[], layout: Layout): Statement[] {
  const graph = ir.profile.kind === 'graph';
  // 'client' is taken by the bound client itself.
  const key = (group: string) => (group === 'client' ? 'clientOperations' : group);
  // Group names are identifiers (see GroupNames); the suffix keeps them clear of reserved words and of this file's own names.
  const alias = (group: string) => `${group}Operations`;
  return [
    { kind: Kind.ImportDeclaration, moduleSpecifier: './client.js', namedImports: graph ? ['createClient'] : ['createClient', { name: 'ClientOptions', isTypeOnly: true }] },
    { kind: Kind.ImportDeclaration, moduleSpecifier: './runtime/index.js', namedImports: ['bindGroup'] },
    { kind: Kind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/index.js', namedImports: graph ? ['BoundGroup', 'ClientOptions', 'GraphClient'] : ['ApiClient', 'BoundGroup'] },
    ...groups.map((g): Statement => ({ kind: Kind.ImportDeclaration, moduleSpecifier: importPath('sdk.ts', layout.operationsFile(g)), namespaceImport: alias(g) })),
    {
      kind: Kind.Interface,
      name: 'Sdk',
      isExported: true,
      docs: [`Every operation of ${commentText(ir.title)}, grouped by the first segment of its path.`],
      properties: [
        { name: 'client', isReadonly: true, type: ir.profile.client, docs: ['The client every operation is bound to.'] },
        ...groups.map((g) => ({ name: key(g), isReadonly: true, type: `BoundGroup<typeof ${alias(g)}>`, docs: [`Operations under \`/${commentText(g)}\`.`] })),
      ],
    },
    {
      kind: Kind.Function,
      isExported: true,
      name: 'createSdk',
      docs: ['Creates a client and binds every operation to it. Import single operations instead when bundle size matters.'],
      parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
      returnType: 'Sdk',
      statements: ['const client = createClient(options);', `return {\n  client,\n${groups.map((g) => `  ${key(g)}: bindGroup(client, ${alias(g)}),`).join('\n')}\n};`],
    },
  ];
}

/**
 * `client.ts` of the plain OpenAPI profile: the document's security schemes, a `Credentials` type with one
 * optional member per scheme, and createClient taking them.
 */
function plainClientStatements(ir: IrDocument, identity: PackageIdentity, baseUrl: string): Statement[] {
  const schemes = ir.profile.security;
  const runtimeTypes = ['ApiClient', 'ApiClientOptions', 'PackageInfo', 'SecurityScheme', ...new Set(schemes.map(credentialType).filter((t) => t !== 'string'))].sort();
  return [
    { kind: Kind.ImportDeclaration, moduleSpecifier: './runtime/index.js', namedImports: ['createApiClient'] },
    { kind: Kind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/index.js', namedImports: runtimeTypes },
    {
      kind: Kind.VariableStatement,
      isExported: true,
      declarationKind: CONST,
      docs: ["This package as the runtime names it in User-Agent; baseUrl is the spec's first server."],
      declarations: [{ name: 'packageInfo', type: 'PackageInfo', initializer: `{ name: ${quote(identity.name)}, version: ${quote(identity.version)}, baseUrl: ${quote(baseUrl)} }` }],
    },
    {
      kind: Kind.VariableStatement,
      isExported: true,
      declarationKind: CONST,
      docs: [`The security schemes of ${commentText(ir.title)}, as its document defines them.`],
      declarations: [{ name: 'securitySchemes', type: 'Readonly<Record<string, SecurityScheme>>', initializer: `{${schemes.map((s) => `\n  ${literalKey(s.name)}: ${schemeLiteral(s)},`).join('')}${schemes.length ? '\n' : ''}}` }],
    },
    ...(schemes.length > 0
      ? [
          {
            kind: Kind.Interface,
            isExported: true,
            name: 'Credentials',
            docs: ['Credentials, by security scheme: an operation is sent with the first of its documented ways to authenticate whose credentials are all given, and without any otherwise.'],
            properties: schemes.map((s) => ({ name: propertyKey(s.name), hasQuestionToken: true, type: credentialType(s), docs: [schemeDoc(s)] })),
          } as Statement,
        ]
      : []),
    {
      kind: Kind.TypeAlias,
      isExported: true,
      name: 'ClientOptions',
      docs: ['Options of {@link createClient}.'],
      type: schemes.length > 0 ? 'ApiClientOptions<Credentials>' : 'ApiClientOptions',
    },
    {
      kind: Kind.Function,
      isExported: true,
      name: 'createClient',
      docs: [`Creates a client for ${commentText(ir.title)}; pass it to any operation function.${baseUrl ? `\nThe default base URL is ${commentText(baseUrl)}; set \`baseUrl\` to use another.` : '\nThe spec names no server: set `baseUrl`.'}`],
      parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
      returnType: 'ApiClient',
      statements: ['return createApiClient(packageInfo, securitySchemes, options);'],
    },
  ];
}

/** The runtime's description of a scheme, as an object literal. */
function schemeLiteral(s: IrSecurityScheme): string {
  if (s.type === 'apiKey') return `{ type: 'apiKey', in: '${s.in}', name: ${quote(s.parameter)} }`;
  if (s.type === 'http') return `{ type: 'http', scheme: ${quote(s.scheme)} }`;
  return `{ type: '${s.type}' }`;
}

/** What a user gives for a scheme. */
function credentialType(s: IrSecurityScheme): string {
  if (s.type === 'apiKey') return 'string';
  if (s.type === 'http' && s.scheme === 'basic') return 'BasicCredential';
  return 'TokenSource';
}

/** A scheme's member documentation: the document's description, then how the credential is sent. */
function schemeDoc(s: IrSecurityScheme): string {
  const how =
    s.type === 'apiKey'
      ? `An API key, sent in the ${s.in === 'header' ? 'header' : s.in === 'query' ? 'query parameter' : 'cookie'} \`${commentText(s.parameter)}\`.`
      : s.type === 'http' && s.scheme === 'basic'
        ? 'A user name and password, sent as HTTP basic authentication.'
        : s.type === 'http' && s.scheme !== 'bearer'
          ? `A token, sent as \`Authorization: ${commentText(s.scheme)} <token>\`.`
          : s.type === 'http'
            ? 'A bearer token, or a function or TokenCredential that gets one.'
            : `A bearer token, or a function or TokenCredential asked for one with the scopes the operation names${s.type === 'oauth2' && s.scopes.length ? ` (${s.scopes.map((x) => `\`${commentText(x)}\``).join(', ')})` : ''}.`;
  return s.description ? `${commentText(s.description)}\n\n${how}` : how;
}
