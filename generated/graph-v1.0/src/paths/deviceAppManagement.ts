// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { pathSegment } from '../runtime/index.js';

/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationDeviceStatus to update. */
  managedDeviceMobileAppConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceStatusesItemPath} fills in. */
export const deviceStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';

/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceStatusesItemPath(params: DeviceStatusesItemParams): string {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppConfigurationDeviceStatusId', params.managedDeviceMobileAppConfigurationDeviceStatusId)}`;
}
