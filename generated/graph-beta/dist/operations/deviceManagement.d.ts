import type { DeviceConfigurationDeviceStatus, DeviceConfigurationDeviceStatusUpdate } from '../models.js';
import type { GraphClient, GraphResult, RequestOptions } from '../runtime/index.js';
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export declare function updateDeviceConfigurationDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the deviceConfiguration. */
    deviceConfigurationId: string | number;
    /** Key of the deviceConfigurationDeviceStatus to update. */
    deviceConfigurationDeviceStatusId: string | number;
  },
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export declare function updateDeviceConfigurationRootCertificateDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the deviceConfiguration. */
    deviceConfigurationId: string | number;
    /** Key of the deviceConfigurationDeviceStatus to update. */
    deviceConfigurationDeviceStatusId: string | number;
  },
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export declare function updateDeviceConfigurationIdentityCertificateDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the deviceConfiguration. */
    deviceConfigurationId: string | number;
    /** Key of the deviceConfigurationDeviceStatus to update. */
    deviceConfigurationDeviceStatusId: string | number;
  },
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export declare function updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the deviceConfiguration. */
    deviceConfigurationId: string | number;
    /** Key of the deviceConfigurationDeviceStatus to update. */
    deviceConfigurationDeviceStatusId: string | number;
  },
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export declare function updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the deviceConfiguration. */
    deviceConfigurationId: string | number;
    /** Key of the deviceConfigurationDeviceStatus to update. */
    deviceConfigurationDeviceStatusId: string | number;
  },
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export declare function updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the deviceConfiguration. */
    deviceConfigurationId: string | number;
    /** Key of the deviceConfigurationDeviceStatus to update. */
    deviceConfigurationDeviceStatusId: string | number;
  },
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export declare function updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the deviceConfiguration. */
    deviceConfigurationId: string | number;
    /** Key of the deviceConfigurationDeviceStatus to update. */
    deviceConfigurationDeviceStatusId: string | number;
  },
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export declare function updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the deviceConfiguration. */
    deviceConfigurationId: string | number;
    /** Key of the deviceConfigurationDeviceStatus to update. */
    deviceConfigurationDeviceStatusId: string | number;
  },
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export declare function updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the deviceConfiguration. */
    deviceConfigurationId: string | number;
    /** Key of the deviceConfigurationDeviceStatus to update. */
    deviceConfigurationDeviceStatusId: string | number;
  },
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
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
 * @throws GraphError on any other status.
 * @see {@link https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta | Update deviceConfigurationDeviceStatus (Microsoft Graph beta reference; seed page 004).}
 */
export declare function updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus(
  client: GraphClient,
  params: {
    /** Key of the deviceConfiguration. */
    deviceConfigurationId: string | number;
    /** Key of the windows81TrustedRootCertificate among the rootCertificatesForServerValidation of a windowsWifiEnterpriseEAPConfiguration. */
    windows81TrustedRootCertificateId: string | number;
    /** Key of the deviceConfigurationDeviceStatus to update. */
    deviceConfigurationDeviceStatusId: string | number;
  },
  body: DeviceConfigurationDeviceStatusUpdate,
  options?: RequestOptions,
): Promise<GraphResult<DeviceConfigurationDeviceStatus>>;
