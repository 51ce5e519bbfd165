// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.
import { pathSegment } from '../runtime/index.js';
/** The template {@link deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath} fills in. */
export const deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(params) {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppProvisioningConfigurationDeviceStatusId', params.managedDeviceMobileAppProvisioningConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPath} fills in. */
export const deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceAppManagementIosLobAppProvisioningConfigurationsItemDeviceStatusesPath(params) {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses`;
}
/** The template {@link deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPath} fills in. */
export const deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceAppManagementMobileAppConfigurationsItemUserStatusesItemPath(params) {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/userStatuses/${pathSegment('managedDeviceMobileAppConfigurationUserStatusId', params.managedDeviceMobileAppConfigurationUserStatusId)}`;
}
/** The template {@link deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPath} fills in. */
export const deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceAppManagementIosLobAppProvisioningConfigurationsItemUserStatusesItemPath(params) {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/userStatuses/${pathSegment('managedDeviceMobileAppConfigurationUserStatusId', params.managedDeviceMobileAppConfigurationUserStatusId)}`;
}
