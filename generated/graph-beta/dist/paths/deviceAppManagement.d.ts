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
/** The template {@link mobileAppConfigurationsItemUserStatusesPath} fills in. */
export declare const mobileAppConfigurationsItemUserStatusesPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function mobileAppConfigurationsItemUserStatusesPath(params: MobileAppConfigurationsItemParams): string;
/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface MobileAppConfigurationsItemUserStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus. */
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
/** The template {@link iosLobAppProvisioningConfigurationsPath} fills in. */
export declare const iosLobAppProvisioningConfigurationsPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations';
/** Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations`. */
export declare function iosLobAppProvisioningConfigurationsPath(): string;
/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
}
/** The template {@link iosLobAppProvisioningConfigurationsItemPath} fills in. */
export declare const iosLobAppProvisioningConfigurationsItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function iosLobAppProvisioningConfigurationsItemPath(
  params: IosLobAppProvisioningConfigurationsItemParams,
): string;
/** The template {@link iosLobAppProvisioningConfigurationsItemDeviceStatusesPath} fills in. */
export declare const iosLobAppProvisioningConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function iosLobAppProvisioningConfigurationsItemDeviceStatusesPath(
  params: IosLobAppProvisioningConfigurationsItemParams,
): string;
/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationDeviceStatus. */
  managedDeviceMobileAppConfigurationDeviceStatusId: string | number;
}
/** The template {@link iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath} fills in. */
export declare const iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(
  params: IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
): string;
/** The template {@link iosLobAppProvisioningConfigurationsItemUserStatusesPath} fills in. */
export declare const iosLobAppProvisioningConfigurationsItemUserStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function iosLobAppProvisioningConfigurationsItemUserStatusesPath(
  params: IosLobAppProvisioningConfigurationsItemParams,
): string;
/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemUserStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus. */
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
