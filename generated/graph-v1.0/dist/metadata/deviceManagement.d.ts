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
