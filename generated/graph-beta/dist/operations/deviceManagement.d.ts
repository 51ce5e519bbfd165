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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-beta | List deviceConfigurations (Microsoft Graph beta reference)}
 */
export declare function listDeviceConfigurations(
  client: GraphClient,
  params?: {
    query?: ManagedDeviceMobileAppConfigurationListQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationCollectionResponse>>;
/** Every item of {@link listDeviceConfigurations}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listDeviceConfigurationsAll(
  client: GraphClient,
  params?: {
    query?: ManagedDeviceMobileAppConfigurationListQuery;
  },
  options?: PageOptions,
): Paged<DeviceConfigurationCollectionResponse>;
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
export declare function getDeviceConfiguration(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfiguration>>;
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
export declare function getDeviceConfigurationDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>>;
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
export declare function listDeviceConfigurationDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>>;
/** Every item of {@link listDeviceConfigurationDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listDeviceConfigurationDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse>;
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
export declare function getDeviceConfigurationDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getDeviceConfigurationGroupAssignmentDeviceConfiguration(
  client: GraphClient,
  params: GroupAssignmentsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfiguration>>;
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
export declare function getDeviceConfigurationRootCertificateDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>>;
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
export declare function listDeviceConfigurationRootCertificateDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>>;
/** Every item of {@link listDeviceConfigurationRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listDeviceConfigurationRootCertificateDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse>;
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
export declare function getDeviceConfigurationRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getIosScepCertificateProfileRootCertificateDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>>;
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
export declare function listIosScepCertificateProfileRootCertificateDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>>;
/** Every item of {@link listIosScepCertificateProfileRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listIosScepCertificateProfileRootCertificateDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse>;
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
export declare function getIosScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: IosScepCertificateProfileRootCertificateDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>>;
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
export declare function listMacOSScepCertificateProfileRootCertificateDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>>;
/** Every item of {@link listMacOSScepCertificateProfileRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listMacOSScepCertificateProfileRootCertificateDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse>;
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
export declare function getMacOSScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function listWindowsDomainJoinNetworkAccessConfigurations(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationListQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationCollectionResponse>>;
/** Every item of {@link listWindowsDomainJoinNetworkAccessConfigurations}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listWindowsDomainJoinNetworkAccessConfigurationsAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationListQuery;
  },
  options?: PageOptions,
): Paged<DeviceConfigurationCollectionResponse>;
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
export declare function getWindowsDomainJoinNetworkAccessConfiguration(
  client: GraphClient,
  params: NetworkAccessConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfiguration>>;
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
export declare function getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>>;
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
export declare function listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>>;
/** Every item of {@link listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse>;
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
export declare function getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>>;
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
export declare function listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>>;
/** Every item of {@link listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse>;
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
export declare function getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(
  client: GraphClient,
  params: WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
export declare function getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>>;
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
export declare function listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>>;
/** Every item of {@link listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses}, page after page; `.pages()` for the pages and their nextLinks. */
export declare function listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusesAll(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse>;
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
export declare function getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
