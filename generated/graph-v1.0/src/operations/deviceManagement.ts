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
  type ExpandOf,
  type GraphClient,
  type GraphResult,
  type PageOptions,
  type Paged,
  type RequestOptions,
  type SelectOf,
  type Selected,
  type SelectedPage,
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

/** Query parameters of {@link listDeviceConfigurations}. */
export type DeviceConfigurationListQuery<
  Select extends readonly (
    | 'id'
    | 'lastModifiedDateTime'
    | 'createdDateTime'
    | 'description'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'deviceStatusOverview'
  )[] = readonly (
    | 'id'
    | 'lastModifiedDateTime'
    | 'createdDateTime'
    | 'description'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'deviceStatusOverview'
  )[],
  Expand extends readonly ('*' | 'deviceStatuses' | 'deviceStatusOverview')[] = readonly (
    '*' | 'deviceStatuses' | 'deviceStatusOverview'
  )[],
> = {
  /** An OData filter expression the items must match, such as status eq 'error'. */
  $filter?: string;
  /** The properties of the deviceConfiguration to return, instead of all of them. */
  $select?: Select;
  /** The relationships of the deviceConfiguration to return inline, or * for all of them. */
  $expand?: Expand;
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
export function listDeviceConfigurations<
  const Select extends SelectOf<DeviceConfigurationListQuery> = never,
  const Expand extends ExpandOf<DeviceConfigurationListQuery> = never,
>(
  client: GraphClient,
  params: { query?: DeviceConfigurationListQuery<Select, Expand> } = {},
  options?: RequestOptions,
): Promise<
  GraphResult<SelectedPage<DeviceConfigurationCollectionResponse, Select, Expand, DeviceConfigurationListQuery>>
> {
  return client.send<SelectedPage<DeviceConfigurationCollectionResponse, Select, Expand, DeviceConfigurationListQuery>>(
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
export function listDeviceConfigurationsAll<
  const Select extends SelectOf<DeviceConfigurationListQuery> = never,
  const Expand extends ExpandOf<DeviceConfigurationListQuery> = never,
>(
  client: GraphClient,
  params: { query?: DeviceConfigurationListQuery<Select, Expand> } = {},
  options?: PageOptions,
): Paged<SelectedPage<DeviceConfigurationCollectionResponse, Select, Expand, DeviceConfigurationListQuery>> {
  return paged(client, (client) => listDeviceConfigurations(client, params), options);
}

/** Query parameters of {@link getDeviceConfiguration}. */
export type DeviceConfigurationQuery<
  Select extends readonly (
    | 'id'
    | 'lastModifiedDateTime'
    | 'createdDateTime'
    | 'description'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'deviceStatusOverview'
  )[] = readonly (
    | 'id'
    | 'lastModifiedDateTime'
    | 'createdDateTime'
    | 'description'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'deviceStatusOverview'
  )[],
  Expand extends readonly ('*' | 'deviceStatuses' | 'deviceStatusOverview')[] = readonly (
    '*' | 'deviceStatuses' | 'deviceStatusOverview'
  )[],
> = {
  /** The properties of the deviceConfiguration to return, instead of all of them. */
  $select?: Select;
  /** The relationships of the deviceConfiguration to return inline, or * for all of them. */
  $expand?: Expand;
};

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
export function getDeviceConfiguration<
  const Select extends SelectOf<DeviceConfigurationQuery> = never,
  const Expand extends ExpandOf<DeviceConfigurationQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: DeviceConfigurationQuery<Select, Expand> },
  options?: RequestOptions,
): Promise<GraphResult<Selected<DeviceConfiguration, Select, Expand, DeviceConfigurationQuery>>> {
  return client.send<Selected<DeviceConfiguration, Select, Expand, DeviceConfigurationQuery>>(
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

/** Query parameters of {@link getDeviceConfigurationDeviceStatusOverview}. */
export type DeviceConfigurationDeviceOverviewQuery<
  Select extends readonly (
    | 'id'
    | 'pendingCount'
    | 'notApplicableCount'
    | 'successCount'
    | 'errorCount'
    | 'failedCount'
    | 'lastUpdateDateTime'
    | 'configurationVersion'
  )[] = readonly (
    | 'id'
    | 'pendingCount'
    | 'notApplicableCount'
    | 'successCount'
    | 'errorCount'
    | 'failedCount'
    | 'lastUpdateDateTime'
    | 'configurationVersion'
  )[],
> = {
  /** The properties of the deviceConfigurationDeviceOverview to return, instead of all of them. */
  $select?: Select;
};

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
export function getDeviceConfigurationDeviceStatusOverview<
  const Select extends SelectOf<DeviceConfigurationDeviceOverviewQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: DeviceConfigurationDeviceOverviewQuery<Select> },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<DeviceConfigurationDeviceOverview, Select, never, DeviceConfigurationDeviceOverviewQuery>>
> {
  return client.send<
    Selected<DeviceConfigurationDeviceOverview, Select, never, DeviceConfigurationDeviceOverviewQuery>
  >(
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

/** Query parameters of {@link listDeviceConfigurationDeviceStatuses}. */
export type DeviceConfigurationDeviceStatusListQuery<
  Select extends readonly (
    | 'id'
    | 'deviceDisplayName'
    | 'userName'
    | 'deviceModel'
    | 'complianceGracePeriodExpirationDateTime'
    | 'status'
    | 'lastReportedDateTime'
    | 'userPrincipalName'
  )[] = readonly (
    | 'id'
    | 'deviceDisplayName'
    | 'userName'
    | 'deviceModel'
    | 'complianceGracePeriodExpirationDateTime'
    | 'status'
    | 'lastReportedDateTime'
    | 'userPrincipalName'
  )[],
> = {
  /** An OData filter expression the items must match, such as status eq 'error'. */
  $filter?: string;
  /** The properties of the deviceConfigurationDeviceStatus to return, instead of all of them. */
  $select?: Select;
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
export function listDeviceConfigurationDeviceStatuses<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: DeviceConfigurationDeviceStatusListQuery<Select> },
  options?: RequestOptions,
): Promise<
  GraphResult<
    SelectedPage<
      DeviceConfigurationDeviceStatusCollectionResponse,
      Select,
      never,
      DeviceConfigurationDeviceStatusListQuery
    >
  >
> {
  return client.send<
    SelectedPage<
      DeviceConfigurationDeviceStatusCollectionResponse,
      Select,
      never,
      DeviceConfigurationDeviceStatusListQuery
    >
  >(
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
export function listDeviceConfigurationDeviceStatusesAll<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: DeviceConfigurationDeviceStatusListQuery<Select> },
  options?: PageOptions,
): Paged<
  SelectedPage<
    DeviceConfigurationDeviceStatusCollectionResponse,
    Select,
    never,
    DeviceConfigurationDeviceStatusListQuery
  >
> {
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

/** Query parameters of {@link getDeviceConfigurationDeviceStatus}. */
export type DeviceConfigurationDeviceStatusQuery<
  Select extends readonly (
    | 'id'
    | 'deviceDisplayName'
    | 'userName'
    | 'deviceModel'
    | 'complianceGracePeriodExpirationDateTime'
    | 'status'
    | 'lastReportedDateTime'
    | 'userPrincipalName'
  )[] = readonly (
    | 'id'
    | 'deviceDisplayName'
    | 'userName'
    | 'deviceModel'
    | 'complianceGracePeriodExpirationDateTime'
    | 'status'
    | 'lastReportedDateTime'
    | 'userPrincipalName'
  )[],
> = {
  /** The properties of the deviceConfigurationDeviceStatus to return, instead of all of them. */
  $select?: Select;
};

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
export function getDeviceConfigurationDeviceStatus<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemDeviceStatusesItemParams & { query?: DeviceConfigurationDeviceStatusQuery<Select> },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<DeviceConfigurationDeviceStatus, Select, never, DeviceConfigurationDeviceStatusQuery>>
> {
  return client.send<Selected<DeviceConfigurationDeviceStatus, Select, never, DeviceConfigurationDeviceStatusQuery>>(
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
