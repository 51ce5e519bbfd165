/** The path template `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceManagementDeviceConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemDeviceStatusesItemPath(params: {
  /** Key of the deviceConfiguration. */ deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */ deviceConfigurationDeviceStatusId: string | number;
}): string;
/** The path template `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemRootCertificateDeviceStatusesItemPath(params: {
  /** Key of the deviceConfiguration. */ deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */ deviceConfigurationDeviceStatusId: string | number;
}): string;
/** The path template `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemIdentityCertificateDeviceStatusesItemPath(params: {
  /** Key of the deviceConfiguration. */ deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */ deviceConfigurationDeviceStatusId: string | number;
}): string;
/** The path template `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemIdentityCertificateRootCertificateDeviceStatusesItemPath(params: {
  /** Key of the deviceConfiguration. */ deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */ deviceConfigurationDeviceStatusId: string | number;
}): string;
/** The path template `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemIosScepCertificateProfileRootCertificateDeviceStatusesItemPath(params: {
  /** Key of the deviceConfiguration. */ deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */ deviceConfigurationDeviceStatusId: string | number;
}): string;
/** The path template `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatusesItemPath(params: {
  /** Key of the deviceConfiguration. */ deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */ deviceConfigurationDeviceStatusId: string | number;
}): string;
/** The path template `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatusesItemPath(params: {
  /** Key of the deviceConfiguration. */ deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */ deviceConfigurationDeviceStatusId: string | number;
}): string;
/** The path template `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(params: {
  /** Key of the deviceConfiguration. */ deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */ deviceConfigurationDeviceStatusId: string | number;
}): string;
/** The path template `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatusesItemPath(params: {
  /** Key of the deviceConfiguration. */ deviceConfigurationId: string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */ deviceConfigurationDeviceStatusId: string | number;
}): string;
/** The path template `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPathTemplate =
  '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}';
/**
 * Builds `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceManagementDeviceConfigurationsItemWindowsWifiEnterpriseEAPConfigurationRootCertificatesForServerValidationItemDeviceStatusesItemPath(params: {
  /** Key of the deviceConfiguration. */ deviceConfigurationId: string | number;
  /** Key of the windows81TrustedRootCertificate among the rootCertificatesForServerValidation of a windowsWifiEnterpriseEAPConfiguration. */ windows81TrustedRootCertificateId:
    string | number;
  /** Key of the deviceConfigurationDeviceStatus to update. */ deviceConfigurationDeviceStatusId: string | number;
}): string;
