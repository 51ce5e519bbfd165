/** The path template `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(params: {
  /** Key of the iosLobAppProvisioningConfiguration. */ iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppProvisioningConfigurationDeviceStatus to update. */ managedDeviceMobileAppProvisioningConfigurationDeviceStatusId:
    string | number;
}): string;
/** The path template `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPath(params: {
  /** Key of the iosLobAppProvisioningConfiguration. */ iosLobAppProvisioningConfigurationId: string | number;
}): string;
/** The path template `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPath(params: {
  /** Key of the managedDeviceMobileAppConfiguration. */ managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus to update. */ managedDeviceMobileAppConfigurationUserStatusId:
    string | number;
}): string;
/** The path template `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPath(params: {
  /** Key of the iosLobAppProvisioningConfiguration. */ iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus to update. */ managedDeviceMobileAppConfigurationUserStatusId:
    string | number;
}): string;
