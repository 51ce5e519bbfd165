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
/** `GET /deviceAppManagement/mobileAppConfigurations` */
export declare const listMobileAppConfigurations: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}` */
export declare const getMobileAppConfiguration: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary` */
export declare const getMobileAppConfigurationDeviceStatusSummary: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses` */
export declare const listMobileAppConfigurationDeviceStatuses: OperationMetadata;
/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses` */
export declare const createMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export declare const getMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export declare const deleteMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export declare const updateMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses` */
export declare const listMobileAppConfigurationUserStatuses: OperationMetadata;
/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses` */
export declare const createMobileAppConfigurationUserStatus: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export declare const getMobileAppConfigurationUserStatus: OperationMetadata;
/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export declare const deleteMobileAppConfigurationUserStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export declare const updateMobileAppConfigurationUserStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations` */
export declare const listDeviceConfigurations: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}` */
export declare const getDeviceConfiguration: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview` */
export declare const getDeviceConfigurationDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses` */
export declare const listDeviceConfigurationDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses` */
export declare const createDeviceConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const getDeviceConfigurationDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const deleteDeviceConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateDeviceConfigurationDeviceStatus: OperationMetadata;
