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
