// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.
import { pathSegment } from '../runtime/index.js';
/** The template {@link mobileAppConfigurationsPath} fills in. */
export const mobileAppConfigurationsPathTemplate = '/deviceAppManagement/mobileAppConfigurations';
/** Builds `/deviceAppManagement/mobileAppConfigurations`. */
export function mobileAppConfigurationsPath() {
  return '/deviceAppManagement/mobileAppConfigurations';
}
/** The template {@link mobileAppConfigurationsItemPath} fills in. */
export const mobileAppConfigurationsItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function mobileAppConfigurationsItemPath(params) {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}`;
}
/** The template {@link deviceStatusSummaryPath} fills in. */
export const deviceStatusSummaryPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceStatusSummaryPath(params) {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/deviceStatusSummary`;
}
/** The template {@link mobileAppConfigurationsItemDeviceStatusesPath} fills in. */
export const mobileAppConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function mobileAppConfigurationsItemDeviceStatusesPath(params) {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/deviceStatuses`;
}
/** The template {@link mobileAppConfigurationsItemDeviceStatusesItemPath} fills in. */
export const mobileAppConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function mobileAppConfigurationsItemDeviceStatusesItemPath(params) {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppConfigurationDeviceStatusId', params.managedDeviceMobileAppConfigurationDeviceStatusId)}`;
}
/** The template {@link mobileAppConfigurationsItemUserStatusesPath} fills in. */
export const mobileAppConfigurationsItemUserStatusesPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function mobileAppConfigurationsItemUserStatusesPath(params) {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/userStatuses`;
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
/** The template {@link iosLobAppProvisioningConfigurationsPath} fills in. */
export const iosLobAppProvisioningConfigurationsPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations';
/** Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations`. */
export function iosLobAppProvisioningConfigurationsPath() {
  return '/deviceAppManagement/iosLobAppProvisioningConfigurations';
}
/** The template {@link iosLobAppProvisioningConfigurationsItemPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemPath(params) {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}`;
}
/** The template {@link iosLobAppProvisioningConfigurationsItemDeviceStatusesPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemDeviceStatusesPath(params) {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses`;
}
/** The template {@link iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(params) {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppConfigurationDeviceStatusId', params.managedDeviceMobileAppConfigurationDeviceStatusId)}`;
}
/** The template {@link iosLobAppProvisioningConfigurationsItemUserStatusesPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemUserStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses';
/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemUserStatusesPath(params) {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/userStatuses`;
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
