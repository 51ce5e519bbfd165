// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation updateMobileAppConfigurationDeviceStatus as the API description has it. */
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
