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
  type ExpandOf,
  type GraphClient,
  type GraphResult,
  type PageOptions,
  type Paged,
  type RequestOptions,
  type SelectOf,
  type Selected,
  type SelectedPage,
} from '../runtime/index.js';
import {
  type MobileAppConfigurationsItemDeviceStatusesItemParams,
  type MobileAppConfigurationsItemParams,
  type UserStatusesItemParams,
} from '../paths/deviceAppManagement.js';
/** Query parameters of {@link listMobileAppConfigurations}. */
export type ManagedDeviceMobileAppConfigurationListQuery<
  Select extends readonly (
    | 'id'
    | 'targetedMobileApps'
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-list?view=graph-rest-1.0 | List managedDeviceMobileAppConfigurations (Microsoft Graph v1.0 reference)}
 */
export declare function listMobileAppConfigurations<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationListQuery> = never,
  const Expand extends ExpandOf<ManagedDeviceMobileAppConfigurationListQuery> = never,
>(
  client: GraphClient,
  params?: {
    query?: ManagedDeviceMobileAppConfigurationListQuery<Select, Expand>;
  },
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
>;
/** Every item of {@link listMobileAppConfigurations}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listMobileAppConfigurationsAll<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationListQuery> = never,
  const Expand extends ExpandOf<ManagedDeviceMobileAppConfigurationListQuery> = never,
>(
  client: GraphClient,
  params?: {
    query?: ManagedDeviceMobileAppConfigurationListQuery<Select, Expand>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    ManagedDeviceMobileAppConfigurationCollectionResponse,
    Select,
    Expand,
    ManagedDeviceMobileAppConfigurationListQuery
  >
>;
/** Query parameters of {@link getMobileAppConfiguration}. */
export type ManagedDeviceMobileAppConfigurationQuery<
  Select extends readonly (
    | 'id'
    | 'targetedMobileApps'
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfiguration-get?view=graph-rest-1.0 | Get managedDeviceMobileAppConfiguration (Microsoft Graph v1.0 reference)}
 */
export declare function getMobileAppConfiguration<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationQuery> = never,
  const Expand extends ExpandOf<ManagedDeviceMobileAppConfigurationQuery> = never,
>(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationQuery<Select, Expand>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<ManagedDeviceMobileAppConfiguration, Select, Expand, ManagedDeviceMobileAppConfigurationQuery>>
>;
/** Query parameters of {@link getMobileAppConfigurationDeviceStatusSummary}. */
export type ManagedDeviceMobileAppConfigurationDeviceSummaryQuery<
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicesummary-get?view=graph-rest-1.0 | Get managedDeviceMobileAppConfigurationDeviceSummary (Microsoft Graph v1.0 reference)}
 */
export declare function getMobileAppConfigurationDeviceStatusSummary<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationDeviceSummaryQuery> = never,
>(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery<Select>;
  },
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
>;
/** Query parameters of {@link listMobileAppConfigurationDeviceStatuses}. */
export type ManagedDeviceMobileAppConfigurationDeviceStatusListQuery<
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
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-list?view=graph-rest-1.0 | List managedDeviceMobileAppConfigurationDeviceStatuses (Microsoft Graph v1.0 reference)}
 */
export declare function listMobileAppConfigurationDeviceStatuses<
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
>;
/** Every item of {@link listMobileAppConfigurationDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listMobileAppConfigurationDeviceStatusesAll<
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
>;
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
export declare function createMobileAppConfigurationDeviceStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams,
  body: ManagedDeviceMobileAppConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>>;
/** Query parameters of {@link getMobileAppConfigurationDeviceStatus}. */
export type ManagedDeviceMobileAppConfigurationDeviceStatusQuery<
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
 * - Delegated (work or school account): DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 * - Delegated (personal Microsoft account): not supported
 * - Application: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All
 *
 * @throws GraphError when the service answers with anything but a success (2xx), retries spent.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationdevicestatus-get?view=graph-rest-1.0 | Get managedDeviceMobileAppConfigurationDeviceStatus (Microsoft Graph v1.0 reference)}
 */
export declare function getMobileAppConfigurationDeviceStatus<
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
>;
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
export declare function deleteMobileAppConfigurationDeviceStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>>;
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
export declare function updateMobileAppConfigurationDeviceStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemDeviceStatusesItemParams,
  body: ManagedDeviceMobileAppConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationDeviceStatus>>;
/** Query parameters of {@link listMobileAppConfigurationUserStatuses}. */
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-list?view=graph-rest-1.0 | List managedDeviceMobileAppConfigurationUserStatuses (Microsoft Graph v1.0 reference)}
 */
export declare function listMobileAppConfigurationUserStatuses<
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
>;
/** Every item of {@link listMobileAppConfigurationUserStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listMobileAppConfigurationUserStatusesAll<
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
>;
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
export declare function createMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: MobileAppConfigurationsItemParams,
  body: ManagedDeviceMobileAppConfigurationUserStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>>;
/** Query parameters of {@link getMobileAppConfigurationUserStatus}. */
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-get?view=graph-rest-1.0 | Get managedDeviceMobileAppConfigurationUserStatus (Microsoft Graph v1.0 reference)}
 */
export declare function getMobileAppConfigurationUserStatus<
  const Select extends SelectOf<ManagedDeviceMobileAppConfigurationUserStatusQuery> = never,
>(
  client: GraphClient,
  params: UserStatusesItemParams & {
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
>;
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
export declare function deleteMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: UserStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>>;
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
export declare function updateMobileAppConfigurationUserStatus(
  client: GraphClient,
  params: UserStatusesItemParams,
  body: ManagedDeviceMobileAppConfigurationUserStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<ManagedDeviceMobileAppConfigurationUserStatus>>;
