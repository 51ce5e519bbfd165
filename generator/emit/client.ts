import type { IrDocument } from '../model/ir.js';
import { commentText } from './code.js';
import { functionText, importText, interfaceText, namespaceImportText } from './declaration-text.js';
import type { Emitter, PackageIdentity, Statement } from './emitter.js';
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
    [
      importText('./runtime/index.js', ['createGraphClient']),
      importText('./runtime/index.js', ['ClientOptions', 'GraphClient', 'PackageInfo'], true),
    ].join('\n'),
    packageInfoStatement(identity, baseUrl),
    functionText(
      'createClient',
      `Creates a client for ${commentText(ir.title)}; pass it to any operation function.${baseUrl ? `\nThe default base URL is ${commentText(baseUrl)}; choose a national cloud with \`cloud\` or set \`baseUrl\`.` : '\nThe spec names no server: set `baseUrl`.'}`,
      [{ name: 'options', type: 'ClientOptions', optional: true }],
      'GraphClient',
      ['return createGraphClient(packageInfo, options);'],
    ),
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
    [
      importText('./client.js', graph ? ['createClient'] : ['createClient', { name: 'ClientOptions', typeOnly: true }]),
      importText('./runtime/index.js', ['bindGroup']),
      importText(
        './runtime/index.js',
        graph ? ['BoundGroup', 'ClientOptions', 'GraphClient'] : ['ApiClient', 'BoundGroup'],
        true,
      ),
      ...groups.map((g) => namespaceImportText(importPath('sdk.ts', layout.operationsFile(g)), alias(g))),
    ].join('\n'),
    interfaceText(`Sdk`, `Every operation of ${commentText(ir.title)}, grouped by the first segment of its path.`, [
      { key: 'readonly client', type: ir.profile.client, doc: 'The client every operation is bound to.' },
      ...groups.map((g) => ({
        key: `readonly ${key(g)}`,
        type: `BoundGroup<typeof ${alias(g)}>`,
        doc: `Operations under \`/${commentText(g)}\`.`,
      })),
    ]),
    functionText(
      'createSdk',
      'Creates a client and binds every operation to it. Import single operations instead when bundle size matters.',
      [{ name: 'options', type: 'ClientOptions', optional: true }],
      'Sdk',
      [
        'const client = createClient(options);',
        `return {\n  client,\n${groups.map((g) => `  ${key(g)}: bindGroup(client, ${alias(g)}),`).join('\n')}\n};`,
      ],
    ),
  ];
}
