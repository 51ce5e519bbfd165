// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type { OperationMetadata } from '../metadata.js';

/** `GET /deviceManagement/deviceConfigurations` */
export const listDeviceConfigurations: OperationMetadata = {
  operationId: 'listDeviceConfigurations',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}` */
export const getDeviceConfiguration: OperationMetadata = {
  operationId: 'getDeviceConfiguration',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview` */
export const getDeviceConfigurationDeviceStatusOverview: OperationMetadata = {
  operationId: 'getDeviceConfigurationDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses` */
export const listDeviceConfigurationDeviceStatuses: OperationMetadata = {
  operationId: 'listDeviceConfigurationDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses` */
export const createDeviceConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'createDeviceConfigurationDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getDeviceConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'getDeviceConfigurationDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteDeviceConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'deleteDeviceConfigurationDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateDeviceConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'updateDeviceConfigurationDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration` */
export const getDeviceConfigurationGroupAssignmentDeviceConfiguration: OperationMetadata = {
  operationId: 'getDeviceConfigurationGroupAssignmentDeviceConfiguration',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateDeviceConfigurationIdentityCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateDeviceConfigurationIdentityCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview` */
export const getDeviceConfigurationRootCertificateDeviceStatusOverview: OperationMetadata = {
  operationId: 'getDeviceConfigurationRootCertificateDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses` */
export const listDeviceConfigurationRootCertificateDeviceStatuses: OperationMetadata = {
  operationId: 'listDeviceConfigurationRootCertificateDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses` */
export const createDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'createDeviceConfigurationRootCertificateDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'getDeviceConfigurationRootCertificateDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'deleteDeviceConfigurationRootCertificateDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateDeviceConfigurationRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateDeviceConfigurationRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  deprecated:
    "A deviceConfiguration has no rootCertificate or identityCertificate navigation property: these certificates belong to derived profile types (such as iosScepCertificateProfile, macOSScepCertificateProfile, windowsPhone81SCEPCertificateProfile and windowsPhone81VpnConfiguration), and Microsoft's published API description has no such path. The call most likely fails; address the certificate through the profile's type instead, with the functions named after it (such as listIosScepCertificateProfileRootCertificateDeviceStatuses or updateWindowsPhone81VpnIdentityCertificateDeviceStatus).",
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview` */
export const getIosScepCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata = {
  operationId: 'getIosScepCertificateProfileRootCertificateDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses` */
export const listIosScepCertificateProfileRootCertificateDeviceStatuses: OperationMetadata = {
  operationId: 'listIosScepCertificateProfileRootCertificateDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses` */
export const createIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'createIosScepCertificateProfileRootCertificateDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'getIosScepCertificateProfileRootCertificateDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'deleteIosScepCertificateProfileRootCertificateDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateIosScepCertificateProfileRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview` */
export const getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata = {
  operationId: 'getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses` */
export const listMacOSScepCertificateProfileRootCertificateDeviceStatuses: OperationMetadata = {
  operationId: 'listMacOSScepCertificateProfileRootCertificateDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses` */
export const createMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'createMacOSScepCertificateProfileRootCertificateDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'getMacOSScepCertificateProfileRootCertificateDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'deleteMacOSScepCertificateProfileRootCertificateDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateMacOSScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateMacOSScepCertificateProfileRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus: OperationMetadata = {
  operationId: 'updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateMacOSWiredNetworkRootCertificateForServerDeviceStatus: OperationMetadata = {
  operationId: 'updateMacOSWiredNetworkRootCertificateForServerDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations` */
export const listWindowsDomainJoinNetworkAccessConfigurations: OperationMetadata = {
  operationId: 'listWindowsDomainJoinNetworkAccessConfigurations',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-list?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}` */
export const getWindowsDomainJoinNetworkAccessConfiguration: OperationMetadata = {
  operationId: 'getWindowsDomainJoinNetworkAccessConfiguration',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfiguration-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview` */
export const getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview: OperationMetadata = {
  operationId: 'getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses` */
export const listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses: OperationMetadata = {
  operationId: 'listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses` */
export const createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateWindowsPhone81VpnIdentityCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateWindowsPhone81VpnIdentityCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview` */
export const getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview: OperationMetadata = {
  operationId: 'getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses` */
export const listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses: OperationMetadata = {
  operationId: 'listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses` */
export const createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata = {
  operationId: 'createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata = {
  operationId: 'getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata = {
  operationId: 'deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus: OperationMetadata = {
  operationId: 'updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview` */
export const getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview: OperationMetadata = {
  operationId: 'getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdeviceoverview-get?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses` */
export const listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses: OperationMetadata = {
  operationId: 'listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-list?view=graph-rest-beta',
};

/** `POST /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses` */
export const createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata = {
  operationId: 'createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
  method: 'POST',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-create?view=graph-rest-beta',
};

/** `GET /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata = {
  operationId: 'getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
  method: 'GET',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-get?view=graph-rest-beta',
};

/** `DELETE /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata = {
  operationId: 'deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
  method: 'DELETE',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-delete?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}` */
export const updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus: OperationMetadata = {
  operationId: 'updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};
