// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { pathSegment } from '../runtime/index.js';

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppProvisioningConfigurationDeviceStatus to update. */
  managedDeviceMobileAppProvisioningConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath} fills in. */
export const deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}';

/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(
  params: DeviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
): string {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppProvisioningConfigurationDeviceStatusId', params.managedDeviceMobileAppProvisioningConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}` and of the paths below it. */
export interface DeviceAppManagementIosLobAppProvisioningConfigurationsItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
}

/** The template {@link deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPath} fills in. */
export const deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses';

/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPath(
  params: DeviceAppManagementIosLobAppProvisioningConfigurationsItemParams,
): string {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses`;
}

/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface DeviceAppManagementMobileAppConfigurationsItemUserStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus to update. */
  managedDeviceMobileAppConfigurationUserStatusId: string | number;
}

/** The template {@link deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPath} fills in. */
export const deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';

/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPath(
  params: DeviceAppManagementMobileAppConfigurationsItemUserStatusesItemParams,
): string {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/userStatuses/${pathSegment('managedDeviceMobileAppConfigurationUserStatusId', params.managedDeviceMobileAppConfigurationUserStatusId)}`;
}

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface DeviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus to update. */
  managedDeviceMobileAppConfigurationUserStatusId: string | number;
}

/** The template {@link deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPath} fills in. */
export const deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';

/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPath(
  params: DeviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemParams,
): string {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/userStatuses/${pathSegment('managedDeviceMobileAppConfigurationUserStatusId', params.managedDeviceMobileAppConfigurationUserStatusId)}`;
}
