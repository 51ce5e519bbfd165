// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** `GET /deviceAppManagement/mobileAppConfigurations` */
export const listMobileAppConfigurations = {
  operationId: 'listMobileAppConfigurations',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-list?view=graph-rest-1.0',
};
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}` */
export const getMobileAppConfiguration = {
  operationId: 'getMobileAppConfiguration',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-get?view=graph-rest-1.0',
};
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary` */
export const getMobileAppConfigurationDeviceStatusSummary = {
  operationId: 'getMobileAppConfigurationDeviceStatusSummary',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicesummary-get?view=graph-rest-1.0',
};
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses` */
export const listMobileAppConfigurationDeviceStatuses = {
  operationId: 'listMobileAppConfigurationDeviceStatuses',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-list?view=graph-rest-1.0',
};
/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses` */
export const createMobileAppConfigurationDeviceStatus = {
  operationId: 'createMobileAppConfigurationDeviceStatus',
  method: 'POST',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-create?view=graph-rest-1.0',
};
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export const getMobileAppConfigurationDeviceStatus = {
  operationId: 'getMobileAppConfigurationDeviceStatus',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-get?view=graph-rest-1.0',
};
/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export const deleteMobileAppConfigurationDeviceStatus = {
  operationId: 'deleteMobileAppConfigurationDeviceStatus',
  method: 'DELETE',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-delete?view=graph-rest-1.0',
};
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export const updateMobileAppConfigurationDeviceStatus = {
  operationId: 'updateMobileAppConfigurationDeviceStatus',
  method: 'PATCH',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-1.0',
};
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses` */
export const listMobileAppConfigurationUserStatuses = {
  operationId: 'listMobileAppConfigurationUserStatuses',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-list?view=graph-rest-1.0',
};
/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses` */
export const createMobileAppConfigurationUserStatus = {
  operationId: 'createMobileAppConfigurationUserStatus',
  method: 'POST',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-create?view=graph-rest-1.0',
};
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export const getMobileAppConfigurationUserStatus = {
  operationId: 'getMobileAppConfigurationUserStatus',
  method: 'GET',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-get?view=graph-rest-1.0',
};
/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export const deleteMobileAppConfigurationUserStatus = {
  operationId: 'deleteMobileAppConfigurationUserStatus',
  method: 'DELETE',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-delete?view=graph-rest-1.0',
};
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export const updateMobileAppConfigurationUserStatus = {
  operationId: 'updateMobileAppConfigurationUserStatus',
  method: 'PATCH',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-update?view=graph-rest-1.0',
};
