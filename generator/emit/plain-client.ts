import type { IrDocument, IrSecurityScheme } from '../model/ir.js';
import { commentText, literalKey, propertyKey, quote } from './code.js';
import type { PackageIdentity, Statement } from './emitter.js';
import { CONST, Kind } from './kinds.js';
import { packageInfoStatement } from './package-info.js';

/**
 * `client.ts` of the plain OpenAPI profile: the document's security schemes, a `Credentials` type with one
 * optional member per scheme, and createClient taking them.
 */
export function plainClientStatements(ir: IrDocument, identity: PackageIdentity, baseUrl: string): Statement[] {
  const schemes = ir.profile.security;
  const runtimeTypes = [
    'ApiClient',
    'ApiClientOptions',
    'PackageInfo',
    'SecurityScheme',
    ...new Set(schemes.map(credentialType).filter((t) => t !== 'string')),
  ].sort();
  return [
    { kind: Kind.ImportDeclaration, moduleSpecifier: './runtime/index.js', namedImports: ['createApiClient'] },
    {
      kind: Kind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: './runtime/index.js',
      namedImports: runtimeTypes,
    },
    packageInfoStatement(identity, baseUrl),
    {
      kind: Kind.VariableStatement,
      isExported: true,
      declarationKind: CONST,
      docs: [`The security schemes of ${commentText(ir.title)}, as its document defines them.`],
      declarations: [
        {
          name: 'securitySchemes',
          type: 'Readonly<Record<string, SecurityScheme>>',
          initializer: `{${schemes.map((s) => `\n  ${literalKey(s.name)}: ${schemeLiteral(s)},`).join('')}${schemes.length ? '\n' : ''}}`,
        },
      ],
    },
    ...(schemes.length > 0
      ? [
          {
            kind: Kind.Interface,
            isExported: true,
            name: 'Credentials',
            docs: [
              'Credentials, by security scheme: an operation is sent with the first of its documented ways to authenticate whose credentials are all given, and without any otherwise.',
            ],
            properties: schemes.map((s) => ({
              name: propertyKey(s.name),
              hasQuestionToken: true,
              type: credentialType(s),
              docs: [schemeDoc(s)],
            })),
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
      docs: [
        `Creates a client for ${commentText(ir.title)}; pass it to any operation function.${baseUrl ? `\nThe default base URL is ${commentText(baseUrl)}; set \`baseUrl\` to use another.` : '\nThe spec names no server: set `baseUrl`.'}`,
      ],
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
