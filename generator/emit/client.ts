import type { IrDocument } from '../model/ir.js';
import { commentText } from './code.js';
import type { Emitter, PackageIdentity, Statement } from './emitter.js';
import { Kind } from './kinds.js';
import { packageInfoStatement } from './package-info.js';
import { byCodePoint, importPath, type Layout } from './layout.js';
import { plainClientStatements } from './plain-client.js';

/** client.ts (createClient) and sdk.ts (createSdk: every operation bound to one client). */
export const clientEmitter: Emitter = {
  name: 'client',
  // sdk.ts's `client` is a local beside the operations it imports.
  claims: [
    'createClient',
    'packageInfo',
    'Sdk',
    'createSdk',
    'client',
    'Credentials',
    'securitySchemes',
    'ClientOptions',
  ],
  planPackage: ({ ir, identity, groups, layout }) => {
    const withOperations = groups
      .filter((g) => g.operations.length > 0)
      .map((g) => g.name)
      .sort(byCodePoint);
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
    {
      kind: Kind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: './runtime/index.js',
      namedImports: ['ClientOptions', 'GraphClient', 'PackageInfo'],
    },
    packageInfoStatement(identity, baseUrl),
    {
      kind: Kind.Function,
      isExported: true,
      name: 'createClient',
      docs: [
        `Creates a client for ${commentText(ir.title)}; pass it to any operation function.${baseUrl ? `\nThe default base URL is ${commentText(baseUrl)}; choose a national cloud with \`cloud\` or set \`baseUrl\`.` : '\nThe spec names no server: set `baseUrl`.'}`,
      ],
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
  // Group names are identifiers (see GroupNames); the suffix keeps them clear of reserved words and of this file's own
  // names.
  const alias = (group: string) => `${group}Operations`;
  return [
    {
      kind: Kind.ImportDeclaration,
      moduleSpecifier: './client.js',
      namedImports: graph ? ['createClient'] : ['createClient', { name: 'ClientOptions', isTypeOnly: true }],
    },
    { kind: Kind.ImportDeclaration, moduleSpecifier: './runtime/index.js', namedImports: ['bindGroup'] },
    {
      kind: Kind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: './runtime/index.js',
      namedImports: graph ? ['BoundGroup', 'ClientOptions', 'GraphClient'] : ['ApiClient', 'BoundGroup'],
    },
    ...groups.map((g): Statement => ({
      kind: Kind.ImportDeclaration,
      moduleSpecifier: importPath('sdk.ts', layout.operationsFile(g)),
      namespaceImport: alias(g),
    })),
    {
      kind: Kind.Interface,
      name: 'Sdk',
      isExported: true,
      docs: [`Every operation of ${commentText(ir.title)}, grouped by the first segment of its path.`],
      properties: [
        {
          name: 'client',
          isReadonly: true,
          type: ir.profile.client,
          docs: ['The client every operation is bound to.'],
        },
        ...groups.map((g) => ({
          name: key(g),
          isReadonly: true,
          type: `BoundGroup<typeof ${alias(g)}>`,
          docs: [`Operations under \`/${commentText(g)}\`.`],
        })),
      ],
    },
    {
      kind: Kind.Function,
      isExported: true,
      name: 'createSdk',
      docs: [
        'Creates a client and binds every operation to it. Import single operations instead when bundle size matters.',
      ],
      parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
      returnType: 'Sdk',
      statements: [
        'const client = createClient(options);',
        `return {\n  client,\n${groups.map((g) => `  ${key(g)}: bindGroup(client, ${alias(g)}),`).join('\n')}\n};`,
      ],
    },
  ];
}
