// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceManagementDeviceConfigurationsItemDeviceStatusesItemPath} fills in. */
export declare const deviceManagementDeviceConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPath} fills in. */
export declare const deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath} fills in. */
export declare const deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPath} fills in. */
export declare const deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPath} fills in. */
export declare const deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath} fills in. */
export declare const deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPath} fills in. */
export declare const deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath} fills in. */
export declare const deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
): string;
/** Path parameters of `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` and of the paths below it. */
export interface DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams {
  /** Key of the deviceConfiguration. */
  deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */
  deviceConfigurationDeviceStatusId: string | number;
}
/** The template {@link deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath} fills in. */
export declare const deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemParams,
): string;
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
export declare const deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPath(
  params: DeviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemParams,
): string;
