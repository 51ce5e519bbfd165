// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { pathSegment } from '../runtime/index.js';

/** Path parameters of `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceAppManagementMobileAppConfigurationsItemDeviceStatusesItemParams {
  /** Key of the managedDeviceMobileAppConfiguration. */
  managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationDeviceStatus to update. */
  managedDeviceMobileAppConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceAppManagementMobileAppConfigurationsItemDeviceStatusesItemPath} fills in. */
export const deviceAppManagementMobileAppConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';

/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceAppManagementMobileAppConfigurationsItemDeviceStatusesItemPath(
  params: DeviceAppManagementMobileAppConfigurationsItemDeviceStatusesItemParams,
): string {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppConfigurationDeviceStatusId', params.managedDeviceMobileAppConfigurationDeviceStatusId)}`;
}
