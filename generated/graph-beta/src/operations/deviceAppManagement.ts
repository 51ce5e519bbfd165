// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type {
  IosLobAppProvisioningConfiguration,
  IosLobAppProvisioningConfigurationCollectionResponse,
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
  type IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
  type IosLobAppProvisioningConfigurationsItemParams,
  type IosLobAppProvisioningConfigurationsItemUserStatusesItemParams,
  type MobileAppConfigurationsItemDeviceStatusesItemParams,
  type MobileAppConfigurationsItemParams,
  type MobileAppConfigurationsItemUserStatusesItemParams,
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

/** Query parameters of {@link listMobileAppConfigurations}. */
export type ManagedDeviceMobileAppConfigurationListQuery<
  Select extends readonly (
    | 'id'
    | 'targetedMobileApps'
    | 'roleScopeTagIds'
    | 'createdDateTime'
    | 'description'
    | 'lastModifiedDateTime'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'userStatuses'
    | 'deviceStatusSummary'
  )[] = readonly (
    | 'id'
    | 'targetedMobileApps'
    | 'roleScopeTagIds'
    | 'createdDateTime'
    | 'description'
    | 'lastModifiedDateTime'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'userStatuses'
    | 'deviceStatusSummary'
  )[],
  Expand extends readonly ('*' | 'deviceStatuses' | 'userStatuses' | 'deviceStatusSummary')[] = readonly (
    '*' | 'deviceStatuses' | 'userStatuses' | 'deviceStatusSummary'
  )[],
> = {
  /** An OData filter expression the items must match, such as status eq 'error'. */
  $filter?: string;
  /** The properties of the managedDeviceMobileAppConfiguration to return, instead of all of them. */
  $select?: Select;
  /** The relationships of the managedDeviceMobileAppConfiguration to return inline, or * for all of them. */
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
export function listMobileAppConfigurations<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationListQuery> = never,
  const Expand extends ExpandOf<ManagedDeviceMobileAppConfigurationListQuery> = never,
>(
  client: GraphClient,
  params: { query?: ManagedDeviceMobileAppConfigurationListQuery<Select, Expand> } = {},
  options?: RequestOptions,
): Promise<
  GraphResult<
    SelectedPage<
      ManagedDeviceMobileAppConfigurationCollectionResponse,
      Select,
      Expand,
      ManagedDeviceMobileAppConfigurationListQuery
    >
  >
> {
  return client.send<
    SelectedPage<
      ManagedDeviceMobileAppConfigurationCollectionResponse,
      Select,
      Expand,
      ManagedDeviceMobileAppConfigurationListQuery
    >
  >(
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
export function listMobileAppConfigurationsAll<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationListQuery> = never,
  const Expand extends ExpandOf<ManagedDeviceMobileAppConfigurationListQuery> = never,
>(
  client: GraphClient,
  params: { query?: ManagedDeviceMobileAppConfigurationListQuery<Select, Expand> } = {},
  options?: PageOptions,
): Paged<
  SelectedPage<
    ManagedDeviceMobileAppConfigurationCollectionResponse,
    Select,
    Expand,
    ManagedDeviceMobileAppConfigurationListQuery
  >
> {
  return paged(client, (client) => listMobileAppConfigurations(client, params), options);
}

/** Query parameters of {@link getMobileAppConfiguration}. */
export type ManagedDeviceMobileAppConfigurationQuery<
  Select extends readonly (
    | 'id'
    | 'targetedMobileApps'
    | 'roleScopeTagIds'
    | 'createdDateTime'
    | 'description'
    | 'lastModifiedDateTime'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'userStatuses'
    | 'deviceStatusSummary'
  )[] = readonly (
    | 'id'
    | 'targetedMobileApps'
    | 'roleScopeTagIds'
    | 'createdDateTime'
    | 'description'
    | 'lastModifiedDateTime'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'userStatuses'
    | 'deviceStatusSummary'
  )[],
  Expand extends readonly ('*' | 'deviceStatuses' | 'userStatuses' | 'deviceStatusSummary')[] = readonly (
    '*' | 'deviceStatuses' | 'userStatuses' | 'deviceStatusSummary'
  )[],
> = {
  /** The properties of the managedDeviceMobileAppConfiguration to return, instead of all of them. */
  $select?: Select;
  /** The relationships of the managedDeviceMobileAppConfiguration to return inline, or * for all of them. */
  $expand?: Expand;
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-get?view=graph-rest-beta | Get managedDeviceMobileAppConfiguration (Microsoft Graph beta reference)}
 */
export function getMobileAppConfiguration<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationQuery> = never,
  const Expand extends ExpandOf<ManagedDeviceMobileAppConfigurationQuery> = never,
>(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationQuery<Select, Expand> },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<ManagedDeviceMobileAppConfiguration, Select, Expand, ManagedDeviceMobileAppConfigurationQuery>>
> {
  return client.send<
    Selected<ManagedDeviceMobileAppConfiguration, Select, Expand, ManagedDeviceMobileAppConfigurationQuery>
  >(
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

/** Query parameters of {@link getMobileAppConfigurationDeviceStatusSummary}. */
export type ManagedDeviceMobileAppConfigurationDeviceSummaryQuery<
  Select extends readonly (
    | 'id'
    | 'pendingCount'
    | 'notApplicableCount'
    | 'notApplicablePlatformCount'
    | 'successCount'
    | 'errorCount'
    | 'failedCount'
    | 'conflictCount'
    | 'lastUpdateDateTime'
    | 'configurationVersion'
  )[] = readonly (
    | 'id'
    | 'pendingCount'
    | 'notApplicableCount'
    | 'notApplicablePlatformCount'
    | 'successCount'
    | 'errorCount'
    | 'failedCount'
    | 'conflictCount'
    | 'lastUpdateDateTime'
    | 'configurationVersion'
  )[],
> = {
  /** The properties of the managedDeviceMobileAppConfigurationDeviceSummary to return, instead of all of them. */
  $select?: Select;
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicesummary-get?view=graph-rest-beta | Get managedDeviceMobileAppConfigurationDeviceSummary (Microsoft Graph beta reference)}
 */
export function getMobileAppConfigurationDeviceStatusSummary<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationDeviceSummaryQuery> = never,
>(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery<Select> },
  options?: RequestOptions,
): Promise<
  GraphResult<
    Selected<
      ManagedDeviceMobileAppConfigurationDeviceSummary,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationDeviceSummaryQuery
    >
  >
> {
  return client.send<
    Selected<
      ManagedDeviceMobileAppConfigurationDeviceSummary,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationDeviceSummaryQuery
    >
  >(
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
export type ManagedDeviceMobileAppConfigurationDeviceStatusListQuery<
  Select extends readonly (
    | 'id'
    | 'deviceDisplayName'
    | 'userName'
    | 'deviceModel'
    | 'platform'
    | 'complianceGracePeriodExpirationDateTime'
    | 'status'
    | 'lastReportedDateTime'
    | 'userPrincipalName'
  )[] = readonly (
    | 'id'
    | 'deviceDisplayName'
    | 'userName'
    | 'deviceModel'
    | 'platform'
    | 'complianceGracePeriodExpirationDateTime'
    | 'status'
    | 'lastReportedDateTime'
    | 'userPrincipalName'
  )[],
> = {
  /** An OData filter expression the items must match, such as status eq 'error'. */
  $filter?: string;
  /** The properties of the managedDeviceMobileAppConfigurationDeviceStatus to return, instead of all of them. */
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
export function listMobileAppConfigurationDeviceStatuses<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<
    SelectedPage<
      ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationDeviceStatusListQuery
    >
  >
> {
  return client.send<
    SelectedPage<
      ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationDeviceStatusListQuery
    >
  >(
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
export function listMobileAppConfigurationDeviceStatusesAll<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse,
    Select,
    never,
    ManagedDeviceMobileAppConfigurationDeviceStatusListQuery
  >
> {
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
      permissions:
        'DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}

/** Query parameters of {@link getMobileAppConfigurationDeviceStatus}, and of the one operation below that takes the same. */
export type ManagedDeviceMobileAppConfigurationDeviceStatusQuery<
  Select extends readonly (
    | 'id'
    | 'deviceDisplayName'
    | 'userName'
    | 'deviceModel'
    | 'platform'
    | 'complianceGracePeriodExpirationDateTime'
    | 'status'
    | 'lastReportedDateTime'
    | 'userPrincipalName'
  )[] = readonly (
    | 'id'
    | 'deviceDisplayName'
    | 'userName'
    | 'deviceModel'
    | 'platform'
    | 'complianceGracePeriodExpirationDateTime'
    | 'status'
    | 'lastReportedDateTime'
    | 'userPrincipalName'
  )[],
> = {
  /** The properties of the managedDeviceMobileAppConfigurationDeviceStatus to return, instead of all of them. */
  $select?: Select;
};

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
export function getMobileAppConfigurationDeviceStatus<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationDeviceStatusQuery> = never,
>(
  client: GraphClient,
  params: MobileAppConfigurationsItemDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<
    Selected<
      ManagedDeviceMobileAppConfigurationDeviceStatus,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationDeviceStatusQuery
    >
  >
> {
  return client.send<
    Selected<
      ManagedDeviceMobileAppConfigurationDeviceStatus,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationDeviceStatusQuery
    >
  >(
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
export function deleteMobileAppConfigurationDeviceStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
      permissions:
        'DeviceManagementConfiguration.ReadWrite.All or DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}

/** Query parameters of {@link listMobileAppConfigurationUserStatuses}, and of the one operation below that takes the same. */
export type ManagedDeviceMobileAppConfigurationUserStatusListQuery<
  Select extends readonly (
    'id' | 'userDisplayName' | 'devicesCount' | 'status' | 'lastReportedDateTime' | 'userPrincipalName'
  )[] = readonly (
    'id' | 'userDisplayName' | 'devicesCount' | 'status' | 'lastReportedDateTime' | 'userPrincipalName'
  )[],
> = {
  /** An OData filter expression the items must match, such as status eq 'error'. */
  $filter?: string;
  /** The properties of the managedDeviceMobileAppConfigurationUserStatus to return, instead of all of them. */
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
export function listMobileAppConfigurationUserStatuses<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationUserStatusListQuery> = never,
>(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationUserStatusListQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<
    SelectedPage<
      ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationUserStatusListQuery
    >
  >
> {
  return client.send<
    SelectedPage<
      ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationUserStatusListQuery
    >
  >(
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
export function listMobileAppConfigurationUserStatusesAll<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationUserStatusListQuery> = never,
>(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationUserStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse,
    Select,
    never,
    ManagedDeviceMobileAppConfigurationUserStatusListQuery
  >
> {
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
export function createMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams,
  body: ManagedDeviceMobileAppConfigurationUserStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationUserStatus>(
    {
      method: 'POST',
      path: mobileAppConfigurationsItemUserStatusesPath(params),
      body,
      permissions: 'DeviceManagementApps.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}

/** Query parameters of {@link getMobileAppConfigurationUserStatus}, and of the one operation below that takes the same. */
export type ManagedDeviceMobileAppConfigurationUserStatusQuery<
  Select extends readonly (
    'id' | 'userDisplayName' | 'devicesCount' | 'status' | 'lastReportedDateTime' | 'userPrincipalName'
  )[] = readonly (
    'id' | 'userDisplayName' | 'devicesCount' | 'status' | 'lastReportedDateTime' | 'userPrincipalName'
  )[],
> = {
  /** The properties of the managedDeviceMobileAppConfigurationUserStatus to return, instead of all of them. */
  $select?: Select;
};

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
export function getMobileAppConfigurationUserStatus<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationUserStatusQuery> = never,
>(
  client: GraphClient,
  params: MobileAppConfigurationsItemUserStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationUserStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<
    Selected<
      ManagedDeviceMobileAppConfigurationUserStatus,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationUserStatusQuery
    >
  >
> {
  return client.send<
    Selected<
      ManagedDeviceMobileAppConfigurationUserStatus,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationUserStatusQuery
    >
  >(
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
export function deleteMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemUserStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemUserStatusesItemParams,
  body: ManagedDeviceMobileAppConfigurationUserStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationUserStatus>(
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

/** Query parameters of {@link listIosLobAppProvisioningConfigurations}. */
export type IosLobAppProvisioningConfigurationListQuery<
  Select extends readonly (
    | 'id'
    | 'expirationDateTime'
    | 'payloadFileName'
    | 'payload'
    | 'roleScopeTagIds'
    | 'createdDateTime'
    | 'description'
    | 'lastModifiedDateTime'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'userStatuses'
  )[] = readonly (
    | 'id'
    | 'expirationDateTime'
    | 'payloadFileName'
    | 'payload'
    | 'roleScopeTagIds'
    | 'createdDateTime'
    | 'description'
    | 'lastModifiedDateTime'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'userStatuses'
  )[],
  Expand extends readonly ('*' | 'deviceStatuses' | 'userStatuses')[] = readonly (
    '*' | 'deviceStatuses' | 'userStatuses'
  )[],
> = {
  /** An OData filter expression the items must match, such as status eq 'error'. */
  $filter?: string;
  /** The properties of the iosLobAppProvisioningConfiguration to return, instead of all of them. */
  $select?: Select;
  /** The relationships of the iosLobAppProvisioningConfiguration to return inline, or * for all of them. */
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
export function listIosLobAppProvisioningConfigurations<
  const Select extends SelectOf<IosLobAppProvisioningConfigurationListQuery> = never,
  const Expand extends ExpandOf<IosLobAppProvisioningConfigurationListQuery> = never,
>(
  client: GraphClient,
  params: { query?: IosLobAppProvisioningConfigurationListQuery<Select, Expand> } = {},
  options?: RequestOptions,
): Promise<
  GraphResult<
    SelectedPage<
      IosLobAppProvisioningConfigurationCollectionResponse,
      Select,
      Expand,
      IosLobAppProvisioningConfigurationListQuery
    >
  >
> {
  return client.send<
    SelectedPage<
      IosLobAppProvisioningConfigurationCollectionResponse,
      Select,
      Expand,
      IosLobAppProvisioningConfigurationListQuery
    >
  >(
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
export function listIosLobAppProvisioningConfigurationsAll<
  const Select extends SelectOf<IosLobAppProvisioningConfigurationListQuery> = never,
  const Expand extends ExpandOf<IosLobAppProvisioningConfigurationListQuery> = never,
>(
  client: GraphClient,
  params: { query?: IosLobAppProvisioningConfigurationListQuery<Select, Expand> } = {},
  options?: PageOptions,
): Paged<
  SelectedPage<
    IosLobAppProvisioningConfigurationCollectionResponse,
    Select,
    Expand,
    IosLobAppProvisioningConfigurationListQuery
  >
> {
  return paged(client, (client) => listIosLobAppProvisioningConfigurations(client, params), options);
}

/** Query parameters of {@link getIosLobAppProvisioningConfiguration}. */
export type IosLobAppProvisioningConfigurationQuery<
  Select extends readonly (
    | 'id'
    | 'expirationDateTime'
    | 'payloadFileName'
    | 'payload'
    | 'roleScopeTagIds'
    | 'createdDateTime'
    | 'description'
    | 'lastModifiedDateTime'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'userStatuses'
  )[] = readonly (
    | 'id'
    | 'expirationDateTime'
    | 'payloadFileName'
    | 'payload'
    | 'roleScopeTagIds'
    | 'createdDateTime'
    | 'description'
    | 'lastModifiedDateTime'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'userStatuses'
  )[],
  Expand extends readonly ('*' | 'deviceStatuses' | 'userStatuses')[] = readonly (
    '*' | 'deviceStatuses' | 'userStatuses'
  )[],
> = {
  /** The properties of the iosLobAppProvisioningConfiguration to return, instead of all of them. */
  $select?: Select;
  /** The relationships of the iosLobAppProvisioningConfiguration to return inline, or * for all of them. */
  $expand?: Expand;
};

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
export function getIosLobAppProvisioningConfiguration<
  const Select extends SelectOf<IosLobAppProvisioningConfigurationQuery> = never,
  const Expand extends ExpandOf<IosLobAppProvisioningConfigurationQuery> = never,
>(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemParams & {
    query?: IosLobAppProvisioningConfigurationQuery<Select, Expand>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<IosLobAppProvisioningConfiguration, Select, Expand, IosLobAppProvisioningConfigurationQuery>>
> {
  return client.send<
    Selected<IosLobAppProvisioningConfiguration, Select, Expand, IosLobAppProvisioningConfigurationQuery>
  >(
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
export function listIosLobAppProvisioningConfigurationDeviceStatuses<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<
    SelectedPage<
      ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationDeviceStatusListQuery
    >
  >
> {
  return client.send<
    SelectedPage<
      ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationDeviceStatusListQuery
    >
  >(
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
export function listIosLobAppProvisioningConfigurationDeviceStatusesAll<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse,
    Select,
    never,
    ManagedDeviceMobileAppConfigurationDeviceStatusListQuery
  >
> {
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
export function createIosLobAppProvisioningConfigurationDeviceStatus(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemParams,
  body: ManagedDeviceMobileAppConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationDeviceStatus>(
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
export function updateIosLobAppProvisioningConfigurationDeviceStatuses(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemParams,
  body: ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationDeviceStatus>(
    { method: 'PATCH', path: iosLobAppProvisioningConfigurationsItemDeviceStatusesPath(params), body },
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
export function getIosLobAppProvisioningConfigurationDeviceStatus<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationDeviceStatusQuery> = never,
>(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<
    Selected<
      ManagedDeviceMobileAppConfigurationDeviceStatus,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationDeviceStatusQuery
    >
  >
> {
  return client.send<
    Selected<
      ManagedDeviceMobileAppConfigurationDeviceStatus,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationDeviceStatusQuery
    >
  >(
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
export function deleteIosLobAppProvisioningConfigurationDeviceStatus(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateIosLobAppProvisioningConfigurationDeviceStatus(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemDeviceStatusesItemParams,
  body: ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationDeviceStatus>(
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
export function listIosLobAppProvisioningConfigurationUserStatuses<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationUserStatusListQuery> = never,
>(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationUserStatusListQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<
    SelectedPage<
      ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationUserStatusListQuery
    >
  >
> {
  return client.send<
    SelectedPage<
      ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationUserStatusListQuery
    >
  >(
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
export function listIosLobAppProvisioningConfigurationUserStatusesAll<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationUserStatusListQuery> = never,
>(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationUserStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse,
    Select,
    never,
    ManagedDeviceMobileAppConfigurationUserStatusListQuery
  >
> {
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
export function createIosLobAppProvisioningConfigurationUserStatus(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemParams,
  body: ManagedDeviceMobileAppConfigurationUserStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationUserStatus>(
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
export function getIosLobAppProvisioningConfigurationUserStatus<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationUserStatusQuery> = never,
>(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemUserStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationUserStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<
    Selected<
      ManagedDeviceMobileAppConfigurationUserStatus,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationUserStatusQuery
    >
  >
> {
  return client.send<
    Selected<
      ManagedDeviceMobileAppConfigurationUserStatus,
      Select,
      never,
      ManagedDeviceMobileAppConfigurationUserStatusQuery
    >
  >(
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
export function deleteIosLobAppProvisioningConfigurationUserStatus(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemUserStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateIosLobAppProvisioningConfigurationUserStatus(
  client: GraphClient,
  params: IosLobAppProvisioningConfigurationsItemUserStatusesItemParams,
  body: ManagedDeviceMobileAppConfigurationUserStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>> {
  return client.send<ManagedDeviceMobileAppConfigurationUserStatus>(
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
