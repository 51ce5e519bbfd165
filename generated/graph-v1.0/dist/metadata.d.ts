// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** The scopes of one kind of access (least privileged first), or why there are none. */
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
  /** `true` when deprecated, or why the operation is doubtful. */
  readonly deprecated?: true | string;
}
export * from './metadata/deviceAppManagement.js';
export * from './metadata/deviceManagement.js';
