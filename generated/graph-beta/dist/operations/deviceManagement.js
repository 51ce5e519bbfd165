// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { paged } from '../runtime/index.js';
import {
  deviceConfigurationPath,
  deviceConfigurationsItemDeviceStatusOverviewPath,
  deviceConfigurationsItemDeviceStatusesItemPath,
  deviceConfigurationsItemDeviceStatusesPath,
  deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath,
  deviceConfigurationsItemPath,
  deviceConfigurationsItemRootCertificateDeviceStatusOverviewPath,
  deviceConfigurationsItemRootCertificateDeviceStatusesItemPath,
  deviceConfigurationsItemRootCertificateDeviceStatusesPath,
  deviceConfigurationsPath,
  identityCertificateForClientAuthenticationDeviceStatusOverviewPath,
  identityCertificateForClientAuthenticationDeviceStatusesPath,
  identityCertificateRootCertificateDeviceStatusesItemPath,
  iosScepCertificateProfileRootCertificateDeviceStatusOverviewPath,
  iosScepCertificateProfileRootCertificateDeviceStatusesItemPath,
  iosScepCertificateProfileRootCertificateDeviceStatusesPath,
  macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPath,
  macOSScepCertificateProfileRootCertificateDeviceStatusesItemPath,
  macOSScepCertificateProfileRootCertificateDeviceStatusesPath,
  macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPath,
  networkAccessConfigurationsItemPath,
  networkAccessConfigurationsPath,
  rootCertificateForServerValidationDeviceStatusesItemPath,
  rootCertificatesForServerValidationItemDeviceStatusOverviewPath,
  rootCertificatesForServerValidationItemDeviceStatusesItemPath,
  rootCertificatesForServerValidationItemDeviceStatusesPath,
  winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPath,
  winPhone81SCEPCertProfileRootCertDeviceStatusesItemPath,
  winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPath,
  windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPath,
  windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath,
} from '../paths/deviceManagement.js';
/**
 * List deviceConfigurations
 *
 * List properties and relationships of the deviceConfiguration objects.
 *
 * `GET /deviceManagement/deviceConfigurations`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-beta | List deviceConfigurations (Microsoft Graph beta reference)}
 */
export function listDeviceConfigurations(client, params = {}, options) {
  return client.send(
    {
      method: 'GET',
      path: deviceConfigurationsPath(),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listDeviceConfigurations}, page after page; `.pages()` for the pages and their nextLinks. */
export function listDeviceConfigurationsAll(client, params = {}, options) {
  return paged(client, (client) => listDeviceConfigurations(client, params), options);
}
/**
 * Get deviceConfiguration
 *
 * Read properties and relationships of the deviceConfiguration object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta | Get deviceConfiguration (Microsoft Graph beta reference)}
 */
export function getDeviceConfiguration(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: deviceConfigurationsItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceOverview
 *
 * Read properties and relationships of the deviceConfigurationDeviceOverview object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta | Get deviceConfigurationDeviceOverview (Microsoft Graph beta reference)}
 */
export function getDeviceConfigurationDeviceStatusOverview(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: deviceConfigurationsItemDeviceStatusOverviewPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List deviceConfigurationDeviceStatuses
 *
 * List properties and relationships of the deviceConfigurationDeviceStatus objects.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta | List deviceConfigurationDeviceStatuses (Microsoft Graph beta reference)}
 */
export function listDeviceConfigurationDeviceStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: deviceConfigurationsItemDeviceStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listDeviceConfigurationDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listDeviceConfigurationDeviceStatusesAll(client, params, options) {
  return paged(client, (client) => listDeviceConfigurationDeviceStatuses(client, params), options);
}
/**
 * Create deviceConfigurationDeviceStatus
 *
 * Create a new deviceConfigurationDeviceStatus object.
 *
 * `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta | Create deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function createDeviceConfigurationDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: deviceConfigurationsItemDeviceStatusesPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceStatus
 *
 * Read properties and relationships of the deviceConfigurationDeviceStatus object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta | Get deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function getDeviceConfigurationDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: deviceConfigurationsItemDeviceStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete deviceConfigurationDeviceStatus
 *
 * Deletes a deviceConfigurationDeviceStatus.
 *
 * `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta | Delete deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function deleteDeviceConfigurationDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: deviceConfigurationsItemDeviceStatusesItemPath(params),
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateDeviceConfigurationDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: deviceConfigurationsItemDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfiguration
 *
 * Read properties and relationships of the deviceConfiguration object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta | Get deviceConfiguration (Microsoft Graph beta reference)}
 */
export function getDeviceConfigurationGroupAssignmentDeviceConfiguration(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: deviceConfigurationPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 * @deprecated A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).
 */
export function updateDeviceConfigurationIdentityCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 * @deprecated A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).
 */
export function updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: identityCertificateRootCertificateDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceOverview
 *
 * Read properties and relationships of the deviceConfigurationDeviceOverview object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta | Get deviceConfigurationDeviceOverview (Microsoft Graph beta reference)}
 * @deprecated A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).
 */
export function getDeviceConfigurationRootCertificateDeviceStatusOverview(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: deviceConfigurationsItemRootCertificateDeviceStatusOverviewPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List deviceConfigurationDeviceStatuses
 *
 * List properties and relationships of the deviceConfigurationDeviceStatus objects.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta | List deviceConfigurationDeviceStatuses (Microsoft Graph beta reference)}
 * @deprecated A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).
 */
export function listDeviceConfigurationRootCertificateDeviceStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: deviceConfigurationsItemRootCertificateDeviceStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listDeviceConfigurationRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listDeviceConfigurationRootCertificateDeviceStatusesAll(client, params, options) {
  return paged(client, (client) => listDeviceConfigurationRootCertificateDeviceStatuses(client, params), options);
}
/**
 * Create deviceConfigurationDeviceStatus
 *
 * Create a new deviceConfigurationDeviceStatus object.
 *
 * `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta | Create deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 * @deprecated A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).
 */
export function createDeviceConfigurationRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: deviceConfigurationsItemRootCertificateDeviceStatusesPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceStatus
 *
 * Read properties and relationships of the deviceConfigurationDeviceStatus object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta | Get deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 * @deprecated A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).
 */
export function getDeviceConfigurationRootCertificateDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: deviceConfigurationsItemRootCertificateDeviceStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete deviceConfigurationDeviceStatus
 *
 * Deletes a deviceConfigurationDeviceStatus.
 *
 * `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta | Delete deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 * @deprecated A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).
 */
export function deleteDeviceConfigurationRootCertificateDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: deviceConfigurationsItemRootCertificateDeviceStatusesItemPath(params),
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 * @deprecated A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).
 */
export function updateDeviceConfigurationRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: deviceConfigurationsItemRootCertificateDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceOverview
 *
 * Read properties and relationships of the deviceConfigurationDeviceOverview object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta | Get deviceConfigurationDeviceOverview (Microsoft Graph beta reference)}
 */
export function getIosScepCertificateProfileRootCertificateDeviceStatusOverview(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: iosScepCertificateProfileRootCertificateDeviceStatusOverviewPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List deviceConfigurationDeviceStatuses
 *
 * List properties and relationships of the deviceConfigurationDeviceStatus objects.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta | List deviceConfigurationDeviceStatuses (Microsoft Graph beta reference)}
 */
export function listIosScepCertificateProfileRootCertificateDeviceStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: iosScepCertificateProfileRootCertificateDeviceStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listIosScepCertificateProfileRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listIosScepCertificateProfileRootCertificateDeviceStatusesAll(client, params, options) {
  return paged(client, (client) => listIosScepCertificateProfileRootCertificateDeviceStatuses(client, params), options);
}
/**
 * Create deviceConfigurationDeviceStatus
 *
 * Create a new deviceConfigurationDeviceStatus object.
 *
 * `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta | Create deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function createIosScepCertificateProfileRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: iosScepCertificateProfileRootCertificateDeviceStatusesPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceStatus
 *
 * Read properties and relationships of the deviceConfigurationDeviceStatus object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta | Get deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function getIosScepCertificateProfileRootCertificateDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: iosScepCertificateProfileRootCertificateDeviceStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete deviceConfigurationDeviceStatus
 *
 * Deletes a deviceConfigurationDeviceStatus.
 *
 * `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta | Delete deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function deleteIosScepCertificateProfileRootCertificateDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: iosScepCertificateProfileRootCertificateDeviceStatusesItemPath(params),
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateIosScepCertificateProfileRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: iosScepCertificateProfileRootCertificateDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceOverview
 *
 * Read properties and relationships of the deviceConfigurationDeviceOverview object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta | Get deviceConfigurationDeviceOverview (Microsoft Graph beta reference)}
 */
export function getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List deviceConfigurationDeviceStatuses
 *
 * List properties and relationships of the deviceConfigurationDeviceStatus objects.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta | List deviceConfigurationDeviceStatuses (Microsoft Graph beta reference)}
 */
export function listMacOSScepCertificateProfileRootCertificateDeviceStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: macOSScepCertificateProfileRootCertificateDeviceStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listMacOSScepCertificateProfileRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listMacOSScepCertificateProfileRootCertificateDeviceStatusesAll(client, params, options) {
  return paged(
    client,
    (client) => listMacOSScepCertificateProfileRootCertificateDeviceStatuses(client, params),
    options,
  );
}
/**
 * Create deviceConfigurationDeviceStatus
 *
 * Create a new deviceConfigurationDeviceStatus object.
 *
 * `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta | Create deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function createMacOSScepCertificateProfileRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: macOSScepCertificateProfileRootCertificateDeviceStatusesPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceStatus
 *
 * Read properties and relationships of the deviceConfigurationDeviceStatus object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta | Get deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function getMacOSScepCertificateProfileRootCertificateDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: macOSScepCertificateProfileRootCertificateDeviceStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete deviceConfigurationDeviceStatus
 *
 * Deletes a deviceConfigurationDeviceStatus.
 *
 * `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta | Delete deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function deleteMacOSScepCertificateProfileRootCertificateDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: macOSScepCertificateProfileRootCertificateDeviceStatusesItemPath(params),
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateMacOSScepCertificateProfileRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: macOSScepCertificateProfileRootCertificateDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateMacOSWiredNetworkRootCertificateForServerDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: rootCertificateForServerValidationDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List deviceConfigurations
 *
 * List properties and relationships of the deviceConfiguration objects.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-beta | List deviceConfigurations (Microsoft Graph beta reference)}
 */
export function listWindowsDomainJoinNetworkAccessConfigurations(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: networkAccessConfigurationsPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listWindowsDomainJoinNetworkAccessConfigurations}, page after page; `.pages()` for the pages and their nextLinks. */
export function listWindowsDomainJoinNetworkAccessConfigurationsAll(client, params, options) {
  return paged(client, (client) => listWindowsDomainJoinNetworkAccessConfigurations(client, params), options);
}
/**
 * Get deviceConfiguration
 *
 * Read properties and relationships of the deviceConfiguration object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta | Get deviceConfiguration (Microsoft Graph beta reference)}
 */
export function getWindowsDomainJoinNetworkAccessConfiguration(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: networkAccessConfigurationsItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceOverview
 *
 * Read properties and relationships of the deviceConfigurationDeviceOverview object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta | Get deviceConfigurationDeviceOverview (Microsoft Graph beta reference)}
 */
export function getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List deviceConfigurationDeviceStatuses
 *
 * List properties and relationships of the deviceConfigurationDeviceStatus objects.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta | List deviceConfigurationDeviceStatuses (Microsoft Graph beta reference)}
 */
export function listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesAll(client, params, options) {
  return paged(
    client,
    (client) => listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses(client, params),
    options,
  );
}
/**
 * Create deviceConfigurationDeviceStatus
 *
 * Create a new deviceConfigurationDeviceStatus object.
 *
 * `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta | Create deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceStatus
 *
 * Read properties and relationships of the deviceConfigurationDeviceStatus object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta | Get deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: winPhone81SCEPCertProfileRootCertDeviceStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete deviceConfigurationDeviceStatus
 *
 * Deletes a deviceConfigurationDeviceStatus.
 *
 * `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta | Delete deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: winPhone81SCEPCertProfileRootCertDeviceStatusesItemPath(params),
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Update deviceConfigurationDeviceStatus
 *
 * Update the properties of a deviceConfigurationDeviceStatus object.
 *
 * `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: winPhone81SCEPCertProfileRootCertDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateWindowsPhone81VpnIdentityCertificateDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceOverview
 *
 * Read properties and relationships of the deviceConfigurationDeviceOverview object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta | Get deviceConfigurationDeviceOverview (Microsoft Graph beta reference)}
 */
export function getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: identityCertificateForClientAuthenticationDeviceStatusOverviewPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List deviceConfigurationDeviceStatuses
 *
 * List properties and relationships of the deviceConfigurationDeviceStatus objects.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta | List deviceConfigurationDeviceStatuses (Microsoft Graph beta reference)}
 */
export function listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: identityCertificateForClientAuthenticationDeviceStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusesAll(client, params, options) {
  return paged(
    client,
    (client) => listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses(client, params),
    options,
  );
}
/**
 * Create deviceConfigurationDeviceStatus
 *
 * Create a new deviceConfigurationDeviceStatus object.
 *
 * `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta | Create deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: identityCertificateForClientAuthenticationDeviceStatusesPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceStatus
 *
 * Read properties and relationships of the deviceConfigurationDeviceStatus object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta | Get deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete deviceConfigurationDeviceStatus
 *
 * Deletes a deviceConfigurationDeviceStatus.
 *
 * `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta | Delete deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPath(params),
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceOverview
 *
 * Read properties and relationships of the deviceConfigurationDeviceOverview object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta | Get deviceConfigurationDeviceOverview (Microsoft Graph beta reference)}
 */
export function getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: rootCertificatesForServerValidationItemDeviceStatusOverviewPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List deviceConfigurationDeviceStatuses
 *
 * List properties and relationships of the deviceConfigurationDeviceStatus objects.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta | List deviceConfigurationDeviceStatuses (Microsoft Graph beta reference)}
 */
export function listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: rootCertificatesForServerValidationItemDeviceStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusesAll(client, params, options) {
  return paged(
    client,
    (client) => listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses(client, params),
    options,
  );
}
/**
 * Create deviceConfigurationDeviceStatus
 *
 * Create a new deviceConfigurationDeviceStatus object.
 *
 * `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta | Create deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: rootCertificatesForServerValidationItemDeviceStatusesPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get deviceConfigurationDeviceStatus
 *
 * Read properties and relationships of the deviceConfigurationDeviceStatus object.
 *
 * `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta | Get deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: rootCertificatesForServerValidationItemDeviceStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete deviceConfigurationDeviceStatus
 *
 * Deletes a deviceConfigurationDeviceStatus.
 *
 * `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta | Delete deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: rootCertificatesForServerValidationItemDeviceStatusesItemPath(params),
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: rootCertificatesForServerValidationItemDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
