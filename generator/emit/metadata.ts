/**
 * `<package>/metadata`: what the spec says of each operation (method, path template, permissions,
 * documentation link, deprecation) as data, one exported const per operation function, for tools
 * such as a permissions report. Its own subpath, never imported by the operations, so a bundle of
 * operations holds none of it, and one of metadata holds only the consts it uses.
 */
import type { IrOperation, IrPermission } from '../model/ir.js';
import { quote } from './code.js';
import type { Emitter, OutputGroup, Statement } from './emitter.js';
import { byCodePoint, importPath } from './layout.js';
import { docPath } from './paths.js';

const INDEX = 'metadata.ts';

/**
 * One file of consts per output group, beside its operations: planned with the group, so that a
 * large spec's are printed and written while the model goes on (Graph v1.0 has 4 MB of them);
 * metadata.ts declares the types and re-exports every group's file.
 */
const groupFile = (group: string) => `metadata/${group}.ts`;

export const metadataEmitter: Emitter = {
  name: 'metadata',
  // Its names live in its own module, which the index does not re-export: they need no claim.
  planGroup: (group) =>
    group.operations.length === 0
      ? []
      : [{ file: groupFile(group.name), statements: () => metadataStatements(group.name, group.operations) }],
  planPackage: ({ groups }) => [{ file: INDEX, statements: () => indexStatements(groups) }],
  exports: () => ({ subpaths: [{ subpath: './metadata', file: INDEX }] }),
};

/** The kinds of access OperationPermissions lists, as x-ms-permissions names them. */
const ACCESS_KINDS = ['delegatedWorkOrSchool', 'delegatedPersonalMicrosoftAccount', 'application'] as const;

const TYPES = `/** The scopes of one kind of access (least privileged first), or why there are none. */
export type PermissionList = readonly string[] | 'notSupported' | 'notDocumented';

/** The permissions an operation needs, by kind of access. */
export interface OperationPermissions {
  readonly delegatedWorkOrSchool: PermissionList;
  readonly delegatedPersonalMicrosoftAccount: PermissionList;
  readonly application: PermissionList;
}

/** What the API description says of one operation. */
export interface OperationMetadata {
  /** The operationId of the API description. */
  readonly operationId: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
  /** The path template, as the API description writes it. */
  readonly path: string;
  /** The permissions it needs; absent where the API description lists none. */
  readonly permissions?: OperationPermissions;
  /** Its documentation page. */
  readonly docs?: string;
  /** \`true\` when deprecated, or why the operation is doubtful. */
  readonly deprecated?: true | string;
}`;

/** The types, then every group's file, re-exported. */
function indexStatements(groups: readonly OutputGroup[]): Statement[] {
  const files = groups.filter((g) => g.operations.length > 0).map((g) => groupFile(g.name));
  const reexports = files.sort(byCodePoint).map((file) => `export * from '${importPath(INDEX, file)}';`);
  return reexports.length > 0 ? [TYPES, reexports.join('\n')] : [TYPES];
}

/**
 * One const per operation of a group, in the IR's order, each written out in full: plain data
 * needs no printer (see print.ts), and Graph v1.0 has some 11,000 of them.
 */
export function metadataStatements(group: string, operations: readonly IrOperation[]): Statement[] {
  const file = groupFile(group);
  return [`import type { OperationMetadata } from '${importPath(file, INDEX)}';`, ...operations.map(metadataConst)];
}

function metadataConst(op: IrOperation): string {
  const deprecated = op.doubtful !== undefined ? quote(op.doubtful) : op.doc.deprecated ? 'true' : undefined;
  let text = `/** \`${op.method} ${docPath(op.path)}\` */\nexport const ${op.functionName}: OperationMetadata = {\n`;
  text += `  operationId: ${quote(op.operationId ?? op.functionName)},\n  method: '${op.method}',\n  path: ${quote(op.path)},\n`;
  if (op.permissions.length > 0) {
    text += '  permissions: {\n';
    for (const kind of ACCESS_KINDS) text += `    ${kind}: ${permissionList(op.permissions, kind)},\n`;
    text += '  },\n';
  }
  if (op.externalDocs) text += `  docs: ${quote(op.externalDocs.url)},\n`;
  if (deprecated) text += `  deprecated: ${deprecated},\n`;
  return `${text}};`;
}

/**
 * One kind's scopes: `notSupported` where the spec says so; `notDocumented` where it lists none or leaves the kind out.
 */
export function permissionList(permissions: readonly IrPermission[], kind: string): string {
  const row = permissions.find((p) => p.kind === kind);
  if (row && !row.supported) return "'notSupported'";
  if (!row || row.scopes.length === 0) return "'notDocumented'";
  return `[${row.scopes.map(quote).join(', ')}]`;
}

/** How a 403's GraphError names each kind of access, short: the text is in every bundle that calls the operation. */
const SHORT_KIND_NAMES: Record<string, string> = {
  delegatedWorkOrSchool: 'delegated work or school',
  delegatedPersonalMicrosoftAccount: 'delegated personal account',
  application: 'application',
};

/**
 * The permissions an operation documents, as a 403's GraphError names them: each list of scopes (least privileged
 * first, any one is enough) with the kinds of access it serves, `A or B (delegated work or school, application)`;
 * empty when none is documented.
 */
export function documentedPermissionsText(permissions: readonly IrPermission[]): string {
  const kindsByList = new Map<string, string[]>();
  for (const p of permissions) {
    if (!p.supported || p.scopes.length === 0) continue;
    const list = p.scopes.join(' or ');
    const kind = Object.prototype.hasOwnProperty.call(SHORT_KIND_NAMES, p.kind) ? SHORT_KIND_NAMES[p.kind]! : p.label;
    kindsByList.set(list, [...(kindsByList.get(list) ?? []), kind]);
  }
  return [...kindsByList].map(([list, kinds]) => `${list} (${kinds.join(', ')})`).join('; ');
}
