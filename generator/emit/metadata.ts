/**
 * `<package>/metadata`: what the spec says of each operation (method, path template, permissions,
 * documentation link, deprecation) as data, one exported const per operation function, for tools
 * such as a permissions report. Its own subpath, never imported by the operations, so a bundle of
 * operations holds none of it, and one of metadata holds only the consts it uses.
 */
import type { IrOperation, IrPermission } from '../model/ir.js';
import { quote } from './code.js';
import type { Emitter, Statement } from './emitter.js';
import { CONST, Kind } from './kinds.js';
import { docPath } from './paths.js';

const FILE = 'metadata.ts';

export const metadataEmitter: Emitter = {
  name: 'metadata',
  // Its names live in its own module, which the index does not re-export: they need no claim.
  planPackage: ({ ir }) => [{ file: FILE, statements: () => metadataStatements(ir.operations) }],
  exports: () => ({ subpaths: [{ subpath: './metadata', file: FILE }] }),
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

/** The types, then one const per operation, in the IR's order. */
export function metadataStatements(operations: readonly IrOperation[]): Statement[] {
  return [
    TYPES,
    ...operations.map((op): Statement => ({
      kind: Kind.VariableStatement,
      isExported: true,
      declarationKind: CONST,
      docs: [`\`${op.method} ${docPath(op.path)}\`: the operation ${op.functionName} as the API description has it.`],
      declarations: [{ name: op.functionName, type: 'OperationMetadata', initializer: metadataObject(op) }],
    })),
  ];
}

function metadataObject(op: IrOperation): string {
  const deprecated = op.doubtful !== undefined ? quote(op.doubtful) : op.doc.deprecated ? 'true' : undefined;
  const fields = [
    `operationId: ${quote(op.operationId ?? op.functionName)}`,
    `method: '${op.method}'`,
    `path: ${quote(op.path)}`,
    ...(op.permissions.length > 0
      ? [
          `permissions: {\n${ACCESS_KINDS.map((kind) => `    ${kind}: ${permissionList(op.permissions, kind)},`).join('\n')}\n  }`,
        ]
      : []),
    ...(op.externalDocs ? [`docs: ${quote(op.externalDocs.url)}`] : []),
    ...(deprecated ? [`deprecated: ${deprecated}`] : []),
  ];
  return `{\n${fields.map((f) => `  ${f},`).join('\n')}\n}`;
}

/** One kind's scopes: `notSupported` where the spec says so; `notDocumented` where it lists none or leaves the kind out. */
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
