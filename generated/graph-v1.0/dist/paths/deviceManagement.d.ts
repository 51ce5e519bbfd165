// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** The template {@link deviceConfigurationsPath} fills in. */
export declare const deviceConfigurationsPathTemplate = '/deviceManagement/deviceConfigurations';
/** Builds `/deviceManagement/deviceConfigurations`. */
export declare function deviceConfigurationsPath(): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}` and of the paths below it. */
export interface DeviceConfigurationsItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
}
/** The template {@link deviceConfigurationsItemPath} fills in. */
export declare const deviceConfigurationsItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemPath(params: DeviceConfigurationsItemParams): string;
/** The template {@link deviceStatusOverviewPath} fills in. */
export declare const deviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceStatusOverviewPath(params: DeviceConfigurationsItemParams): string;
/** The template {@link deviceConfigurationsItemDeviceStatusesPath} fills in. */
export declare const deviceConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemDeviceStatusesPath(params: DeviceConfigurationsItemParams): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceConfigurationsItemDeviceStatusesItemPath} fills in. */
export declare const deviceConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemDeviceStatusesItemPath(
  params: DeviceConfigurationsItemDeviceStatusesItemParams,
): string;
