// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppProvisioningConfigurationDeviceStatus to update. */
  managedDeviceMobileAppProvisioningConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath} fills in. */
export declare const deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(
  params: DeviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}` and of the paths below it. */
export interface DeviceAppManagementIosLobAppProvisioningConfigurationsItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
}
/** The template {@link deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPath} fills in. */
export declare const deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPath(
  params: DeviceAppManagementIosLobAppProvisioningConfigurationsItemParams,
): string;
/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface DeviceAppManagementMobileAppConfigurationsItemUserStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus to update. */
  managedDeviceMobileAppConfigurationUserStatusId: string | number;
}
/** The template {@link deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPath} fills in. */
export declare const deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPath(
  params: DeviceAppManagementMobileAppConfigurationsItemUserStatusesItemParams,
): string;
/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface DeviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus to update. */
  managedDeviceMobileAppConfigurationUserStatusId: string | number;
}
/** The template {@link deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPath} fills in. */
export declare const deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPath(
  params: DeviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemParams,
): string;
