// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { paged } from '../runtime/index.js';
import {
  deviceStatusSummaryPath,
  mobileAppConfigurationsItemDeviceStatusesItemPath,
  mobileAppConfigurationsItemDeviceStatusesPath,
  mobileAppConfigurationsItemPath,
  mobileAppConfigurationsPath,
  userStatusesItemPath,
  userStatusesPath,
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-list?view=graph-rest-1.0 | List managedDeviceMobileAppConfigurations (Microsoft Graph v1.0 reference)}
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-get?view=graph-rest-1.0 | Get managedDeviceMobileAppConfiguration (Microsoft Graph v1.0 reference)}
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicesummary-get?view=graph-rest-1.0 | Get managedDeviceMobileAppConfigurationDeviceSummary (Microsoft Graph v1.0 reference)}
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
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-list?view=graph-rest-1.0 | List managedDeviceMobileAppConfigurationDeviceStatuses (Microsoft Graph v1.0 reference)}
 */
export function listMobileAppConfigurationDeviceStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: mobileAppConfigurationsItemDeviceStatusesPath(params),
      query: params.query,
      permissions:
        'DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
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
 * - Delegated (work or school account): DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-create?view=graph-rest-1.0 | Create managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph v1.0 reference)}
 */
export function createMobileAppConfigurationDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: mobileAppConfigurationsItemDeviceStatusesPath(params),
      body,
      permissions: 'DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
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
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-get?view=graph-rest-1.0 | Get managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph v1.0 reference)}
 */
export function getMobileAppConfigurationDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: mobileAppConfigurationsItemDeviceStatusesItemPath(params),
      query: params.query,
      permissions:
        'DeviceManagementApps.Read.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
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
 * - Delegated (work or school account): DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-delete?view=graph-rest-1.0 | Delete managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph v1.0 reference)}
 */
export function deleteMobileAppConfigurationDeviceStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: mobileAppConfigurationsItemDeviceStatusesItemPath(params),
      permissions: 'DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
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
 * - Delegated (work or school account): DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-1.0 | Update managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph v1.0 reference)}
 */
export function updateMobileAppConfigurationDeviceStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: mobileAppConfigurationsItemDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-list?view=graph-rest-1.0 | List managedDeviceMobileAppConfigurationUserStatuses (Microsoft Graph v1.0 reference)}
 */
export function listMobileAppConfigurationUserStatuses(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: userStatusesPath(params),
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-create?view=graph-rest-1.0 | Create managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph v1.0 reference)}
 */
export function createMobileAppConfigurationUserStatus(client, params, body, options) {
  return client.send(
    {
      method: 'POST',
      path: userStatusesPath(params),
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-get?view=graph-rest-1.0 | Get managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph v1.0 reference)}
 */
export function getMobileAppConfigurationUserStatus(client, params, options) {
  return client.send(
    {
      method: 'GET',
      path: userStatusesItemPath(params),
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-delete?view=graph-rest-1.0 | Delete managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph v1.0 reference)}
 */
export function deleteMobileAppConfigurationUserStatus(client, params, options) {
  return client.send(
    {
      method: 'DELETE',
      path: userStatusesItemPath(params),
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
 * - Delegated (work or school account): DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.ReadWrite.All
 *
 * Succeeds with 200 (a body) or 204 (no content): `result.hasContent` tells which.
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-update?view=graph-rest-1.0 | Update managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph v1.0 reference)}
 */
export function updateMobileAppConfigurationUserStatus(client, params, body, options) {
  return client.send(
    {
      method: 'PATCH',
      path: userStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
