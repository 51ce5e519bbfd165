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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta | Get deviceConfiguration (Microsoft Graph beta reference)}
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta | Get deviceConfigurationDeviceOverview (Microsoft Graph beta reference)}
 */
export function getDeviceConfigurationDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>> {
  return client.send<DeviceConfigurationDeviceOverview>(
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta | Create deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta | Get deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta | Delete deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
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
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference)}
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
export function getDeviceConfigurationGroupAssignmentDeviceConfiguration(
  client: GraphClient,
  params: GroupAssignmentsItemParams & { query?: ManagedDeviceMobileAppConfigurationQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfiguration>> {
  return client.send<DeviceConfiguration>(
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
export function updateDeviceConfigurationIdentityCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus(
  client: GraphClient,
  params: IdentityCertificateRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getDeviceConfigurationRootCertificateDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>> {
  return client.send<DeviceConfigurationDeviceOverview>(
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
export function listDeviceConfigurationRootCertificateDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>> {
  return client.send<DeviceConfigurationDeviceStatusCollectionResponse>(
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
export function listDeviceConfigurationRootCertificateDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse> {
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
export function createDeviceConfigurationRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getDeviceConfigurationRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function deleteDeviceConfigurationRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateDeviceConfigurationRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getIosScepCertificateProfileRootCertificateDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>> {
  return client.send<DeviceConfigurationDeviceOverview>(
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
export function listIosScepCertificateProfileRootCertificateDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>> {
  return client.send<DeviceConfigurationDeviceStatusCollectionResponse>(
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
export function listIosScepCertificateProfileRootCertificateDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse> {
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
export function createIosScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getIosScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: IosScepCertificateProfileRootCertificateDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function deleteIosScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: IosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateIosScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: IosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>> {
  return client.send<DeviceConfigurationDeviceOverview>(
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
export function listMacOSScepCertificateProfileRootCertificateDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>> {
  return client.send<DeviceConfigurationDeviceStatusCollectionResponse>(
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
export function listMacOSScepCertificateProfileRootCertificateDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse> {
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
export function createMacOSScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getMacOSScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function deleteMacOSScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateMacOSScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus(
  client: GraphClient,
  params: MacOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function updateMacOSWiredNetworkRootCertificateForServerDeviceStatus(
  client: GraphClient,
  params: RootCertificateForServerValidationDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function listWindowsDomainJoinNetworkAccessConfigurations(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationListQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationCollectionResponse>> {
  return client.send<DeviceConfigurationCollectionResponse>(
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
export function listWindowsDomainJoinNetworkAccessConfigurationsAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationListQuery },
  options?: PageOptions,
): Paged<DeviceConfigurationCollectionResponse> {
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
export function getWindowsDomainJoinNetworkAccessConfiguration(
  client: GraphClient,
  params: NetworkAccessConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfiguration>> {
  return client.send<DeviceConfiguration>(
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
export function getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>> {
  return client.send<DeviceConfigurationDeviceOverview>(
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
export function listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>> {
  return client.send<DeviceConfigurationDeviceStatusCollectionResponse>(
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
export function listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse> {
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
export function createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function updateWindowsPhone81VpnIdentityCertificateDeviceStatus(
  client: GraphClient,
  params: WindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>> {
  return client.send<DeviceConfigurationDeviceOverview>(
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
export function listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>> {
  return client.send<DeviceConfigurationDeviceStatusCollectionResponse>(
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
export function listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusesAll(
  client: GraphClient,
  params: DeviceConfigurationsItemParams & { query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse> {
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
export function createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(
  client: GraphClient,
  params: DeviceConfigurationsItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(
  client: GraphClient,
  params: WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(
  client: GraphClient,
  params: WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus(
  client: GraphClient,
  params: WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceOverview>> {
  return client.send<DeviceConfigurationDeviceOverview>(
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
export function listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatusCollectionResponse>> {
  return client.send<DeviceConfigurationDeviceStatusCollectionResponse>(
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
export function listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusesAll(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceStatusListQuery;
  },
  options?: PageOptions,
): Paged<DeviceConfigurationDeviceStatusCollectionResponse> {
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
export function createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemParams,
  body: DeviceConfigurationDeviceStatusInput,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemDeviceStatusesItemParams & {
    query?: ManagedDeviceMobileAppConfigurationDeviceSummaryQuery;
  },
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
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
export function deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemDeviceStatusesItemParams,
  options?: RequestOptions,
): Promise<GraphResult<unknown>> {
  return client.send<unknown>(
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
export function updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus(
  client: GraphClient,
  params: RootCertificatesForServerValidationItemDeviceStatusesItemParams,
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>> {
  return client.send<DeviceConfigurationDeviceStatus>(
    {
      method: 'PATCH',
      path: rootCertificatesForServerValidationItemDeviceStatusesItemPath(params),
      body,
      permissions: 'DeviceManagementConfiguration.ReadWrite.All (delegated work or school, application)',
    },
    options,
  );
}
