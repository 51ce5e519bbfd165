// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationDeviceStatus to update. */
  managedDeviceMobileAppConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceStatusesItemPath} fills in. */
export declare const deviceStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceStatusesItemPath(params: DeviceStatusesItemParams): string;
