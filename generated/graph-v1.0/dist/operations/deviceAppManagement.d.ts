import type {
  ManagedDeviceMobileAppConfigurationDeviceStatus,
  ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
} from '../models.js';
import type { GraphClient, GraphResult, RequestOptions } from '../runtime/index.js';
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-1.0 | Update managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph v1.0 reference; seed page 001).}
 */
export declare function updateMobileAppConfigurationDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the managedDeviceMobileAppConfiguration. */
    managedDeviceMobileAppConfigurationId: string | number;
    /** Key of the managedDeviceMobileAppConfigurationDeviceStatus to update. */
    managedDeviceMobileAppConfigurationDeviceStatusId: string | number;
  },
  body: ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>>;
