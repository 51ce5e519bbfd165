// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type {
  ManagedDeviceMobileAppConfiguration,
  ManagedDeviceMobileAppConfigurationCollectionResponse,
  ManagedDeviceMobileAppConfigurationDeviceStatus,
  ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse,
  ManagedDeviceMobileAppConfigurationDeviceStatusInput,
  ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
  ManagedDeviceMobileAppConfigurationDeviceSummary,
  ManagedDeviceMobileAppConfigurationUserStatus,
  ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse,
  ManagedDeviceMobileAppConfigurationUserStatusInput,
  ManagedDeviceMobileAppConfigurationUserStatusUpdate,
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
  type MobileAppConfigurationsItemDeviceStatusesItemParams,
  type MobileAppConfigurationsItemParams,
  type UserStatusesItemParams,
  deviceStatusSummaryPath,
  mobileAppConfigurationsItemDeviceStatusesItemPath,
  mobileAppConfigurationsItemDeviceStatusesPath,
  mobileAppConfigurationsItemPath,
  mobileAppConfigurationsPath,
  userStatusesItemPath,
  userStatusesPath,
} from '../paths/deviceAppManagement.js';

/** Query parameters of {@link listMobileAppConfigurations}. */
export type ManagedDeviceMobileAppConfigurationListQuery = {
  /** An OData filter expression the items must match, such as status eq 'error'. */
  $filter?: string;
  /** The properties to return, instead of all of them. */
  $select?: string[];
  /** Relationships to return inline with each item, such as deviceStatuses. */
  $expand?: string[];
  /** Properties to order the items by, each optionally followed by asc or desc, such as lastReportedDateTime desc. */
  $orderby?: string[];
  /** The number of items to return in a page. */
  $top?: number;
  /** The number of items to skip. */
  $skip?: number;
  /** When true, the response includes the number of items in the whole collection (@odata.count). */
  $count?: boolean;
};

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
export function listMobileAppConfigurations(
  client: GraphClient,
  params: { query?: ManagedDeviceMobileAppConfigurationListQuery } = {},
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationCollectionResponse>> {
  return client.send<ManagedDeviceMobileAppConfigurationCollectionResponse>(
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
export function listMobileAppConfigurationsAll(
  client: GraphClient,
  params: { query?: ManagedDeviceMobileAppConfigurationListQuery } = {},
  options?: PageOptions,
): Paged<ManagedDeviceMobileAppConfigurationCollectionResponse> {
  return paged(client, (client) => listMobileAppConfigurations(client, params), options);
}

/** Query parameters of {@link getMobileAppConfiguration}. */
export type ManagedDeviceMobileAppConfigurationQuery = {
  /** The properties to return, instead of all of them. */
  $select?: string[];
  /** Relationships to return inline with each item, such as deviceStatuses. */
  $expand?: string[];
};

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
export function getMobileAppConfiguration(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationQuery },
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfiguration>> {
  return client.send<ManagedDeviceMobileAppConfiguration>(
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

/** Query parameters of {@link getMobileAppConfigurationDeviceStatusSummary}, and of 2 operations below that take the same. */
export type ManagedDeviceMobileAppConfigurationDeviceSummaryQuery = {
  /** The properties to return, instead of all of them. */
  $select?: string[];
};

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
export function getMobileAppConfigurationDeviceStatusSummary(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery },
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceSummary>> {
  return client.send<ManagedDeviceMobileAppConfigurationDeviceSummary>(
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

/** Query parameters of {@link listMobileAppConfigurationDeviceStatuses}, and of the one operation below that takes the same. */
export type ManagedDeviceMobileAppConfigurationDeviceStatusListQuery = {
  /** An OData filter expression the items must match, such as status eq 'error'. */
  $filter?: string;
  /** The properties to return, instead of all of them. */
  $select?: string[];
  /** Properties to order the items by, each optionally followed by asc or desc, such as lastReportedDateTime desc. */
  $orderby?: string[];
  /** The number of items to return in a page. */
  $top?: number;
  /** The number of items to skip. */
  $skip?: number;
  /** When true, the response includes the number of items in the whole collection (@odata.count). */
  $count?: boolean;
};

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
export function listMobileAppConfigurationDeviceStatuses(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse>> {
  return client.send<ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse>(
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
export function listMobileAppConfigurationDeviceStatusesAll(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: PageOptions,
): Paged<ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse> {
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
export function createMobileAppConfigurationDeviceStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams,
  body: ManagedDeviceMobileAppConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationDeviceStatus>(
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
export function getMobileAppConfigurationDeviceStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationDeviceStatus>(
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
export function deleteMobileAppConfigurationDeviceStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateMobileAppConfigurationDeviceStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemDeviceStatusesItemParams,
  body: ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationDeviceStatus>(
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
export function listMobileAppConfigurationUserStatuses(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse>> {
  return client.send<ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse>(
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
export function listMobileAppConfigurationUserStatusesAll(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: PageOptions,
): Paged<ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse> {
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
export function createMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams,
  body: ManagedDeviceMobileAppConfigurationUserStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationUserStatus>(
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
export function getMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: UserStatusesItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery },
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationUserStatus>(
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
export function deleteMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: UserStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: UserStatusesItemParams,
  body: ManagedDeviceMobileAppConfigurationUserStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationUserStatus>(
    {
      method: 'PATCH',
      path: userStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
