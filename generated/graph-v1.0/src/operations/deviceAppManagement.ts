// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type {
  ManagedDeviceMobileAppConfigurationDeviceStatus,
  ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
} from '../models.js';
import type { GraphClient, GraphResult, RequestOptions } from '../runtime/index.js';
import { type DeviceStatusesItemParams, deviceStatusesItemPath } from '../paths/deviceAppManagement.js';

/**
 * Update managedDeviceMobileAppConfigurationDeviceStatus
 *
 * Update the properties of a managedDeviceMobileAppConfigurationDeviceStatus object.
 *
 * `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-1.0 | Update managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph v1.0 reference; seed page 001).}
 */
export function updateMobileAppConfigurationDeviceStatus(
  client: GraphClient,
  params: DeviceStatusesItemParams,
  body: ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationDeviceStatus>(
    { method: 'PATCH', path: deviceStatusesItemPath(params), body },
    options,
  );
}
