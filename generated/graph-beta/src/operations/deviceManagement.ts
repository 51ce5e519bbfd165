// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type { DeviceConfigurationDeviceStatus, DeviceConfigurationDeviceStatusUpdate } from '../models.js';
import type { GraphClient, GraphResult, RequestOptions } from '../runtime/index.js';
import {
  type DeviceConfigurationsItemDeviceStatusesItemParams,
  type DeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
  type DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
  type IdentityCertificateRootCertificateDeviceStatusesItemParams,
  type IosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  type MacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
  type RootCertificateForServerValidationDeviceStatusesItemParams,
  type RootCertificatesForServerValidationItemDeviceStatusesItemParams,
  type WindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
  type WindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
  deviceConfigurationsItemDeviceStatusesItemPath,
  deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath,
  deviceConfigurationsItemRootCertificateDeviceStatusesItemPath,
  identityCertificateRootCertificateDeviceStatusesItemPath,
  iosScepCertificateProfileRootCertificateDeviceStatusesItemPath,
  macOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath,
  rootCertificateForServerValidationDeviceStatusesItemPath,
  rootCertificatesForServerValidationItemDeviceStatusesItemPath,
  windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath,
  windowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath,
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
  params: DeviceConfigurationsItemDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    { method: 'PATCH', path: deviceConfigurationsItemDeviceStatusesItemPath(params), body },
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
  params: DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    { method: 'PATCH', path: deviceConfigurationsItemRootCertificateDeviceStatusesItemPath(params), body },
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
  params: DeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    { method: 'PATCH', path: deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(params), body },
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
  params: IdentityCertificateRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    { method: 'PATCH', path: identityCertificateRootCertificateDeviceStatusesItemPath(params), body },
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
  params: IosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    { method: 'PATCH', path: iosScepCertificateProfileRootCertificateDeviceStatusesItemPath(params), body },
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
  params: WindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    { method: 'PATCH', path: windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(params), body },
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
  params: RootCertificateForServerValidationDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    { method: 'PATCH', path: rootCertificateForServerValidationDeviceStatusesItemPath(params), body },
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
  params: MacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: macOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(params),
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
  params: WindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: windowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
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
  params: RootCertificatesForServerValidationItemDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    { method: 'PATCH', path: rootCertificatesForServerValidationItemDeviceStatusesItemPath(params), body },
    options,
  );
}
