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

/** `GET /deviceAppManagement/mobileAppConfigurations`: the operation listMobileAppConfigurations as the API description has it. */
export const listMobileAppConfigurations: OperationMetadata = {
  operationId: 'listMobileAppConfigurations',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-list?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}`: the operation getMobileAppConfiguration as the API description has it. */
export const getMobileAppConfiguration: OperationMetadata = {
  operationId: 'getMobileAppConfiguration',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-get?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary`: the operation getMobileAppConfigurationDeviceStatusSummary as the API description has it. */
export const getMobileAppConfigurationDeviceStatusSummary: OperationMetadata = {
  operationId: 'getMobileAppConfigurationDeviceStatusSummary',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicesummary-get?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses`: the operation listMobileAppConfigurationDeviceStatuses as the API description has it. */
export const listMobileAppConfigurationDeviceStatuses: OperationMetadata = {
  operationId: 'listMobileAppConfigurationDeviceStatuses',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses`: the operation createMobileAppConfigurationDeviceStatus as the API description has it. */
export const createMobileAppConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'createMobileAppConfigurationDeviceStatus',
  method: 'POST',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation getMobileAppConfigurationDeviceStatus as the API description has it. */
export const getMobileAppConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'getMobileAppConfigurationDeviceStatus',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation deleteMobileAppConfigurationDeviceStatus as the API description has it. */
export const deleteMobileAppConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'deleteMobileAppConfigurationDeviceStatus',
  method: 'DELETE',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation updateMobileAppConfigurationDeviceStatus as the API description has it. */
export const updateMobileAppConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'updateMobileAppConfigurationDeviceStatus',
  method: 'PATCH',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses`: the operation listMobileAppConfigurationUserStatuses as the API description has it. */
export const listMobileAppConfigurationUserStatuses: OperationMetadata = {
  operationId: 'listMobileAppConfigurationUserStatuses',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-list?view=graph-rest-beta',
};

/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses`: the operation createMobileAppConfigurationUserStatus as the API description has it. */
export const createMobileAppConfigurationUserStatus: OperationMetadata = {
  operationId: 'createMobileAppConfigurationUserStatus',
  method: 'POST',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-create?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation getMobileAppConfigurationUserStatus as the API description has it. */
export const getMobileAppConfigurationUserStatus: OperationMetadata = {
  operationId: 'getMobileAppConfigurationUserStatus',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation deleteMobileAppConfigurationUserStatus as the API description has it. */
export const deleteMobileAppConfigurationUserStatus: OperationMetadata = {
  operationId: 'deleteMobileAppConfigurationUserStatus',
  method: 'DELETE',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation updateMobileAppConfigurationUserStatus as the API description has it. */
export const updateMobileAppConfigurationUserStatus: OperationMetadata = {
  operationId: 'updateMobileAppConfigurationUserStatus',
  method: 'PATCH',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-update?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations`: the operation listIosLobAppProvisioningConfigurations as the API description has it. */
export const listIosLobAppProvisioningConfigurations: OperationMetadata = {
  operationId: 'listIosLobAppProvisioningConfigurations',
  method: 'GET',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations',
  permissions: {
    delegatedWorkOrSchool: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-ioslobappprovisioningconfiguration-list?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}`: the operation getIosLobAppProvisioningConfiguration as the API description has it. */
export const getIosLobAppProvisioningConfiguration: OperationMetadata = {
  operationId: 'getIosLobAppProvisioningConfiguration',
  method: 'GET',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}',
  permissions: {
    delegatedWorkOrSchool: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-ioslobappprovisioningconfiguration-get?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`: the operation listIosLobAppProvisioningConfigurationDeviceStatuses as the API description has it. */
export const listIosLobAppProvisioningConfigurationDeviceStatuses: OperationMetadata = {
  operationId: 'listIosLobAppProvisioningConfigurationDeviceStatuses',
  method: 'GET',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`: the operation createIosLobAppProvisioningConfigurationDeviceStatus as the API description has it. */
export const createIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'createIosLobAppProvisioningConfigurationDeviceStatus',
  method: 'POST',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`: the operation updateIosLobAppProvisioningConfigurationDeviceStatuses as the API description has it. */
export const updateIosLobAppProvisioningConfigurationDeviceStatuses: OperationMetadata = {
  operationId: 'updateIosLobAppProvisioningConfigurationDeviceStatuses',
  method: 'PATCH',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: 'notDocumented',
    delegatedPersonalMicrosoftAccount: 'notDocumented',
    application: 'notDocumented',
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-beta',
  deprecated:
    'Its reference page is unfinished: it documents PATCH on the deviceStatuses collection, which has no item key, although it returns a single object; it names no permission and its examples show type names instead of values. The service most likely rejects this call: update one status with updateIosLobAppProvisioningConfigurationDeviceStatus instead.',
};

/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation getIosLobAppProvisioningConfigurationDeviceStatus as the API description has it. */
export const getIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'getIosLobAppProvisioningConfigurationDeviceStatus',
  method: 'GET',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: [
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
    ],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation deleteIosLobAppProvisioningConfigurationDeviceStatus as the API description has it. */
export const deleteIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'deleteIosLobAppProvisioningConfigurationDeviceStatus',
  method: 'DELETE',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation updateIosLobAppProvisioningConfigurationDeviceStatus as the API description has it. */
export const updateIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'updateIosLobAppProvisioningConfigurationDeviceStatus',
  method: 'PATCH',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses`: the operation listIosLobAppProvisioningConfigurationUserStatuses as the API description has it. */
export const listIosLobAppProvisioningConfigurationUserStatuses: OperationMetadata = {
  operationId: 'listIosLobAppProvisioningConfigurationUserStatuses',
  method: 'GET',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-list?view=graph-rest-beta',
};

/** `POST /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses`: the operation createIosLobAppProvisioningConfigurationUserStatus as the API description has it. */
export const createIosLobAppProvisioningConfigurationUserStatus: OperationMetadata = {
  operationId: 'createIosLobAppProvisioningConfigurationUserStatus',
  method: 'POST',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-create?view=graph-rest-beta',
};

/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation getIosLobAppProvisioningConfigurationUserStatus as the API description has it. */
export const getIosLobAppProvisioningConfigurationUserStatus: OperationMetadata = {
  operationId: 'getIosLobAppProvisioningConfigurationUserStatus',
  method: 'GET',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation deleteIosLobAppProvisioningConfigurationUserStatus as the API description has it. */
export const deleteIosLobAppProvisioningConfigurationUserStatus: OperationMetadata = {
  operationId: 'deleteIosLobAppProvisioningConfigurationUserStatus',
  method: 'DELETE',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation updateIosLobAppProvisioningConfigurationUserStatus as the API description has it. */
export const updateIosLobAppProvisioningConfigurationUserStatus: OperationMetadata = {
  operationId: 'updateIosLobAppProvisioningConfigurationUserStatus',
  method: 'PATCH',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations`: the operation listDeviceConfigurations as the API description has it. */
export const listDeviceConfigurations: OperationMetadata = {
  operationId: 'listDeviceConfigurations',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}`: the operation getDeviceConfiguration as the API description has it. */
export const getDeviceConfiguration: OperationMetadata = {
  operationId: 'getDeviceConfiguration',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview`: the operation getDeviceConfigurationDeviceStatusOverview as the API description has it. */
export const getDeviceConfigurationDeviceStatusOverview: OperationMetadata = {
  operationId: 'getDeviceConfigurationDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`: the operation listDeviceConfigurationDeviceStatuses as the API description has it. */
export const listDeviceConfigurationDeviceStatuses: OperationMetadata = {
  operationId: 'listDeviceConfigurationDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`: the operation createDeviceConfigurationDeviceStatus as the API description has it. */
export const createDeviceConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'createDeviceConfigurationDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getDeviceConfigurationDeviceStatus as the API description has it. */
export const getDeviceConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'getDeviceConfigurationDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteDeviceConfigurationDeviceStatus as the API description has it. */
export const deleteDeviceConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'deleteDeviceConfigurationDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationDeviceStatus as the API description has it. */
export const updateDeviceConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'updateDeviceConfigurationDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration`: the operation getDeviceConfigurationGroupAssignmentDeviceConfiguration as the API description has it. */
export const getDeviceConfigurationGroupAssignmentDeviceConfiguration: OperationMetadata = {
  operationId: 'getDeviceConfigurationGroupAssignmentDeviceConfiguration',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationIdentityCertificateDeviceStatus as the API description has it. */
export const updateDeviceConfigurationIdentityCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateDeviceConfigurationIdentityCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus as the API description has it. */
export const updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview`: the operation getDeviceConfigurationRootCertificateDeviceStatusOverview as the API description has it. */
export const getDeviceConfigurationRootCertificateDeviceStatusOverview: OperationMetadata = {
  operationId: 'getDeviceConfigurationRootCertificateDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses`: the operation listDeviceConfigurationRootCertificateDeviceStatuses as the API description has it. */
export const listDeviceConfigurationRootCertificateDeviceStatuses: OperationMetadata = {
  operationId: 'listDeviceConfigurationRootCertificateDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses`: the operation createDeviceConfigurationRootCertificateDeviceStatus as the API description has it. */
export const createDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'createDeviceConfigurationRootCertificateDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getDeviceConfigurationRootCertificateDeviceStatus as the API description has it. */
export const getDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'getDeviceConfigurationRootCertificateDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteDeviceConfigurationRootCertificateDeviceStatus as the API description has it. */
export const deleteDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'deleteDeviceConfigurationRootCertificateDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationRootCertificateDeviceStatus as the API description has it. */
export const updateDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateDeviceConfigurationRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview`: the operation getIosScepCertificateProfileRootCertificateDeviceStatusOverview as the API description has it. */
export const getIosScepCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata = {
  operationId: 'getIosScepCertificateProfileRootCertificateDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`: the operation listIosScepCertificateProfileRootCertificateDeviceStatuses as the API description has it. */
export const listIosScepCertificateProfileRootCertificateDeviceStatuses: OperationMetadata = {
  operationId: 'listIosScepCertificateProfileRootCertificateDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`: the operation createIosScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const createIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'createIosScepCertificateProfileRootCertificateDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getIosScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const getIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'getIosScepCertificateProfileRootCertificateDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteIosScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const deleteIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'deleteIosScepCertificateProfileRootCertificateDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateIosScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const updateIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateIosScepCertificateProfileRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview`: the operation getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview as the API description has it. */
export const getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata = {
  operationId: 'getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`: the operation listMacOSScepCertificateProfileRootCertificateDeviceStatuses as the API description has it. */
export const listMacOSScepCertificateProfileRootCertificateDeviceStatuses: OperationMetadata = {
  operationId: 'listMacOSScepCertificateProfileRootCertificateDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`: the operation createMacOSScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const createMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'createMacOSScepCertificateProfileRootCertificateDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getMacOSScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const getMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'getMacOSScepCertificateProfileRootCertificateDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteMacOSScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const deleteMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'deleteMacOSScepCertificateProfileRootCertificateDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateMacOSScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const updateMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateMacOSScepCertificateProfileRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus as the API description has it. */
export const updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus: OperationMetadata = {
  operationId: 'updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateMacOSWiredNetworkRootCertificateForServerDeviceStatus as the API description has it. */
export const updateMacOSWiredNetworkRootCertificateForServerDeviceStatus: OperationMetadata = {
  operationId: 'updateMacOSWiredNetworkRootCertificateForServerDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations`: the operation listWindowsDomainJoinNetworkAccessConfigurations as the API description has it. */
export const listWindowsDomainJoinNetworkAccessConfigurations: OperationMetadata = {
  operationId: 'listWindowsDomainJoinNetworkAccessConfigurations',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}`: the operation getWindowsDomainJoinNetworkAccessConfiguration as the API description has it. */
export const getWindowsDomainJoinNetworkAccessConfiguration: OperationMetadata = {
  operationId: 'getWindowsDomainJoinNetworkAccessConfiguration',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview`: the operation getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview as the API description has it. */
export const getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata = {
  operationId: 'getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`: the operation listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses as the API description has it. */
export const listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses: OperationMetadata = {
  operationId: 'listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`: the operation createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateWindowsPhone81VpnIdentityCertificateDeviceStatus as the API description has it. */
export const updateWindowsPhone81VpnIdentityCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateWindowsPhone81VpnIdentityCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview`: the operation getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview as the API description has it. */
export const getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview: OperationMetadata = {
  operationId: 'getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`: the operation listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses as the API description has it. */
export const listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses: OperationMetadata = {
  operationId: 'listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`: the operation createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus as the API description has it. */
export const createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata = {
  operationId: 'createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus as the API description has it. */
export const getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata = {
  operationId: 'getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus as the API description has it. */
export const deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata = {
  operationId: 'deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus as the API description has it. */
export const updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata = {
  operationId: 'updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview`: the operation getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview as the API description has it. */
export const getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview: OperationMetadata = {
  operationId: 'getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`: the operation listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses as the API description has it. */
export const listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses: OperationMetadata = {
  operationId: 'listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`: the operation createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus as the API description has it. */
export const createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata = {
  operationId: 'createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus as the API description has it. */
export const getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata = {
  operationId: 'getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus as the API description has it. */
export const deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata = {
  operationId: 'deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus as the API description has it. */
export const updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata = {
  operationId: 'updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};
