// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.
import { pathSegment } from '../runtime/index.js';
/** The template {@link iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(params) {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppProvisioningConfigurationDeviceStatusId', params.managedDeviceMobileAppProvisioningConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceStatusesPath} fills in. */
export const deviceStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceStatusesPath(params) {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses`;
}
/** The template {@link mobileAppConfigurationsItemUserStatusesItemPath} fills in. */
export const mobileAppConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function mobileAppConfigurationsItemUserStatusesItemPath(params) {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/userStatuses/${pathSegment('managedDeviceMobileAppConfigurationUserStatusId', params.managedDeviceMobileAppConfigurationUserStatusId)}`;
}
/** The template {@link iosLobAppProvisioningConfigurationsItemUserStatusesItemPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemUserStatusesItemPath(params) {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/userStatuses/${pathSegment('managedDeviceMobileAppConfigurationUserStatusId', params.managedDeviceMobileAppConfigurationUserStatusId)}`;
}
