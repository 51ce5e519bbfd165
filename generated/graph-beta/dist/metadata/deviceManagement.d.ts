// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type { OperationMetadata } from '../metadata.js';
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
