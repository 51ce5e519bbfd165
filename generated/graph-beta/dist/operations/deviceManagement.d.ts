// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type {
  AnyDeviceConfiguration,
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
} from '../runtime/index.js';
import {
  type DeviceConfigurationsItemDeviceStatusesItemParams,
  type DeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
  type DeviceConfigurationsItemParams,
  type DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
  type GroupAssignmentsItemParams,
  type IdentityCertificateRootCertificateDeviceStatusesItemParams,
  type IosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  type MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  type MacOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemParams,
  type NetworkAccessConfigurationsItemParams,
  type RootCertificateForServerValidationDeviceStatusesItemParams,
  type RootCertificatesForServerValidationItemDeviceStatusesItemParams,
  type RootCertificatesForServerValidationItemParams,
  type WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams,
  type WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams,
  type WindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
} from '../paths/deviceManagement.js';
/** Query parameters of {@link listDeviceConfigurations}, and of the one operation below that takes the same. */
export type AnyDeviceConfigurationListQuery<
  Select extends readonly (
    | 'id'
    | 'lastModifiedDateTime'
    | 'roleScopeTagIds'
    | 'supportsScopeTags'
    | 'deviceManagementApplicabilityRuleOsEdition'
    | 'deviceManagementApplicabilityRuleOsVersion'
    | 'deviceManagementApplicabilityRuleDeviceMode'
    | 'createdDateTime'
    | 'description'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'deviceStatusOverview'
  )[] = readonly (
    | 'id'
    | 'lastModifiedDateTime'
    | 'roleScopeTagIds'
    | 'supportsScopeTags'
    | 'deviceManagementApplicabilityRuleOsEdition'
    | 'deviceManagementApplicabilityRuleOsVersion'
    | 'deviceManagementApplicabilityRuleDeviceMode'
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-beta | List deviceConfigurations (Microsoft Graph beta reference)}
 */
export declare function listDeviceConfigurations<
  const Select extends SelectOf<AnyDeviceConfigurationListQuery> = never,
  const Expand extends ExpandOf<AnyDeviceConfigurationListQuery> = never,
>(
  client: GraphClient,
  params?: {
    query?: AnyDeviceConfigurationListQuery<Select, Expand>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<SelectedPage<DeviceConfigurationCollectionResponse, Select, Expand, AnyDeviceConfigurationListQuery>>
>;
/** Every item of {@link listDeviceConfigurations}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listDeviceConfigurationsAll<
  const Select extends SelectOf<AnyDeviceConfigurationListQuery> = never,
  const Expand extends ExpandOf<AnyDeviceConfigurationListQuery> = never,
>(
  client: GraphClient,
  params?: {
    query?: AnyDeviceConfigurationListQuery<Select, Expand>;
  },
  options?: PageOptions,
): Paged<SelectedPage<DeviceConfigurationCollectionResponse, Select, Expand, AnyDeviceConfigurationListQuery>>;
/** Query parameters of {@link getDeviceConfiguration}, and of 2 operations below that take the same. */
export type AnyDeviceConfigurationQuery<
  Select extends readonly (
    | 'id'
    | 'lastModifiedDateTime'
    | 'roleScopeTagIds'
    | 'supportsScopeTags'
    | 'deviceManagementApplicabilityRuleOsEdition'
    | 'deviceManagementApplicabilityRuleOsVersion'
    | 'deviceManagementApplicabilityRuleDeviceMode'
    | 'createdDateTime'
    | 'description'
    | 'displayName'
    | 'version'
    | 'deviceStatuses'
    | 'deviceStatusOverview'
  )[] = readonly (
    | 'id'
    | 'lastModifiedDateTime'
    | 'roleScopeTagIds'
    | 'supportsScopeTags'
    | 'deviceManagementApplicabilityRuleOsEdition'
    | 'deviceManagementApplicabilityRuleOsVersion'
    | 'deviceManagementApplicabilityRuleDeviceMode'
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta | Get deviceConfiguration (Microsoft Graph beta reference)}
 */
export declare function getDeviceConfiguration<
  const Select extends SelectOf<AnyDeviceConfigurationQuery> = never,
  const Expand extends ExpandOf<AnyDeviceConfigurationQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: AnyDeviceConfigurationQuery<Select, Expand>;
  },
  options?: RequestOptions,
): Promise<GraphResult<Selected<AnyDeviceConfiguration, Select, Expand, AnyDeviceConfigurationQuery>>>;
/** Query parameters of {@link getDeviceConfigurationDeviceStatusOverview}, and of 6 operations below that take the same. */
export type DeviceConfigurationDeviceOverviewQuery<
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta | Get deviceConfigurationDeviceOverview (Microsoft Graph beta reference)}
 */
export declare function getDeviceConfigurationDeviceStatusOverview<
  const Select extends SelectOf<DeviceConfigurationDeviceOverviewQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceOverviewQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<DeviceConfigurationDeviceOverview, Select, never, DeviceConfigurationDeviceOverviewQuery>>
>;
/** Query parameters of {@link listDeviceConfigurationDeviceStatuses}, and of 6 operations below that take the same. */
export type DeviceConfigurationDeviceStatusListQuery<
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta | List deviceConfigurationDeviceStatuses (Microsoft Graph beta reference)}
 */
export declare function listDeviceConfigurationDeviceStatuses<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
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
>;
/** Every item of {@link listDeviceConfigurationDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listDeviceConfigurationDeviceStatusesAll<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    DeviceConfigurationDeviceStatusCollectionResponse,
    Select,
    never,
    DeviceConfigurationDeviceStatusListQuery
  >
>;
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
export declare function createDeviceConfigurationDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
/** Query parameters of {@link getDeviceConfigurationDeviceStatus}, and of 6 operations below that take the same. */
export type DeviceConfigurationDeviceStatusQuery<
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta | Get deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
 */
export declare function getDeviceConfigurationDeviceStatus<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemDeviceStatusesItemParams & {
    query?: DeviceConfigurationDeviceStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<GraphResult<Selected<DeviceConfigurationDeviceStatus, Select, never, DeviceConfigurationDeviceStatusQuery>>>;
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
export declare function deleteDeviceConfigurationDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>>;
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
export declare function updateDeviceConfigurationDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getDeviceConfigurationGroupAssignmentDeviceConfiguration<
  const Select extends SelectOf<AnyDeviceConfigurationQuery> = never,
  const Expand extends ExpandOf<AnyDeviceConfigurationQuery> = never,
>(
  client: GraphClient,
  params: GroupAssignmentsItemParams & {
    query?: AnyDeviceConfigurationQuery<Select, Expand>;
  },
  options?: RequestOptions,
): Promise<GraphResult<Selected<AnyDeviceConfiguration, Select, Expand, AnyDeviceConfigurationQuery>>>;
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
export declare function updateDeviceConfigurationIdentityCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus(
  client: GraphClient,
  params: IdentityCertificateRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getDeviceConfigurationRootCertificateDeviceStatusOverview<
  const Select extends SelectOf<DeviceConfigurationDeviceOverviewQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceOverviewQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<DeviceConfigurationDeviceOverview, Select, never, DeviceConfigurationDeviceOverviewQuery>>
>;
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
export declare function listDeviceConfigurationRootCertificateDeviceStatuses<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
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
>;
/** Every item of {@link listDeviceConfigurationRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listDeviceConfigurationRootCertificateDeviceStatusesAll<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    DeviceConfigurationDeviceStatusCollectionResponse,
    Select,
    never,
    DeviceConfigurationDeviceStatusListQuery
  >
>;
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
export declare function createDeviceConfigurationRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getDeviceConfigurationRootCertificateDeviceStatus<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams & {
    query?: DeviceConfigurationDeviceStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<GraphResult<Selected<DeviceConfigurationDeviceStatus, Select, never, DeviceConfigurationDeviceStatusQuery>>>;
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
export declare function deleteDeviceConfigurationRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>>;
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
export declare function updateDeviceConfigurationRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getIosScepCertificateProfileRootCertificateDeviceStatusOverview<
  const Select extends SelectOf<DeviceConfigurationDeviceOverviewQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceOverviewQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<DeviceConfigurationDeviceOverview, Select, never, DeviceConfigurationDeviceOverviewQuery>>
>;
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
export declare function listIosScepCertificateProfileRootCertificateDeviceStatuses<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
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
>;
/** Every item of {@link listIosScepCertificateProfileRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listIosScepCertificateProfileRootCertificateDeviceStatusesAll<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    DeviceConfigurationDeviceStatusCollectionResponse,
    Select,
    never,
    DeviceConfigurationDeviceStatusListQuery
  >
>;
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
export declare function createIosScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getIosScepCertificateProfileRootCertificateDeviceStatus<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusQuery> = never,
>(
  client: GraphClient,
  params: IosScepCertificateProfileRootCertificateDeviceStatusesItemParams & {
    query?: DeviceConfigurationDeviceStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<GraphResult<Selected<DeviceConfigurationDeviceStatus, Select, never, DeviceConfigurationDeviceStatusQuery>>>;
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
export declare function deleteIosScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: IosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>>;
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
export declare function updateIosScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: IosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview<
  const Select extends SelectOf<DeviceConfigurationDeviceOverviewQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceOverviewQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<DeviceConfigurationDeviceOverview, Select, never, DeviceConfigurationDeviceOverviewQuery>>
>;
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
export declare function listMacOSScepCertificateProfileRootCertificateDeviceStatuses<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
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
>;
/** Every item of {@link listMacOSScepCertificateProfileRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listMacOSScepCertificateProfileRootCertificateDeviceStatusesAll<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    DeviceConfigurationDeviceStatusCollectionResponse,
    Select,
    never,
    DeviceConfigurationDeviceStatusListQuery
  >
>;
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
export declare function createMacOSScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getMacOSScepCertificateProfileRootCertificateDeviceStatus<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusQuery> = never,
>(
  client: GraphClient,
  params: MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams & {
    query?: DeviceConfigurationDeviceStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<GraphResult<Selected<DeviceConfigurationDeviceStatus, Select, never, DeviceConfigurationDeviceStatusQuery>>>;
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
export declare function deleteMacOSScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>>;
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
export declare function updateMacOSScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus(
  client: GraphClient,
  params: MacOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function updateMacOSWiredNetworkRootCertificateForServerDeviceStatus(
  client: GraphClient,
  params: RootCertificateForServerValidationDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function listWindowsDomainJoinNetworkAccessConfigurations<
  const Select extends SelectOf<AnyDeviceConfigurationListQuery> = never,
  const Expand extends ExpandOf<AnyDeviceConfigurationListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: AnyDeviceConfigurationListQuery<Select, Expand>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<SelectedPage<DeviceConfigurationCollectionResponse, Select, Expand, AnyDeviceConfigurationListQuery>>
>;
/** Every item of {@link listWindowsDomainJoinNetworkAccessConfigurations}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listWindowsDomainJoinNetworkAccessConfigurationsAll<
  const Select extends SelectOf<AnyDeviceConfigurationListQuery> = never,
  const Expand extends ExpandOf<AnyDeviceConfigurationListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: AnyDeviceConfigurationListQuery<Select, Expand>;
  },
  options?: PageOptions,
): Paged<SelectedPage<DeviceConfigurationCollectionResponse, Select, Expand, AnyDeviceConfigurationListQuery>>;
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
export declare function getWindowsDomainJoinNetworkAccessConfiguration<
  const Select extends SelectOf<AnyDeviceConfigurationQuery> = never,
  const Expand extends ExpandOf<AnyDeviceConfigurationQuery> = never,
>(
  client: GraphClient,
  params: NetworkAccessConfigurationsItemParams & {
    query?: AnyDeviceConfigurationQuery<Select, Expand>;
  },
  options?: RequestOptions,
): Promise<GraphResult<Selected<AnyDeviceConfiguration, Select, Expand, AnyDeviceConfigurationQuery>>>;
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
export declare function getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview<
  const Select extends SelectOf<DeviceConfigurationDeviceOverviewQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceOverviewQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<DeviceConfigurationDeviceOverview, Select, never, DeviceConfigurationDeviceOverviewQuery>>
>;
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
export declare function listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
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
>;
/** Every item of {@link listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesAll<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    DeviceConfigurationDeviceStatusCollectionResponse,
    Select,
    never,
    DeviceConfigurationDeviceStatusListQuery
  >
>;
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
export declare function createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusQuery> = never,
>(
  client: GraphClient,
  params: WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams & {
    query?: DeviceConfigurationDeviceStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<GraphResult<Selected<DeviceConfigurationDeviceStatus, Select, never, DeviceConfigurationDeviceStatusQuery>>>;
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
export declare function deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>>;
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
export declare function updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function updateWindowsPhone81VpnIdentityCertificateDeviceStatus(
  client: GraphClient,
  params: WindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview<
  const Select extends SelectOf<DeviceConfigurationDeviceOverviewQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceOverviewQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<DeviceConfigurationDeviceOverview, Select, never, DeviceConfigurationDeviceOverviewQuery>>
>;
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
export declare function listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
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
>;
/** Every item of {@link listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusesAll<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    DeviceConfigurationDeviceStatusCollectionResponse,
    Select,
    never,
    DeviceConfigurationDeviceStatusListQuery
  >
>;
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
export declare function createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusQuery> = never,
>(
  client: GraphClient,
  params: WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams & {
    query?: DeviceConfigurationDeviceStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<GraphResult<Selected<DeviceConfigurationDeviceStatus, Select, never, DeviceConfigurationDeviceStatusQuery>>>;
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
export declare function deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(
  client: GraphClient,
  params: WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>>;
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
export declare function updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(
  client: GraphClient,
  params: WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview<
  const Select extends SelectOf<DeviceConfigurationDeviceOverviewQuery> = never,
>(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams & {
    query?: DeviceConfigurationDeviceOverviewQuery<Select>;
  },
  options?: RequestOptions,
): Promise<
  GraphResult<Selected<DeviceConfigurationDeviceOverview, Select, never, DeviceConfigurationDeviceOverviewQuery>>
>;
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
export declare function listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
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
>;
/** Every item of {@link listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusesAll<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusListQuery> = never,
>(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams & {
    query?: DeviceConfigurationDeviceStatusListQuery<Select>;
  },
  options?: PageOptions,
): Paged<
  SelectedPage<
    DeviceConfigurationDeviceStatusCollectionResponse,
    Select,
    never,
    DeviceConfigurationDeviceStatusListQuery
  >
>;
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
export declare function createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus<
  const Select extends SelectOf<DeviceConfigurationDeviceStatusQuery> = never,
>(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemDeviceStatusesItemParams & {
    query?: DeviceConfigurationDeviceStatusQuery<Select>;
  },
  options?: RequestOptions,
): Promise<GraphResult<Selected<DeviceConfigurationDeviceStatus, Select, never, DeviceConfigurationDeviceStatusQuery>>>;
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
export declare function deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>>;
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
export declare function updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
