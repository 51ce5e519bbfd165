// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type {
  ManagedDeviceMobileAppConfigurationDeviceStatus,
  ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
  ManagedDeviceMobileAppConfigurationUserStatus,
  ManagedDeviceMobileAppConfigurationUserStatusUpdate,
  ManagedDeviceMobileAppProvisioningConfigurationDeviceStatus,
  ManagedDeviceMobileAppProvisioningConfigurationDeviceStatusUpdate,
} from '../models.js';
import type { GraphClient, GraphResult, RequestOptions } from '../runtime/index.js';
import {
  type IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
  type IosLobAppProvisioningConfigurationsItemParams,
  type IosLobAppProvisioningConfigurationsItemUserStatusesItemParams,
  type MobileAppConfigurationsItemUserStatusesItemParams,
} from '../paths/deviceAppManagement.js';
/**
 * Update managedDeviceMobileAppProvisioningConfigurationDeviceStatus
 *
 * Update the properties of a managedDeviceMobileAppProvisioningConfigurationDeviceStatus object.
 *
 * `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: not supported
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappprovisioningconfigurationdevicestatus-update?view=graph-rest-beta | Update managedDeviceMobileAppProvisioningConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 000).}
 */
export declare function updateIosLobAppProvisioningConfigurationDeviceStatus(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
  body: ManagedDeviceMobileAppProvisioningConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppProvisioningConfigurationDeviceStatus>>;
/**
 * Update deviceStatuses
 *
 * Update the properties of a deviceStatuses object.
 *
 * `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`
 *
 * Doubtful: Documented only by an unfinished draft page: PATCH on the deviceStatuses collection (no item key) although the page returns a single object, permissions, metadata and author left as TODO placeholders, and examples that show type names instead of values. The operation may not exist on the service.
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): not supported
 * - Delegated (personal Microsoft account): not supported
 * - Application: not supported
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceStatuses (Microsoft Graph beta reference, a draft; seed page 002).}
 */
export declare function updateIosLobAppProvisioningConfigurationDeviceStatuses(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemParams,
  body: ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>>;
/**
 * Update managedDeviceMobileAppConfigurationUserStatus
 *
 * Update the properties of a managedDeviceMobileAppConfigurationUserStatus object.
 *
 * `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-update?view=graph-rest-beta | Update managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph beta reference; seed page 003).}
 */
export declare function updateMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemUserStatusesItemParams,
  body: ManagedDeviceMobileAppConfigurationUserStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>>;
/**
 * Update managedDeviceMobileAppConfigurationUserStatus
 *
 * Update the properties of a managedDeviceMobileAppConfigurationUserStatus object.
 *
 * `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-update?view=graph-rest-beta | Update managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph beta reference; seed page 003).}
 */
export declare function updateIosLobAppProvisioningConfigurationUserStatus(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemUserStatusesItemParams,
  body: ManagedDeviceMobileAppConfigurationUserStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>>;
