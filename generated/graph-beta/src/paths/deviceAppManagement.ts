// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { pathSegment } from '../runtime/index.js';

/** The template {@link mobileAppConfigurationsPath} fills in. */
export const mobileAppConfigurationsPathTemplate = '/deviceAppManagement/mobileAppConfigurations';

/** Builds `/deviceAppManagement/mobileAppConfigurations`. */
export function mobileAppConfigurationsPath(): string {
  return '/deviceAppManagement/mobileAppConfigurations';
}

/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}` and of the paths below it. */
export interface MobileAppConfigurationsItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
}

/** The template {@link mobileAppConfigurationsItemPath} fills in. */
export const mobileAppConfigurationsItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}';

/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function mobileAppConfigurationsItemPath(params: MobileAppConfigurationsItemParams): string {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}`;
}

/** The template {@link deviceStatusSummaryPath} fills in. */
export const deviceStatusSummaryPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary';

/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceStatusSummaryPath(params: MobileAppConfigurationsItemParams): string {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/deviceStatusSummary`;
}

/** The template {@link mobileAppConfigurationsItemDeviceStatusesPath} fills in. */
export const mobileAppConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses';

/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function mobileAppConfigurationsItemDeviceStatusesPath(params: MobileAppConfigurationsItemParams): string {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/deviceStatuses`;
}

/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` and of the paths below it. */
export interface MobileAppConfigurationsItemDeviceStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationDeviceStatus. */
  managedDeviceMobileAppConfigurationDeviceStatusId: string | number;
}

/** The template {@link mobileAppConfigurationsItemDeviceStatusesItemPath} fills in. */
export const mobileAppConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';

/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function mobileAppConfigurationsItemDeviceStatusesItemPath(
  params: MobileAppConfigurationsItemDeviceStatusesItemParams,
): string {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppConfigurationDeviceStatusId', params.managedDeviceMobileAppConfigurationDeviceStatusId)}`;
}

/** The template {@link mobileAppConfigurationsItemUserStatusesPath} fills in. */
export const mobileAppConfigurationsItemUserStatusesPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses';

/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function mobileAppConfigurationsItemUserStatusesPath(params: MobileAppConfigurationsItemParams): string {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/userStatuses`;
}

/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface MobileAppConfigurationsItemUserStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus. */
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

/** The template {@link iosLobAppProvisioningConfigurationsPath} fills in. */
export const iosLobAppProvisioningConfigurationsPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations';

/** Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations`. */
export function iosLobAppProvisioningConfigurationsPath(): string {
  return '/deviceAppManagement/iosLobAppProvisioningConfigurations';
}

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
}

/** The template {@link iosLobAppProvisioningConfigurationsItemPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}';

/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemPath(
  params: IosLobAppProvisioningConfigurationsItemParams,
): string {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}`;
}

/** The template {@link iosLobAppProvisioningConfigurationsItemDeviceStatusesPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses';

/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemDeviceStatusesPath(
  params: IosLobAppProvisioningConfigurationsItemParams,
): string {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses`;
}

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationDeviceStatus. */
  managedDeviceMobileAppConfigurationDeviceStatusId: string | number;
}

/** The template {@link iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';

/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(
  params: IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
): string {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppConfigurationDeviceStatusId', params.managedDeviceMobileAppConfigurationDeviceStatusId)}`;
}

/** The template {@link iosLobAppProvisioningConfigurationsItemUserStatusesPath} fills in. */
export const iosLobAppProvisioningConfigurationsItemUserStatusesPathTemplate =
  '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses';

/**
 * Builds `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosLobAppProvisioningConfigurationsItemUserStatusesPath(
  params: IosLobAppProvisioningConfigurationsItemParams,
): string {
  return `/deviceAppManagement/iosLobAppProvisioningConfigurations/${pathSegment('iosLobAppProvisioningConfigurationId', params.iosLobAppProvisioningConfigurationId)}/userStatuses`;
}

/** Path parameters of `/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` and of the paths below it. */
export interface IosLobAppProvisioningConfigurationsItemUserStatusesItemParams {
  /** Key of the iosLobAppProvisioningConfiguration. */
  iosLobAppProvisioningConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationUserStatus. */
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
