// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** The scopes of one kind of access (least privileged first), or why there are none. */
export type PermissionList = readonly string[] | 'notSupported' | 'notDocumented';
/** The permissions an operation needs, by kind of access. */
export interface OperationPermissions {
  readonly delegatedWorkOrSchool: PermissionList;
  readonly delegatedPersonalMicrosoftAccount: PermissionList;
  readonly application: PermissionList;
}
/** What the API description says of one operation. */
export interface OperationMetadata {
  /** The operationId of the API description. */
  readonly operationId: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
  /** The path template, as the API description writes it. */
  readonly path: string;
  /** The permissions it needs; absent where the API description lists none. */
  readonly permissions?: OperationPermissions;
  /** Its documentation page. */
  readonly docs?: string;
  /** `true` when deprecated, or why the operation is doubtful. */
  readonly deprecated?: true | string;
}
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}`: the operation updateIosLobAppProvisioningConfigurationDeviceStatus as the API description has it. */
export declare const updateIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`: the operation updateIosLobAppProvisioningConfigurationDeviceStatuses as the API description has it. */
export declare const updateIosLobAppProvisioningConfigurationDeviceStatuses: OperationMetadata;
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation updateMobileAppConfigurationUserStatus as the API description has it. */
export declare const updateMobileAppConfigurationUserStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation updateIosLobAppProvisioningConfigurationUserStatus as the API description has it. */
export declare const updateIosLobAppProvisioningConfigurationUserStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationRootCertificateDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationIdentityCertificateDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationIdentityCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus: OperationMetadata;
