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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-list?view=graph-rest-beta',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-get?view=graph-rest-beta',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicesummary-get?view=graph-rest-beta',
};
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses` */
export const listMobileAppConfigurationDeviceStatuses = {
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
/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses` */
export const createMobileAppConfigurationDeviceStatus = {
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
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export const getMobileAppConfigurationDeviceStatus = {
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
/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export const deleteMobileAppConfigurationDeviceStatus = {
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
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export const updateMobileAppConfigurationDeviceStatus = {
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-list?view=graph-rest-beta',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-create?view=graph-rest-beta',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-get?view=graph-rest-beta',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-delete?view=graph-rest-beta',
};
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export const updateMobileAppConfigurationUserStatus = {
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
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations` */
export const listIosLobAppProvisioningConfigurations = {
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
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}` */
export const getIosLobAppProvisioningConfiguration = {
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
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses` */
export const listIosLobAppProvisioningConfigurationDeviceStatuses = {
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
/** `POST /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses` */
export const createIosLobAppProvisioningConfigurationDeviceStatus = {
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
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses` */
export const updateIosLobAppProvisioningConfigurationDeviceStatuses = {
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
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export const getIosLobAppProvisioningConfigurationDeviceStatus = {
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
/** `DELETE /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export const deleteIosLobAppProvisioningConfigurationDeviceStatus = {
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
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export const updateIosLobAppProvisioningConfigurationDeviceStatus = {
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
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses` */
export const listIosLobAppProvisioningConfigurationUserStatuses = {
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
/** `POST /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses` */
export const createIosLobAppProvisioningConfigurationUserStatus = {
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
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export const getIosLobAppProvisioningConfigurationUserStatus = {
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
/** `DELETE /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export const deleteIosLobAppProvisioningConfigurationUserStatus = {
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
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export const updateIosLobAppProvisioningConfigurationUserStatus = {
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
