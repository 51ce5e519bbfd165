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
/** `GET /deviceAppManagement/mobileAppConfigurations`: the operation listMobileAppConfigurations as the API description has it. */
export declare const listMobileAppConfigurations: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}`: the operation getMobileAppConfiguration as the API description has it. */
export declare const getMobileAppConfiguration: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary`: the operation getMobileAppConfigurationDeviceStatusSummary as the API description has it. */
export declare const getMobileAppConfigurationDeviceStatusSummary: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses`: the operation listMobileAppConfigurationDeviceStatuses as the API description has it. */
export declare const listMobileAppConfigurationDeviceStatuses: OperationMetadata;
/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses`: the operation createMobileAppConfigurationDeviceStatus as the API description has it. */
export declare const createMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation getMobileAppConfigurationDeviceStatus as the API description has it. */
export declare const getMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation deleteMobileAppConfigurationDeviceStatus as the API description has it. */
export declare const deleteMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation updateMobileAppConfigurationDeviceStatus as the API description has it. */
export declare const updateMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses`: the operation listMobileAppConfigurationUserStatuses as the API description has it. */
export declare const listMobileAppConfigurationUserStatuses: OperationMetadata;
/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses`: the operation createMobileAppConfigurationUserStatus as the API description has it. */
export declare const createMobileAppConfigurationUserStatus: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation getMobileAppConfigurationUserStatus as the API description has it. */
export declare const getMobileAppConfigurationUserStatus: OperationMetadata;
/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation deleteMobileAppConfigurationUserStatus as the API description has it. */
export declare const deleteMobileAppConfigurationUserStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation updateMobileAppConfigurationUserStatus as the API description has it. */
export declare const updateMobileAppConfigurationUserStatus: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations`: the operation listIosLobAppProvisioningConfigurations as the API description has it. */
export declare const listIosLobAppProvisioningConfigurations: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}`: the operation getIosLobAppProvisioningConfiguration as the API description has it. */
export declare const getIosLobAppProvisioningConfiguration: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`: the operation listIosLobAppProvisioningConfigurationDeviceStatuses as the API description has it. */
export declare const listIosLobAppProvisioningConfigurationDeviceStatuses: OperationMetadata;
/** `POST /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`: the operation createIosLobAppProvisioningConfigurationDeviceStatus as the API description has it. */
export declare const createIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`: the operation updateIosLobAppProvisioningConfigurationDeviceStatuses as the API description has it. */
export declare const updateIosLobAppProvisioningConfigurationDeviceStatuses: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation getIosLobAppProvisioningConfigurationDeviceStatus as the API description has it. */
export declare const getIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata;
/** `DELETE /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation deleteIosLobAppProvisioningConfigurationDeviceStatus as the API description has it. */
export declare const deleteIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`: the operation updateIosLobAppProvisioningConfigurationDeviceStatus as the API description has it. */
export declare const updateIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses`: the operation listIosLobAppProvisioningConfigurationUserStatuses as the API description has it. */
export declare const listIosLobAppProvisioningConfigurationUserStatuses: OperationMetadata;
/** `POST /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses`: the operation createIosLobAppProvisioningConfigurationUserStatus as the API description has it. */
export declare const createIosLobAppProvisioningConfigurationUserStatus: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation getIosLobAppProvisioningConfigurationUserStatus as the API description has it. */
export declare const getIosLobAppProvisioningConfigurationUserStatus: OperationMetadata;
/** `DELETE /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation deleteIosLobAppProvisioningConfigurationUserStatus as the API description has it. */
export declare const deleteIosLobAppProvisioningConfigurationUserStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation updateIosLobAppProvisioningConfigurationUserStatus as the API description has it. */
export declare const updateIosLobAppProvisioningConfigurationUserStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations`: the operation listDeviceConfigurations as the API description has it. */
export declare const listDeviceConfigurations: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}`: the operation getDeviceConfiguration as the API description has it. */
export declare const getDeviceConfiguration: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview`: the operation getDeviceConfigurationDeviceStatusOverview as the API description has it. */
export declare const getDeviceConfigurationDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`: the operation listDeviceConfigurationDeviceStatuses as the API description has it. */
export declare const listDeviceConfigurationDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses`: the operation createDeviceConfigurationDeviceStatus as the API description has it. */
export declare const createDeviceConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getDeviceConfigurationDeviceStatus as the API description has it. */
export declare const getDeviceConfigurationDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteDeviceConfigurationDeviceStatus as the API description has it. */
export declare const deleteDeviceConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration`: the operation getDeviceConfigurationGroupAssignmentDeviceConfiguration as the API description has it. */
export declare const getDeviceConfigurationGroupAssignmentDeviceConfiguration: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationIdentityCertificateDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationIdentityCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview`: the operation getDeviceConfigurationRootCertificateDeviceStatusOverview as the API description has it. */
export declare const getDeviceConfigurationRootCertificateDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses`: the operation listDeviceConfigurationRootCertificateDeviceStatuses as the API description has it. */
export declare const listDeviceConfigurationRootCertificateDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses`: the operation createDeviceConfigurationRootCertificateDeviceStatus as the API description has it. */
export declare const createDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getDeviceConfigurationRootCertificateDeviceStatus as the API description has it. */
export declare const getDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteDeviceConfigurationRootCertificateDeviceStatus as the API description has it. */
export declare const deleteDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationRootCertificateDeviceStatus as the API description has it. */
export declare const updateDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview`: the operation getIosScepCertificateProfileRootCertificateDeviceStatusOverview as the API description has it. */
export declare const getIosScepCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`: the operation listIosScepCertificateProfileRootCertificateDeviceStatuses as the API description has it. */
export declare const listIosScepCertificateProfileRootCertificateDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`: the operation createIosScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const createIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getIosScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const getIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteIosScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const deleteIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateIosScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const updateIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview`: the operation getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview as the API description has it. */
export declare const getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`: the operation listMacOSScepCertificateProfileRootCertificateDeviceStatuses as the API description has it. */
export declare const listMacOSScepCertificateProfileRootCertificateDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`: the operation createMacOSScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const createMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getMacOSScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const getMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteMacOSScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const deleteMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateMacOSScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const updateMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus as the API description has it. */
export declare const updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateMacOSWiredNetworkRootCertificateForServerDeviceStatus as the API description has it. */
export declare const updateMacOSWiredNetworkRootCertificateForServerDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations`: the operation listWindowsDomainJoinNetworkAccessConfigurations as the API description has it. */
export declare const listWindowsDomainJoinNetworkAccessConfigurations: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}`: the operation getWindowsDomainJoinNetworkAccessConfiguration as the API description has it. */
export declare const getWindowsDomainJoinNetworkAccessConfiguration: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview`: the operation getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview as the API description has it. */
export declare const getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`: the operation listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses as the API description has it. */
export declare const listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`: the operation createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export declare const updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateWindowsPhone81VpnIdentityCertificateDeviceStatus as the API description has it. */
export declare const updateWindowsPhone81VpnIdentityCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview`: the operation getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview as the API description has it. */
export declare const getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`: the operation listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses as the API description has it. */
export declare const listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`: the operation createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus as the API description has it. */
export declare const createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus as the API description has it. */
export declare const getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus as the API description has it. */
export declare const deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus as the API description has it. */
export declare const updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview`: the operation getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview as the API description has it. */
export declare const getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`: the operation listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses as the API description has it. */
export declare const listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`: the operation createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus as the API description has it. */
export declare const createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus as the API description has it. */
export declare const getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus as the API description has it. */
export declare const deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus as the API description has it. */
export declare const updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata;
