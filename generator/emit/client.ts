import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { IrDocument, IrOperation } from '../model/ir.js';
import { camelCase } from '../model/naming.js';
import { commentText, quote } from './code.js';
import { byCodePoint, importPath, type Layout } from './layout.js';

/** What the package says about itself to the runtime. */
export interface PackageIdentity {
  readonly name: string;
  readonly version: string;
}

/** `client.ts`: createClient, the lean entry point that per-operation imports pair with. */
export function clientStatements(ir: IrDocument, identity: PackageIdentity): StatementStructures[] {
  const baseUrl = ir.servers[0]?.url ?? '';
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/index.js', namedImports: ['createGraphClient'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/index.js', namedImports: ['ClientOptions', 'GraphClient', 'PackageInfo'] },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['This package as the runtime names it in User-Agent; baseUrl is the spec\'s first server.'],
      declarations: [{ name: 'packageInfo', type: 'PackageInfo', initializer: `{ name: ${quote(identity.name)}, version: ${quote(identity.version)}, baseUrl: ${quote(baseUrl)} }` }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'createClient',
      docs: [`Creates a client for ${commentText(ir.title)}; pass it to any operation function.${baseUrl ? `\nThe default base URL is ${commentText(baseUrl)}; choose a national cloud with \`cloud\` or set \`baseUrl\`.` : '\nThe spec names no server: set `baseUrl`.'}`],
      parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
      returnType: 'GraphClient',
      statements: ['return createGraphClient(packageInfo, options);'],
    },
  ];
}

/** `sdk.ts`: every operation grouped by path prefix and bound to one client, for discovery. */
export function sdkStatements(ir: IrDocument, layout: Layout): StatementStructures[] {
  const groups = new Map<string, IrOperation[]>();
  for (const op of ir.operations) groups.set(op.group, [...(groups.get(op.group) ?? []), op]);
  const groupNames = [...groups.keys()].sort(byCodePoint);
  const imports: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './client.js', namedImports: ['createClient'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/index.js', namedImports: ['ClientOptions', 'GraphClient'] },
    ...groupNames.map((g): StatementStructures => ({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: importPath('sdk.ts', layout.operationsFile(g)),
      namedImports: groups.get(g)!.map((o) => o.functionName),
    })),
  ];
  // 'client' is taken by the bound client itself.
  const key = (group: string) => (camelCase(group) === 'client' ? 'clientOperations' : camelCase(group));
  const groupType = (ops: IrOperation[]) =>
    `{\n${ops.map((o) => `  /** ${oneLine(o.doc.summary ?? o.functionName)} */\n  readonly ${o.functionName}: Bound<typeof ${o.functionName}>;`).join('\n')}\n}`;
  const values = groupNames.map((g) => `    ${key(g)}: { ${groups.get(g)!.map((o) => `${o.functionName}: bind(${o.functionName})`).join(', ')} },`);
  return [
    ...imports,
    {
      kind: StructureKind.TypeAlias,
      name: 'Bound',
      typeParameters: ['F'],
      docs: ['An operation function with its client argument already supplied.'],
      type: 'F extends (client: GraphClient, ...args: infer A) => infer R ? (...args: A) => R : never',
    },
    {
      kind: StructureKind.Interface,
      name: 'Sdk',
      isExported: true,
      docs: [`Every operation of ${commentText(ir.title)}, grouped by the first segment of its path.`],
      properties: [
        { name: 'client', isReadonly: true, type: 'GraphClient', docs: ['The client every operation is bound to.'] },
        ...groupNames.map((g) => ({ name: key(g), isReadonly: true, type: groupType(groups.get(g)!), docs: [`Operations under \`/${oneLine(g)}\`.`] })),
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'createSdk',
      docs: ['Creates a client and binds every operation to it. Import single operations instead when bundle size matters.'],
      parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
      returnType: 'Sdk',
      statements: [
        'const client = createClient(options);',
        'const bind = <A extends unknown[], R>(operation: (client: GraphClient, ...args: A) => R) => (...args: A): R => operation(client, ...args);',
        `return {\n  client,\n${values.join('\n')}\n};`,
      ],
    },
  ];
}

function oneLine(text: string): string {
  return commentText(text).replace(/\s*\n\s*/g, ' ');
}
