// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type {
  DeviceConfiguration,
  DeviceConfigurationCollectionResponse,
  DeviceConfigurationDeviceOverview,
  DeviceConfigurationDeviceStatus,
  DeviceConfigurationDeviceStatusCollectionResponse,
  DeviceConfigurationDeviceStatusInput,
  DeviceConfigurationDeviceStatusUpdate,
} from '../models.js';
import {
  type GraphClient,
  type GraphResult,
  type PageOptions,
  type Paged,
  type RequestOptions,
  paged,
} from '../runtime/index.js';
import {
  type DeviceConfigurationsItemDeviceStatusesItemParams,
  type DeviceConfigurationsItemParams,
  deviceConfigurationsItemDeviceStatusesItemPath,
  deviceConfigurationsItemDeviceStatusesPath,
  deviceConfigurationsItemPath,
  deviceConfigurationsPath,
  deviceStatusOverviewPath,
} from '../paths/deviceManagement.js';
import type {
  ManagedDeviceMobileAppConfigurationDeviceStatusListQuery,
  ManagedDeviceMobileAppConfigurationDeviceSummaryQuery,
  ManagedDeviceMobileAppConfigurationListQuery,
  ManagedDeviceMobileAppConfigurationQuery,
} from './deviceAppManagement.js';

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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-1.0 | List deviceConfigurations (Microsoft Graph v1.0 reference)}
 */
export function listDeviceConfigurations(
  client: GraphClient,
  params: { query?: ManagedDeviceMobileAppConfigurationListQuery } = {},
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationCollectionResponse>> {
  return client.send<DeviceConfigurationCollectionResponse>(
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
export function listDeviceConfigurationsAll(
  client: GraphClient,
  params: { query?: ManagedDeviceMobileAppConfigurationListQuery } = {},
  options?: PageOptions,
): Paged<DeviceConfigurationCollectionResponse> {
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-1.0 | Get deviceConfiguration (Microsoft Graph v1.0 reference)}
 */
export function getDeviceConfiguration(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfiguration>> {
  return client.send<DeviceConfiguration>(
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-1.0 | Get deviceConfigurationDeviceOverview (Microsoft Graph v1.0 reference)}
 */
export function getDeviceConfigurationDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>> {
  return client.send<DeviceConfigurationDeviceOverview>(
    {
      method: 'GET',
      path: deviceStatusOverviewPath(params),
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-1.0 | List deviceConfigurationDeviceStatuses (Microsoft Graph v1.0 reference)}
 */
export function listDeviceConfigurationDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>> {
  return client.send<DeviceConfigurationDeviceStatusCollectionResponse>(
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
export function listDeviceConfigurationDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse> {
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-1.0 | Create deviceConfigurationDeviceStatus (Microsoft Graph v1.0 reference)}
 */
export function createDeviceConfigurationDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-1.0 | Get deviceConfigurationDeviceStatus (Microsoft Graph v1.0 reference)}
 */
export function getDeviceConfigurationDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-1.0 | Delete deviceConfigurationDeviceStatus (Microsoft Graph v1.0 reference)}
 */
export function deleteDeviceConfigurationDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-1.0 | Update deviceConfigurationDeviceStatus (Microsoft Graph v1.0 reference)}
 */
export function updateDeviceConfigurationDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: deviceConfigurationsItemDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
