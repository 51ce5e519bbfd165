// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type { DeviceConfigurationDeviceStatus, DeviceConfigurationDeviceStatusUpdate } from '../models.js';
import type { GraphClient, GraphResult, RequestOptions } from '../runtime/index.js';
import {
  type DeviceManagementDeviceConfigurationsItemDeviceStatusesItemParams,
  type DeviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
  type DeviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemParams,
  type DeviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  type DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
  type DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemParams,
  type DeviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
  type DeviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
  type DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
  type DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemParams,
  deviceManagementDeviceConfigurationsItemDeviceStatusesItemPath,
  deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath,
  deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPath,
  deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPath,
  deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath,
  deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPath,
  deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPath,
  deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath,
  deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath,
  deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPath,
} from '../paths/deviceManagement.js';

/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export function updateDeviceConfigurationDeviceStatus(
  client: GraphClient,
  params: DeviceManagementDeviceConfigurationsItemDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    { method: 'PATCH', path: deviceManagementDeviceConfigurationsItemDeviceStatusesItemPath(params), body },
    options,
  );
}

/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export function updateDeviceConfigurationRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPath(params),
      body,
    },
    options,
  );
}

/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export function updateDeviceConfigurationIdentityCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(params),
      body,
    },
    options,
  );
}

/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export function updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPath(params),
      body,
    },
    options,
  );
}

/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export function updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPath(
        params,
      ),
      body,
    },
    options,
  );
}

/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export function updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(
        params,
      ),
      body,
    },
    options,
  );
}

/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export function updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus(
  client: GraphClient,
  params: DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPath(
        params,
      ),
      body,
    },
    options,
  );
}

/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export function updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus(
  client: GraphClient,
  params: DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
        params,
      ),
      body,
    },
    options,
  );
}

/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export function updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus(
  client: GraphClient,
  params: DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
        params,
      ),
      body,
    },
    options,
  );
}

/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export function updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus(
  client: GraphClient,
  params: DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPath(
        params,
      ),
      body,
    },
    options,
  );
}
