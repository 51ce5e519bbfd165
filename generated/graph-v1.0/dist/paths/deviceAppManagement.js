// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.
import { pathSegment } from '../runtime/index.js';
/** The template {@link deviceStatusesItemPath} fills in. */
export const deviceStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceStatusesItemPath(params) {
  return `/deviceAppManagement/mobileAppConfigurations/${pathSegment('managedDeviceMobileAppConfigurationId', params.managedDeviceMobileAppConfigurationId)}/deviceStatuses/${pathSegment('managedDeviceMobileAppConfigurationDeviceStatusId', params.managedDeviceMobileAppConfigurationDeviceStatusId)}`;
}
