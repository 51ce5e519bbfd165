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
/** `GET /deviceAppManagement/mobileAppConfigurations` */
export declare const listMobileAppConfigurations: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}` */
export declare const getMobileAppConfiguration: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatusSummary` */
export declare const getMobileAppConfigurationDeviceStatusSummary: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses` */
export declare const listMobileAppConfigurationDeviceStatuses: OperationMetadata;
/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses` */
export declare const createMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export declare const getMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export declare const deleteMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export declare const updateMobileAppConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses` */
export declare const listMobileAppConfigurationUserStatuses: OperationMetadata;
/** `POST /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses` */
export declare const createMobileAppConfigurationUserStatus: OperationMetadata;
/** `GET /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export declare const getMobileAppConfigurationUserStatus: OperationMetadata;
/** `DELETE /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export declare const deleteMobileAppConfigurationUserStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export declare const updateMobileAppConfigurationUserStatus: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations` */
export declare const listIosLobAppProvisioningConfigurations: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}` */
export declare const getIosLobAppProvisioningConfiguration: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses` */
export declare const listIosLobAppProvisioningConfigurationDeviceStatuses: OperationMetadata;
/** `POST /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses` */
export declare const createIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses` */
export declare const updateIosLobAppProvisioningConfigurationDeviceStatuses: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export declare const getIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata;
/** `DELETE /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export declare const deleteIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}` */
export declare const updateIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses` */
export declare const listIosLobAppProvisioningConfigurationUserStatuses: OperationMetadata;
/** `POST /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses` */
export declare const createIosLobAppProvisioningConfigurationUserStatus: OperationMetadata;
/** `GET /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export declare const getIosLobAppProvisioningConfigurationUserStatus: OperationMetadata;
/** `DELETE /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export declare const deleteIosLobAppProvisioningConfigurationUserStatus: OperationMetadata;
/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}` */
export declare const updateIosLobAppProvisioningConfigurationUserStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations` */
export declare const listDeviceConfigurations: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}` */
export declare const getDeviceConfiguration: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview` */
export declare const getDeviceConfigurationDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses` */
export declare const listDeviceConfigurationDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses` */
export declare const createDeviceConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const getDeviceConfigurationDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const deleteDeviceConfigurationDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateDeviceConfigurationDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration` */
export declare const getDeviceConfigurationGroupAssignmentDeviceConfiguration: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateDeviceConfigurationIdentityCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview` */
export declare const getDeviceConfigurationRootCertificateDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses` */
export declare const listDeviceConfigurationRootCertificateDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses` */
export declare const createDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const getDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const deleteDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview` */
export declare const getIosScepCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses` */
export declare const listIosScepCertificateProfileRootCertificateDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses` */
export declare const createIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const getIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const deleteIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview` */
export declare const getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses` */
export declare const listMacOSScepCertificateProfileRootCertificateDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses` */
export declare const createMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const getMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const deleteMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateMacOSWiredNetworkRootCertificateForServerDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations` */
export declare const listWindowsDomainJoinNetworkAccessConfigurations: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}` */
export declare const getWindowsDomainJoinNetworkAccessConfiguration: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview` */
export declare const getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses` */
export declare const listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses` */
export declare const createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateWindowsPhone81VpnIdentityCertificateDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview` */
export declare const getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses` */
export declare const listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses` */
export declare const createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview` */
export declare const getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses` */
export declare const listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses: OperationMetadata;
/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses` */
export declare const createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata;
/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata;
/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata;
/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export declare const updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata;
