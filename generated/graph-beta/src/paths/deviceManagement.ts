// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { pathSegment } from '../runtime/index.js';

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceManagementDeviceConfigurationsItemDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/identityCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/identityCertificate/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the windows81TrustedRootCertificate among the rootCertificatesForServerValidation of a windowsWifiEnterpriseEAPConfiguration. */
  windows81TrustedRootCertificateId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/${pathSegment('windows81TrustedRootCertificateId', params.windows81TrustedRootCertificateId)}/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
