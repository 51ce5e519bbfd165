// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { pathSegment } from '../runtime/index.js';

/** The template {@link deviceConfigurationsPath} fills in. */
export const deviceConfigurationsPathTemplate = '/deviceManagement/deviceConfigurations';

/** Builds `/deviceManagement/deviceConfigurations`. */
export function deviceConfigurationsPath(): string {
  return '/deviceManagement/deviceConfigurations';
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}` and of the paths below it. */
export interface DeviceConfigurationsItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
}

/** The template {@link deviceConfigurationsItemPath} fills in. */
export const deviceConfigurationsItemPathTemplate = '/deviceManagement/deviceConfigurations/{deviceConfigurationId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemPath(params: DeviceConfigurationsItemParams): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}`;
}

/** The template {@link deviceStatusOverviewPath} fills in. */
export const deviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceStatusOverviewPath(params: DeviceConfigurationsItemParams): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatusOverview`;
}

/** The template {@link deviceConfigurationsItemDeviceStatusesPath} fills in. */
export const deviceConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemDeviceStatusesPath(params: DeviceConfigurationsItemParams): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatuses`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceConfigurationsItemDeviceStatusesItemPath} fills in. */
export const deviceConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemDeviceStatusesItemPath(
  params: DeviceConfigurationsItemDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
