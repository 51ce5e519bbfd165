// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type { OperationMetadata } from '../metadata.js';
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
