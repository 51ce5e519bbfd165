// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** The template {@link deviceConfigurationsPath} fills in. */
export declare const deviceConfigurationsPathTemplate = '/deviceManagement/deviceConfigurations';
/** Builds `/deviceManagement/deviceConfigurations`. */
export declare function deviceConfigurationsPath(): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}` and of the paths below it. */
export interface DeviceConfigurationsItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
}
/** The template {@link deviceConfigurationsItemPath} fills in. */
export declare const deviceConfigurationsItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemPath(params: DeviceConfigurationsItemParams): string;
/** The template {@link deviceConfigurationsItemDeviceStatusOverviewPath} fills in. */
export declare const deviceConfigurationsItemDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string;
/** The template {@link deviceConfigurationsItemDeviceStatusesPath} fills in. */
export declare const deviceConfigurationsItemDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemDeviceStatusesPath(params: DeviceConfigurationsItemParams): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceConfigurationsItemDeviceStatusesItemPath} fills in. */
export declare const deviceConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemDeviceStatusesItemPath(
  params: DeviceConfigurationsItemDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}` and of the paths below it. */
export interface GroupAssignmentsItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationGroupAssignment. */
  deviceConfigurationGroupAssignmentId: string | number;
}
/** The template {@link deviceConfigurationPath} fills in. */
export declare const deviceConfigurationPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationPath(params: GroupAssignmentsItemParams): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath} fills in. */
export declare const deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(
  params: DeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface IdentityCertificateRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link identityCertificateRootCertificateDeviceStatusesItemPath} fills in. */
export declare const identityCertificateRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function identityCertificateRootCertificateDeviceStatusesItemPath(
  params: IdentityCertificateRootCertificateDeviceStatusesItemParams,
): string;
/** The template {@link deviceConfigurationsItemRootCertificateDeviceStatusOverviewPath} fills in. */
export declare const deviceConfigurationsItemRootCertificateDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemRootCertificateDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string;
/** The template {@link deviceConfigurationsItemRootCertificateDeviceStatusesPath} fills in. */
export declare const deviceConfigurationsItemRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemRootCertificateDeviceStatusesPath(
  params: DeviceConfigurationsItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceConfigurationsItemRootCertificateDeviceStatusesItemPath} fills in. */
export declare const deviceConfigurationsItemRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceConfigurationsItemRootCertificateDeviceStatusesItemPath(
  params: DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
): string;
/** The template {@link iosScepCertificateProfileRootCertificateDeviceStatusOverviewPath} fills in. */
export declare const iosScepCertificateProfileRootCertificateDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function iosScepCertificateProfileRootCertificateDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string;
/** The template {@link iosScepCertificateProfileRootCertificateDeviceStatusesPath} fills in. */
export declare const iosScepCertificateProfileRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function iosScepCertificateProfileRootCertificateDeviceStatusesPath(
  params: DeviceConfigurationsItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface IosScepCertificateProfileRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link iosScepCertificateProfileRootCertificateDeviceStatusesItemPath} fills in. */
export declare const iosScepCertificateProfileRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function iosScepCertificateProfileRootCertificateDeviceStatusesItemPath(
  params: IosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
): string;
/** The template {@link macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPath} fills in. */
export declare const macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function macOSScepCertificateProfileRootCertificateDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string;
/** The template {@link macOSScepCertificateProfileRootCertificateDeviceStatusesPath} fills in. */
export declare const macOSScepCertificateProfileRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function macOSScepCertificateProfileRootCertificateDeviceStatusesPath(
  params: DeviceConfigurationsItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link macOSScepCertificateProfileRootCertificateDeviceStatusesItemPath} fills in. */
export declare const macOSScepCertificateProfileRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function macOSScepCertificateProfileRootCertificateDeviceStatusesItemPath(
  params: MacOSScepCertificateProfileRootCertificateDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface MacOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPath} fills in. */
export declare const macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function macOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemPath(
  params: MacOSWiredNetworkConfigIdentityCertForClientAuthDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface RootCertificateForServerValidationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link rootCertificateForServerValidationDeviceStatusesItemPath} fills in. */
export declare const rootCertificateForServerValidationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function rootCertificateForServerValidationDeviceStatusesItemPath(
  params: RootCertificateForServerValidationDeviceStatusesItemParams,
): string;
/** The template {@link networkAccessConfigurationsPath} fills in. */
export declare const networkAccessConfigurationsPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function networkAccessConfigurationsPath(params: DeviceConfigurationsItemParams): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}` and of the paths below it. */
export interface NetworkAccessConfigurationsItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfiguration among the networkAccessConfigurations of a windowsDomainJoinConfiguration. */
  deviceConfigurationId1: string | number;
}
/** The template {@link networkAccessConfigurationsItemPath} fills in. */
export declare const networkAccessConfigurationsItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function networkAccessConfigurationsItemPath(params: NetworkAccessConfigurationsItemParams): string;
/** The template {@link winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPath} fills in. */
export declare const winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function winPhone81SCEPCertProfileRootCertDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string;
/** The template {@link windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPath} fills in. */
export declare const windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function windowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusesPath(
  params: DeviceConfigurationsItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link winPhone81SCEPCertProfileRootCertDeviceStatusesItemPath} fills in. */
export declare const winPhone81SCEPCertProfileRootCertDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function winPhone81SCEPCertProfileRootCertDeviceStatusesItemPath(
  params: WinPhone81SCEPCertProfileRootCertDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface WindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath} fills in. */
export declare const windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function windowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(
  params: WindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
): string;
/** The template {@link identityCertificateForClientAuthenticationDeviceStatusOverviewPath} fills in. */
export declare const identityCertificateForClientAuthenticationDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function identityCertificateForClientAuthenticationDeviceStatusOverviewPath(
  params: DeviceConfigurationsItemParams,
): string;
/** The template {@link identityCertificateForClientAuthenticationDeviceStatusesPath} fills in. */
export declare const identityCertificateForClientAuthenticationDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function identityCertificateForClientAuthenticationDeviceStatusesPath(
  params: DeviceConfigurationsItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPath} fills in. */
export declare const winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function winWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemPath(
  params: WinWifiEntEAPConfigIdentityCertForClientAuthDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}` and of the paths below it. */
export interface RootCertificatesForServerValidationItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the windows81TrustedRootCertificate among the rootCertificatesForServerValidation of a windowsWifiEnterpriseEAPConfiguration. */
  windows81TrustedRootCertificateId: string | number;
}
/** The template {@link rootCertificatesForServerValidationItemDeviceStatusOverviewPath} fills in. */
export declare const rootCertificatesForServerValidationItemDeviceStatusOverviewPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function rootCertificatesForServerValidationItemDeviceStatusOverviewPath(
  params: RootCertificatesForServerValidationItemParams,
): string;
/** The template {@link rootCertificatesForServerValidationItemDeviceStatusesPath} fills in. */
export declare const rootCertificatesForServerValidationItemDeviceStatusesPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function rootCertificatesForServerValidationItemDeviceStatusesPath(
  params: RootCertificatesForServerValidationItemParams,
): string;
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
export declare const rootCertificatesForServerValidationItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function rootCertificatesForServerValidationItemDeviceStatusesItemPath(
  params: RootCertificatesForServerValidationItemDeviceStatusesItemParams,
): string;
