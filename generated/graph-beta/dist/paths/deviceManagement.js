// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.
import { pathSegment } from '../runtime/index.js';
/** The template {@link deviceManagementDeviceConfigurationsItemDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/identityCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPath(
  params,
) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/identityCertificate/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPath(
  params,
) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(
  params,
) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPath(
  params,
) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
  params,
) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
  params,
) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPath} fills in. */
export const deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPath(
  params,
) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/${pathSegment('windows81TrustedRootCertificateId', params.windows81TrustedRootCertificateId)}/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
