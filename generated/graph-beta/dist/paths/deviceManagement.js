// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.
import { pathSegment } from '../runtime/index.js';
/** The template {@link deviceConfigurationsPath} fills in. */
export const deviceConfigurationsPathTemplate = '/deviceManagement/deviceConfigurations';
/** Builds `/deviceManagement/deviceConfigurations`. */
export function deviceConfigurationsPath() {
  return '/deviceManagement/deviceConfigurations';
}
/** The template {@link deviceConfigurationsItemPath} fills in. */
export const deviceConfigurationsItemPathTemplate = '/deviceManagement/deviceConfigurations/{deviceConfigurationId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}`;
}
/** The template {@link deviceConfigurationsItemDeviceStatusOverviewPath} fills in. */
export const deviceConfigurationsItemDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemDeviceStatusOverviewPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatusOverview`;
}
/** The template {@link deviceConfigurationsItemDeviceStatusesPath} fills in. */
export const deviceConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemDeviceStatusesPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatuses`;
}
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
/** The template {@link deviceConfigurationPath} fills in. */
export const deviceConfigurationPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/groupAssignments/${pathSegment('deviceConfigurationGroupAssignmentId', params.deviceConfigurationGroupAssignmentId)}/deviceConfiguration`;
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
/** The template {@link deviceConfigurationsItemRootCertificateDeviceStatusOverviewPath} fills in. */
export const deviceConfigurationsItemRootCertificateDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemRootCertificateDeviceStatusOverviewPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/rootCertificate/deviceStatusOverview`;
}
/** The template {@link deviceConfigurationsItemRootCertificateDeviceStatusesPath} fills in. */
export const deviceConfigurationsItemRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemRootCertificateDeviceStatusesPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/rootCertificate/deviceStatuses`;
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
/** The template {@link iosScepCertificateProfileRootCertificateDeviceStatusOverviewPath} fills in. */
export const iosScepCertificateProfileRootCertificateDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosScepCertificateProfileRootCertificateDeviceStatusOverviewPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview`;
}
/** The template {@link iosScepCertificateProfileRootCertificateDeviceStatusesPath} fills in. */
export const iosScepCertificateProfileRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosScepCertificateProfileRootCertificateDeviceStatusesPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`;
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
/** The template {@link macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPath} fills in. */
export const macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview`;
}
/** The template {@link macOSScepCertificateProfileRootCertificateDeviceStatusesPath} fills in. */
export const macOSScepCertificateProfileRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function macOSScepCertificateProfileRootCertificateDeviceStatusesPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`;
}
/** The template {@link macOSScepCertificateProfileRootCertificateDeviceStatusesItemPath} fills in. */
export const macOSScepCertificateProfileRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function macOSScepCertificateProfileRootCertificateDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPath} fills in. */
export const macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
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
/** The template {@link networkAccessConfigurationsPath} fills in. */
export const networkAccessConfigurationsPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function networkAccessConfigurationsPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations`;
}
/** The template {@link networkAccessConfigurationsItemPath} fills in. */
export const networkAccessConfigurationsItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function networkAccessConfigurationsItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/${pathSegment('deviceConfigurationId1', params.deviceConfigurationId1)}`;
}
/** The template {@link winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPath} fills in. */
export const winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview`;
}
/** The template {@link windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPath} fills in. */
export const windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`;
}
/** The template {@link winPhone81SCEPCertProfileRootCertDeviceStatusesItemPath} fills in. */
export const winPhone81SCEPCertProfileRootCertDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function winPhone81SCEPCertProfileRootCertDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
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
/** The template {@link identityCertificateForClientAuthenticationDeviceStatusOverviewPath} fills in. */
export const identityCertificateForClientAuthenticationDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function identityCertificateForClientAuthenticationDeviceStatusOverviewPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview`;
}
/** The template {@link identityCertificateForClientAuthenticationDeviceStatusesPath} fills in. */
export const identityCertificateForClientAuthenticationDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function identityCertificateForClientAuthenticationDeviceStatusesPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`;
}
/** The template {@link winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPath} fills in. */
export const winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
/** The template {@link rootCertificatesForServerValidationItemDeviceStatusOverviewPath} fills in. */
export const rootCertificatesForServerValidationItemDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function rootCertificatesForServerValidationItemDeviceStatusOverviewPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/${pathSegment('windows81TrustedRootCertificateId', params.windows81TrustedRootCertificateId)}/deviceStatusOverview`;
}
/** The template {@link rootCertificatesForServerValidationItemDeviceStatusesPath} fills in. */
export const rootCertificatesForServerValidationItemDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function rootCertificatesForServerValidationItemDeviceStatusesPath(params) {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/${pathSegment('windows81TrustedRootCertificateId', params.windows81TrustedRootCertificateId)}/deviceStatuses`;
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
