// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-1.0',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-1.0',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-1.0',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-1.0',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-1.0',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-1.0',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-1.0',
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
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-1.0',
};
