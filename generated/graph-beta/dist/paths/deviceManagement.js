// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.
import { pathSegment } from '../runtime/index.js';
/** The template {@link deviceConfigurationsItemDeviceStatusesItemPath} fills in. */
export const deviceConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceConfigurationsItemRootCertificateDeviceStatusesItemPath} fills in. */
export const deviceConfigurationsItemRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemRootCertificateDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath} fills in. */
export const deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/identityCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link identityCertificateRootCertificateDeviceStatusesItemPath} fills in. */
export const identityCertificateRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function identityCertificateRootCertificateDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/identityCertificate/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link iosScepCertificateProfileRootCertificateDeviceStatusesItemPath} fills in. */
export const iosScepCertificateProfileRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosScepCertificateProfileRootCertificateDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath} fills in. */
export const windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link rootCertificateForServerValidationDeviceStatusesItemPath} fills in. */
export const rootCertificateForServerValidationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function rootCertificateForServerValidationDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link macOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath} fills in. */
export const macOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function macOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link windowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath} fills in. */
export const windowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function windowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
  params,
) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link rootCertificatesForServerValidationItemDeviceStatusesItemPath} fills in. */
export const rootCertificatesForServerValidationItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function rootCertificatesForServerValidationItemDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/${pathSegment('windows81TrustedRootCertificateId', params.windows81TrustedRootCertificateId)}/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
