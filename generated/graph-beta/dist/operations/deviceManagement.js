// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import {
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
export function updateDeviceConfigurationDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: deviceConfigurationsItemDeviceStatusesItemPath(params),
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
export function updateDeviceConfigurationRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: deviceConfigurationsItemRootCertificateDeviceStatusesItemPath(params),
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
export function updateDeviceConfigurationIdentityCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(params),
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
export function updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: identityCertificateRootCertificateDeviceStatusesItemPath(params),
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
  client,
  params,
  body,
  options,
) {
  return client.send(
    {
      method: 'PATCH',
      path: iosScepCertificateProfileRootCertificateDeviceStatusesItemPath(params),
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
  client,
  params,
  body,
  options,
) {
  return client.send(
    {
      method: 'PATCH',
      path: windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(params),
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
  client,
  params,
  body,
  options,
) {
  return client.send(
    {
      method: 'PATCH',
      path: rootCertificateForServerValidationDeviceStatusesItemPath(params),
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
  client,
  params,
  body,
  options,
) {
  return client.send(
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
  client,
  params,
  body,
  options,
) {
  return client.send(
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
  client,
  params,
  body,
  options,
) {
  return client.send(
    {
      method: 'PATCH',
      path: rootCertificatesForServerValidationItemDeviceStatusesItemPath(params),
      body,
    },
    options,
  );
}
