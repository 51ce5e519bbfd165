// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { paged } from '../runtime/index.js';
import {
  deviceStatusSummaryPath,
  iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath,
  iosLobAppProvisioningConfigurationsItemDeviceStatusesPath,
  iosLobAppProvisioningConfigurationsItemPath,
  iosLobAppProvisioningConfigurationsItemUserStatusesItemPath,
  iosLobAppProvisioningConfigurationsItemUserStatusesPath,
  iosLobAppProvisioningConfigurationsPath,
  mobileAppConfigurationsItemDeviceStatusesItemPath,
  mobileAppConfigurationsItemDeviceStatusesPath,
  mobileAppConfigurationsItemPath,
  mobileAppConfigurationsItemUserStatusesItemPath,
  mobileAppConfigurationsItemUserStatusesPath,
  mobileAppConfigurationsPath,
} from '../paths/deviceAppManagement.js';
/**
 * List managedDeviceMobileAppConfigurations
 *
 * List properties and relationships of the managedDeviceMobileAppConfiguration objects.
 *
 * `GET /deviceAppManagement/mobileAppConfigurations`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-list?view=graph-rest-beta | List managedDeviceMobileAppConfigurations (Microsoft Graph beta reference)}
 */
export function listMobileAppConfigurations(client, params = {}, options) {
  return client.send(
    {
      method: 'GET',
      path: mobileAppConfigurationsPath(),
      query: params.query,
      permissions:
        'DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listMobileAppConfigurations}, page after page; `.pages()` for the pages and their nextLinks. */
export function listMobileAppConfigurationsAll(client, params = {}, options) {
  return paged(client, (client) => listMobileAppConfigurations(client, params), options);
}
/**
 * Get managedDeviceMobileAppConfiguration
 *
 * Read properties and relationships of the managedDeviceMobileAppConfiguration object.
 *
 * `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-get?view=graph-rest-beta | Get managedDeviceMobileAppConfiguration (Microsoft Graph beta reference)}
 */
export function getMobileAppConfiguration(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: mobileAppConfigurationsItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get managedDeviceMobileAppConfigurationDeviceSummary
 *
 * Read properties and relationships of the managedDeviceMobileAppConfigurationDeviceSummary object.
 *
 * `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicesummary-get?view=graph-rest-beta | Get managedDeviceMobileAppConfigurationDeviceSummary (Microsoft Graph beta reference)}
 */
export function getMobileAppConfigurationDeviceStatusSummary(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: deviceStatusSummaryPath(params),
      query: params.query,
      permissions:
        'DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List managedDeviceMobileAppConfigurationDeviceStatuses
 *
 * List properties and relationships of the managedDeviceMobileAppConfigurationDeviceStatus objects.
 *
 * `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-list?view=graph-rest-beta | List managedDeviceMobileAppConfigurationDeviceStatuses (Microsoft Graph beta reference)}
 */
export function listMobileAppConfigurationDeviceStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: mobileAppConfigurationsItemDeviceStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listMobileAppConfigurationDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listMobileAppConfigurationDeviceStatusesAll(client, params, options) {
  return paged(client, (client) => listMobileAppConfigurationDeviceStatuses(client, params), options);
}
/**
 * Create managedDeviceMobileAppConfigurationDeviceStatus
 *
 * Create a new managedDeviceMobileAppConfigurationDeviceStatus object.
 *
 * `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-create?view=graph-rest-beta | Create managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function createMobileAppConfigurationDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: mobileAppConfigurationsItemDeviceStatusesPath(params),
      body,
      permissions:
        'DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get managedDeviceMobileAppConfigurationDeviceStatus
 *
 * Read properties and relationships of the managedDeviceMobileAppConfigurationDeviceStatus object.
 *
 * `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-get?view=graph-rest-beta | Get managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function getMobileAppConfigurationDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: mobileAppConfigurationsItemDeviceStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete managedDeviceMobileAppConfigurationDeviceStatus
 *
 * Deletes a managedDeviceMobileAppConfigurationDeviceStatus.
 *
 * `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-delete?view=graph-rest-beta | Delete managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function deleteMobileAppConfigurationDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: mobileAppConfigurationsItemDeviceStatusesItemPath(params),
      permissions:
        'DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Update managedDeviceMobileAppConfigurationDeviceStatus
 *
 * Update the properties of a managedDeviceMobileAppConfigurationDeviceStatus object.
 *
 * `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-beta | Update managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateMobileAppConfigurationDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: mobileAppConfigurationsItemDeviceStatusesItemPath(params),
      body,
      permissions:
        'DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List managedDeviceMobileAppConfigurationUserStatuses
 *
 * List properties and relationships of the managedDeviceMobileAppConfigurationUserStatus objects.
 *
 * `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-list?view=graph-rest-beta | List managedDeviceMobileAppConfigurationUserStatuses (Microsoft Graph beta reference)}
 */
export function listMobileAppConfigurationUserStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: mobileAppConfigurationsItemUserStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listMobileAppConfigurationUserStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listMobileAppConfigurationUserStatusesAll(client, params, options) {
  return paged(client, (client) => listMobileAppConfigurationUserStatuses(client, params), options);
}
/**
 * Create managedDeviceMobileAppConfigurationUserStatus
 *
 * Create a new managedDeviceMobileAppConfigurationUserStatus object.
 *
 * `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-create?view=graph-rest-beta | Create managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph beta reference)}
 */
export function createMobileAppConfigurationUserStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: mobileAppConfigurationsItemUserStatusesPath(params),
      body,
      permissions: 'DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get managedDeviceMobileAppConfigurationUserStatus
 *
 * Read properties and relationships of the managedDeviceMobileAppConfigurationUserStatus object.
 *
 * `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-get?view=graph-rest-beta | Get managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph beta reference)}
 */
export function getMobileAppConfigurationUserStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: mobileAppConfigurationsItemUserStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete managedDeviceMobileAppConfigurationUserStatus
 *
 * Deletes a managedDeviceMobileAppConfigurationUserStatus.
 *
 * `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-delete?view=graph-rest-beta | Delete managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph beta reference)}
 */
export function deleteMobileAppConfigurationUserStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: mobileAppConfigurationsItemUserStatusesItemPath(params),
      permissions: 'DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-update?view=graph-rest-beta | Update managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph beta reference)}
 */
export function updateMobileAppConfigurationUserStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: mobileAppConfigurationsItemUserStatusesItemPath(params),
      body,
      permissions:
        'DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List iosLobAppProvisioningConfigurations
 *
 * List properties and relationships of the iosLobAppProvisioningConfiguration objects.
 *
 * `GET /deviceAppManagement/iosLobAppProvisioningConfigurations`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-ioslobappprovisioningconfiguration-list?view=graph-rest-beta | List iosLobAppProvisioningConfigurations (Microsoft Graph beta reference)}
 */
export function listIosLobAppProvisioningConfigurations(client, params = {}, options) {
  return client.send(
    {
      method: 'GET',
      path: iosLobAppProvisioningConfigurationsPath(),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listIosLobAppProvisioningConfigurations}, page after page; `.pages()` for the pages and their nextLinks. */
export function listIosLobAppProvisioningConfigurationsAll(client, params = {}, options) {
  return paged(client, (client) => listIosLobAppProvisioningConfigurations(client, params), options);
}
/**
 * Get iosLobAppProvisioningConfiguration
 *
 * Read properties and relationships of the iosLobAppProvisioningConfiguration object.
 *
 * `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-ioslobappprovisioningconfiguration-get?view=graph-rest-beta | Get iosLobAppProvisioningConfiguration (Microsoft Graph beta reference)}
 */
export function getIosLobAppProvisioningConfiguration(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: iosLobAppProvisioningConfigurationsItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List managedDeviceMobileAppConfigurationDeviceStatuses
 *
 * List properties and relationships of the managedDeviceMobileAppConfigurationDeviceStatus objects.
 *
 * `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-list?view=graph-rest-beta | List managedDeviceMobileAppConfigurationDeviceStatuses (Microsoft Graph beta reference)}
 */
export function listIosLobAppProvisioningConfigurationDeviceStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: iosLobAppProvisioningConfigurationsItemDeviceStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listIosLobAppProvisioningConfigurationDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listIosLobAppProvisioningConfigurationDeviceStatusesAll(client, params, options) {
  return paged(client, (client) => listIosLobAppProvisioningConfigurationDeviceStatuses(client, params), options);
}
/**
 * Create managedDeviceMobileAppConfigurationDeviceStatus
 *
 * Create a new managedDeviceMobileAppConfigurationDeviceStatus object.
 *
 * `POST /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-create?view=graph-rest-beta | Create managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function createIosLobAppProvisioningConfigurationDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: iosLobAppProvisioningConfigurationsItemDeviceStatusesPath(params),
      body,
      permissions:
        'DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Update deviceStatuses
 *
 * Update the properties of a deviceStatuses object.
 *
 * `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): not documented
 * - Delegated (personal Microsoft account): not documented
 * - Application: not documented
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-beta | Update managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph beta reference)}
 * @deprecated Its reference page is unfinished: it documents PATCH on the deviceStatuses collection, which has no item key, although it returns a single object; it names no permission and its examples show type names instead of values. The service most likely rejects this call: update one status with updateIosLobAppProvisioningConfigurationDeviceStatus instead.
 */
export function updateIosLobAppProvisioningConfigurationDeviceStatuses(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: iosLobAppProvisioningConfigurationsItemDeviceStatusesPath(params),
      body,
    },
    options,
  );
}
/**
 * Get managedDeviceMobileAppConfigurationDeviceStatus
 *
 * Read properties and relationships of the managedDeviceMobileAppConfigurationDeviceStatus object.
 *
 * `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-get?view=graph-rest-beta | Get managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function getIosLobAppProvisioningConfigurationDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementConfiguration.Read.All or DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete managedDeviceMobileAppConfigurationDeviceStatus
 *
 * Deletes a managedDeviceMobileAppConfigurationDeviceStatus.
 *
 * `DELETE /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-delete?view=graph-rest-beta | Delete managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function deleteIosLobAppProvisioningConfigurationDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(params),
      permissions:
        'DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Update managedDeviceMobileAppConfigurationDeviceStatus
 *
 * Update the properties of a managedDeviceMobileAppConfigurationDeviceStatus object.
 *
 * `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementConfiguration.ReadWrite.All, DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-beta | Update managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export function updateIosLobAppProvisioningConfigurationDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: iosLobAppProvisioningConfigurationsItemDeviceStatusesItemPath(params),
      body,
      permissions:
        'DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * List managedDeviceMobileAppConfigurationUserStatuses
 *
 * List properties and relationships of the managedDeviceMobileAppConfigurationUserStatus objects.
 *
 * `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-list?view=graph-rest-beta | List managedDeviceMobileAppConfigurationUserStatuses (Microsoft Graph beta reference)}
 */
export function listIosLobAppProvisioningConfigurationUserStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: iosLobAppProvisioningConfigurationsItemUserStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/** Every item of {@link listIosLobAppProvisioningConfigurationUserStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export function listIosLobAppProvisioningConfigurationUserStatusesAll(client, params, options) {
  return paged(client, (client) => listIosLobAppProvisioningConfigurationUserStatuses(client, params), options);
}
/**
 * Create managedDeviceMobileAppConfigurationUserStatus
 *
 * Create a new managedDeviceMobileAppConfigurationUserStatus object.
 *
 * `POST /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-create?view=graph-rest-beta | Create managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph beta reference)}
 */
export function createIosLobAppProvisioningConfigurationUserStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: iosLobAppProvisioningConfigurationsItemUserStatusesPath(params),
      body,
      permissions: 'DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Get managedDeviceMobileAppConfigurationUserStatus
 *
 * Read properties and relationships of the managedDeviceMobileAppConfigurationUserStatus object.
 *
 * `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-get?view=graph-rest-beta | Get managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph beta reference)}
 */
export function getIosLobAppProvisioningConfigurationUserStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: iosLobAppProvisioningConfigurationsItemUserStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
/**
 * Delete managedDeviceMobileAppConfigurationUserStatus
 *
 * Deletes a managedDeviceMobileAppConfigurationUserStatus.
 *
 * `DELETE /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`
 *
 * Permissions (least privileged first):
 * - Delegated (work or school account): DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-delete?view=graph-rest-beta | Delete managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph beta reference)}
 */
export function deleteIosLobAppProvisioningConfigurationUserStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: iosLobAppProvisioningConfigurationsItemUserStatusesItemPath(params),
      permissions: 'DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-update?view=graph-rest-beta | Update managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph beta reference)}
 */
export function updateIosLobAppProvisioningConfigurationUserStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: iosLobAppProvisioningConfigurationsItemUserStatusesItemPath(params),
      body,
      permissions:
        'DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
