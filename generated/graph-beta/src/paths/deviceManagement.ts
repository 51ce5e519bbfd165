// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { pathSegment } from '../runtime/index.js';

/** The template {@link deviceConfigurationsPath} fills in. */
export const deviceConfigurationsPathTemplate = '/deviceManagement/deviceConfigurations';

/** Builds `/deviceManagement/deviceConfigurations`. */
export function deviceConfigurationsPath(): string {
  return '/deviceManagement/deviceConfigurations';
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}` and of the paths below it. */
export interface DeviceConfigurationsItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
}

/** The template {@link deviceConfigurationsItemPath} fills in. */
export const deviceConfigurationsItemPathTemplate = '/deviceManagement/deviceConfigurations/{deviceConfigurationId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemPath(params: DeviceConfigurationsItemParams): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}`;
}

/** The template {@link deviceConfigurationsItemDeviceStatusOverviewPath} fills in. */
export const deviceConfigurationsItemDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemDeviceStatusOverviewPath(params: DeviceConfigurationsItemParams): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatusOverview`;
}

/** The template {@link deviceConfigurationsItemDeviceStatusesPath} fills in. */
export const deviceConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemDeviceStatusesPath(params: DeviceConfigurationsItemParams): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatuses`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceConfigurationsItemDeviceStatusesItemPath} fills in. */
export const deviceConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemDeviceStatusesItemPath(
  params: DeviceConfigurationsItemDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}` and of the paths below it. */
export interface GroupAssignmentsItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationGroupAssignment. */
  deviceConfigurationGroupAssignmentId: string | number;
}

/** The template {@link deviceConfigurationPath} fills in. */
export const deviceConfigurationPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationPath(params: GroupAssignmentsItemParams): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/groupAssignments/${pathSegment('deviceConfigurationGroupAssignmentId', params.deviceConfigurationGroupAssignmentId)}/deviceConfiguration`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath} fills in. */
export const deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(
  params: DeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/identityCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface IdentityCertificateRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link identityCertificateRootCertificateDeviceStatusesItemPath} fills in. */
export const identityCertificateRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function identityCertificateRootCertificateDeviceStatusesItemPath(
  params: IdentityCertificateRootCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/identityCertificate/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** The template {@link deviceConfigurationsItemRootCertificateDeviceStatusOverviewPath} fills in. */
export const deviceConfigurationsItemRootCertificateDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemRootCertificateDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/rootCertificate/deviceStatusOverview`;
}

/** The template {@link deviceConfigurationsItemRootCertificateDeviceStatusesPath} fills in. */
export const deviceConfigurationsItemRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemRootCertificateDeviceStatusesPath(
  params: DeviceConfigurationsItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/rootCertificate/deviceStatuses`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link deviceConfigurationsItemRootCertificateDeviceStatusesItemPath} fills in. */
export const deviceConfigurationsItemRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function deviceConfigurationsItemRootCertificateDeviceStatusesItemPath(
  params: DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** The template {@link iosScepCertificateProfileRootCertificateDeviceStatusOverviewPath} fills in. */
export const iosScepCertificateProfileRootCertificateDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosScepCertificateProfileRootCertificateDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview`;
}

/** The template {@link iosScepCertificateProfileRootCertificateDeviceStatusesPath} fills in. */
export const iosScepCertificateProfileRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosScepCertificateProfileRootCertificateDeviceStatusesPath(
  params: DeviceConfigurationsItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface IosScepCertificateProfileRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link iosScepCertificateProfileRootCertificateDeviceStatusesItemPath} fills in. */
export const iosScepCertificateProfileRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function iosScepCertificateProfileRootCertificateDeviceStatusesItemPath(
  params: IosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** The template {@link macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPath} fills in. */
export const macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview`;
}

/** The template {@link macOSScepCertificateProfileRootCertificateDeviceStatusesPath} fills in. */
export const macOSScepCertificateProfileRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function macOSScepCertificateProfileRootCertificateDeviceStatusesPath(
  params: DeviceConfigurationsItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link macOSScepCertificateProfileRootCertificateDeviceStatusesItemPath} fills in. */
export const macOSScepCertificateProfileRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function macOSScepCertificateProfileRootCertificateDeviceStatusesItemPath(
  params: MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface MacOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPath} fills in. */
export const macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPath(
  params: MacOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface RootCertificateForServerValidationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link rootCertificateForServerValidationDeviceStatusesItemPath} fills in. */
export const rootCertificateForServerValidationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function rootCertificateForServerValidationDeviceStatusesItemPath(
  params: RootCertificateForServerValidationDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** The template {@link networkAccessConfigurationsPath} fills in. */
export const networkAccessConfigurationsPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function networkAccessConfigurationsPath(params: DeviceConfigurationsItemParams): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}` and of the paths below it. */
export interface NetworkAccessConfigurationsItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfiguration among the networkAccessConfigurations of a windowsDomainJoinConfiguration. */
  deviceConfigurationId1: string | number;
}

/** The template {@link networkAccessConfigurationsItemPath} fills in. */
export const networkAccessConfigurationsItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function networkAccessConfigurationsItemPath(params: NetworkAccessConfigurationsItemParams): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/${pathSegment('deviceConfigurationId1', params.deviceConfigurationId1)}`;
}

/** The template {@link winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPath} fills in. */
export const winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview`;
}

/** The template {@link windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPath} fills in. */
export const windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPath(
  params: DeviceConfigurationsItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link winPhone81SCEPCertProfileRootCertDeviceStatusesItemPath} fills in. */
export const winPhone81SCEPCertProfileRootCertDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function winPhone81SCEPCertProfileRootCertDeviceStatusesItemPath(
  params: WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface WindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath} fills in. */
export const windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(
  params: WindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** The template {@link identityCertificateForClientAuthenticationDeviceStatusOverviewPath} fills in. */
export const identityCertificateForClientAuthenticationDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function identityCertificateForClientAuthenticationDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview`;
}

/** The template {@link identityCertificateForClientAuthenticationDeviceStatusesPath} fills in. */
export const identityCertificateForClientAuthenticationDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function identityCertificateForClientAuthenticationDeviceStatusesPath(
  params: DeviceConfigurationsItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPath} fills in. */
export const winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPath(
  params: WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}` and of the paths below it. */
export interface RootCertificatesForServerValidationItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the windows81TrustedRootCertificate among the rootCertificatesForServerValidation of a windowsWifiEnterpriseEAPConfiguration. */
  windows81TrustedRootCertificateId: string | number;
}

/** The template {@link rootCertificatesForServerValidationItemDeviceStatusOverviewPath} fills in. */
export const rootCertificatesForServerValidationItemDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function rootCertificatesForServerValidationItemDeviceStatusOverviewPath(
  params: RootCertificatesForServerValidationItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/${pathSegment('windows81TrustedRootCertificateId', params.windows81TrustedRootCertificateId)}/deviceStatusOverview`;
}

/** The template {@link rootCertificatesForServerValidationItemDeviceStatusesPath} fills in. */
export const rootCertificatesForServerValidationItemDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function rootCertificatesForServerValidationItemDeviceStatusesPath(
  params: RootCertificatesForServerValidationItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/${pathSegment('windows81TrustedRootCertificateId', params.windows81TrustedRootCertificateId)}/deviceStatuses`;
}

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface RootCertificatesForServerValidationItemDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the windows81TrustedRootCertificate among the rootCertificatesForServerValidation of a windowsWifiEnterpriseEAPConfiguration. */
  windows81TrustedRootCertificateId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}

/** The template {@link rootCertificatesForServerValidationItemDeviceStatusesItemPath} fills in. */
export const rootCertificatesForServerValidationItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';

/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export function rootCertificatesForServerValidationItemDeviceStatusesItemPath(
  params: RootCertificatesForServerValidationItemDeviceStatusesItemParams,
): string {
  return `/deviceManagement/deviceConfigurations/${pathSegment('deviceConfigurationId', params.deviceConfigurationId)}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/${pathSegment('windows81TrustedRootCertificateId', params.windows81TrustedRootCertificateId)}/deviceStatuses/${pathSegment('deviceConfigurationDeviceStatusId', params.deviceConfigurationDeviceStatusId)}`;
}
