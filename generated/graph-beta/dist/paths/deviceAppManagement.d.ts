// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppProvisioningConfigurationDeviceStatus to update. */
  managedDeviceMobileAppProvisioningConfigurationDeviceStatusId: string | number;
}
/** The template {@link iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath} fills in. */
export declare const iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(
  params: IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
}
/** The template {@link deviceStatusesPath} fills in. */
export declare const deviceStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceStatusesPath(params: IosLobAppProvisioningConfigurationsItemParams): string;
/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface MobileAppConfigurationsItemUserStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus to update. */
  managedDeviceMobileAppConfigurationUserStatusId: string | number;
}
/** The template {@link mobileAppConfigurationsItemUserStatusesItemPath} fills in. */
export declare const mobileAppConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function mobileAppConfigurationsItemUserStatusesItemPath(
  params: MobileAppConfigurationsItemUserStatusesItemParams,
): string;
/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemUserStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus to update. */
  managedDeviceMobileAppConfigurationUserStatusId: string | number;
}
/** The template {@link iosLobAppProvisioningConfigurationsItemUserStatusesItemPath} fills in. */
export declare const iosLobAppProvisioningConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function iosLobAppProvisioningConfigurationsItemUserStatusesItemPath(
  params: IosLobAppProvisioningConfigurationsItemUserStatusesItemParams,
): string;
