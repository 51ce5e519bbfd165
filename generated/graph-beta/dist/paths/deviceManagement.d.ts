// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
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
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
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
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
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
  /** Key of the deviceConfigurationDeviceStatus to update. */
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
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface IosScepCertificateProfileRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
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
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface WindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
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
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface RootCertificateForServerValidationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
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
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface MacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link macOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath} fills in. */
export declare const macOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function macOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
  params: MacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface WindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link windowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath} fills in. */
export declare const windowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function windowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
  params: WindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface RootCertificatesForServerValidationItemDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the windows81TrustedRootCertificate among the rootCertificatesForServerValidation of a windowsWifiEnterpriseEAPConfiguration. */
  windows81TrustedRootCertificateId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
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
