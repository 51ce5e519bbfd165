// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { pathSegment } from '../runtime/index.js';

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppProvisioningConfigurationDeviceStatus to update. */
  managedDeviceMobileAppProvisioningConfigurationDeviceStatusId: string | number;
}

/** The template {@link iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}';

/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(
  params: IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
): string {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppProvisioningConfigurationDeviceStatusId', params.managedDeviceMobileAppProvisioningConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
}

/** The template {@link deviceStatusesPath} fills in. */
export const deviceStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses';

/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceStatusesPath(params: IosLobAppProvisioningConfigurationsItemParams): string {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses`;
}

/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface MobileAppConfigurationsItemUserStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus to update. */
  managedDeviceMobileAppConfigurationUserStatusId: string | number;
}

/** The template {@link mobileAppConfigurationsItemUserStatusesItemPath} fills in. */
export const mobileAppConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';

/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function mobileAppConfigurationsItemUserStatusesItemPath(
  params: MobileAppConfigurationsItemUserStatusesItemParams,
): string {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/userStatuses/${pathSegment('managedDeviceMobileAppConfigurationUserStatusId', params.managedDeviceMobileAppConfigurationUserStatusId)}`;
}

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemUserStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus to update. */
  managedDeviceMobileAppConfigurationUserStatusId: string | number;
}

/** The template {@link iosLobAppProvisioningConfigurationsItemUserStatusesItemPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';

/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemUserStatusesItemPath(
  params: IosLobAppProvisioningConfigurationsItemUserStatusesItemParams,
): string {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/userStatuses/${pathSegment('managedDeviceMobileAppConfigurationUserStatusId', params.managedDeviceMobileAppConfigurationUserStatusId)}`;
}
