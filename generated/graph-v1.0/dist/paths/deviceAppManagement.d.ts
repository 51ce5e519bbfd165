// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** The template {@link mobileAppConfigurationsPath} fills in. */
export declare const mobileAppConfigurationsPathTemplate = '/deviceAppManagement/mobileAppConfigurations';
/** Builds `/deviceAppManagement/mobileAppConfigurations`. */
export declare function mobileAppConfigurationsPath(): string;
/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}` and of the paths below it. */
export interface MobileAppConfigurationsItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
}
/** The template {@link mobileAppConfigurationsItemPath} fills in. */
export declare const mobileAppConfigurationsItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function mobileAppConfigurationsItemPath(params: MobileAppConfigurationsItemParams): string;
/** The template {@link deviceStatusSummaryPath} fills in. */
export declare const deviceStatusSummaryPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceStatusSummaryPath(params: MobileAppConfigurationsItemParams): string;
/** The template {@link mobileAppConfigurationsItemDeviceStatusesPath} fills in. */
export declare const mobileAppConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function mobileAppConfigurationsItemDeviceStatusesPath(
  params: MobileAppConfigurationsItemParams,
): string;
/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` and of the paths below it. */
export interface MobileAppConfigurationsItemDeviceStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationDeviceStatus. */
  managedDeviceMobileAppConfigurationDeviceStatusId: string | number;
}
/** The template {@link mobileAppConfigurationsItemDeviceStatusesItemPath} fills in. */
export declare const mobileAppConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function mobileAppConfigurationsItemDeviceStatusesItemPath(
  params: MobileAppConfigurationsItemDeviceStatusesItemParams,
): string;
/** The template {@link userStatusesPath} fills in. */
export declare const userStatusesPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function userStatusesPath(params: MobileAppConfigurationsItemParams): string;
/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface UserStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus. */
  managedDeviceMobileAppConfigurationUserStatusId: string | number;
}
/** The template {@link userStatusesItemPath} fills in. */
export declare const userStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function userStatusesItemPath(params: UserStatusesItemParams): string;
