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
/** `GET /deviceManagement/deviceConfigurations` */
export const listDeviceConfigurations = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}` */
export const getDeviceConfiguration = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview` */
export const getDeviceConfigurationDeviceStatusOverview = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses` */
export const listDeviceConfigurationDeviceStatuses = {
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
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses` */
export const createDeviceConfigurationDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getDeviceConfigurationDeviceStatus = {
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
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteDeviceConfigurationDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateDeviceConfigurationDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration` */
export const getDeviceConfigurationGroupAssignmentDeviceConfiguration = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateDeviceConfigurationIdentityCertificateDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview` */
export const getDeviceConfigurationRootCertificateDeviceStatusOverview = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses` */
export const listDeviceConfigurationRootCertificateDeviceStatuses = {
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
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses` */
export const createDeviceConfigurationRootCertificateDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getDeviceConfigurationRootCertificateDeviceStatus = {
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
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteDeviceConfigurationRootCertificateDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateDeviceConfigurationRootCertificateDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview` */
export const getIosScepCertificateProfileRootCertificateDeviceStatusOverview = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses` */
export const listIosScepCertificateProfileRootCertificateDeviceStatuses = {
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
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses` */
export const createIosScepCertificateProfileRootCertificateDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getIosScepCertificateProfileRootCertificateDeviceStatus = {
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
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteIosScepCertificateProfileRootCertificateDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateIosScepCertificateProfileRootCertificateDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview` */
export const getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses` */
export const listMacOSScepCertificateProfileRootCertificateDeviceStatuses = {
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
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses` */
export const createMacOSScepCertificateProfileRootCertificateDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getMacOSScepCertificateProfileRootCertificateDeviceStatus = {
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
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteMacOSScepCertificateProfileRootCertificateDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateMacOSScepCertificateProfileRootCertificateDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateMacOSWiredNetworkRootCertificateForServerDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations` */
export const listWindowsDomainJoinNetworkAccessConfigurations = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}` */
export const getWindowsDomainJoinNetworkAccessConfiguration = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview` */
export const getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses` */
export const listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses = {
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
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses` */
export const createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus = {
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
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateWindowsPhone81VpnIdentityCertificateDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview` */
export const getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses` */
export const listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses = {
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
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses` */
export const createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus = {
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
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview` */
export const getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses` */
export const listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses = {
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
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses` */
export const createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus = {
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
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus = {
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
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus = {
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
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus = {
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
