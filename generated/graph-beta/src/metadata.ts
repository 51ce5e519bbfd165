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
export const updateIosLobAppProvisioningConfigurationDeviceStatus: OperationMetadata = {
  operationId: 'updateIosLobAppProvisioningConfigurationDeviceStatus',
  method: 'PATCH',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses/{managedDeviceMobileAppProvisioningConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: 'notSupported',
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappprovisioningconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses`: the operation updateIosLobAppProvisioningConfigurationDeviceStatuses as the API description has it. */
export const updateIosLobAppProvisioningConfigurationDeviceStatuses: OperationMetadata = {
  operationId: 'updateIosLobAppProvisioningConfigurationDeviceStatuses',
  method: 'PATCH',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/deviceStatuses',
  permissions: {
    delegatedWorkOrSchool: 'notDocumented',
    delegatedPersonalMicrosoftAccount: 'notDocumented',
    application: 'notDocumented',
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/manageddevicemobileappconfigurationdevicestatus-update?view=graph-rest-beta',
  deprecated:
    'Documented only by an unfinished draft page: PATCH on the deviceStatuses collection (no item key) although the page returns a single object, permissions, metadata and author left as TODO placeholders, and examples that show type names instead of values. The operation may not exist on the service.',
};

/** `PATCH /deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation updateMobileAppConfigurationUserStatus as the API description has it. */
export const updateMobileAppConfigurationUserStatus: OperationMetadata = {
  operationId: 'updateMobileAppConfigurationUserStatus',
  method: 'PATCH',
  path: '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-update?view=graph-rest-beta',
};

/** `PATCH /deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`: the operation updateIosLobAppProvisioningConfigurationUserStatus as the API description has it. */
export const updateIosLobAppProvisioningConfigurationUserStatus: OperationMetadata = {
  operationId: 'updateIosLobAppProvisioningConfigurationUserStatus',
  method: 'PATCH',
  path: '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-apps-manageddevicemobileappconfigurationuserstatus-update?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationDeviceStatus as the API description has it. */
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

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationRootCertificateDeviceStatus as the API description has it. */
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
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationIdentityCertificateDeviceStatus as the API description has it. */
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
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus as the API description has it. */
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
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus as the API description has it. */
export const updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus: OperationMetadata = {
  operationId: 'updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus',
  method: 'PATCH',
  path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
  permissions: {
    delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
    delegatedPersonalMicrosoftAccount: 'notSupported',
    application: ['DeviceManagementConfiguration.ReadWrite.All'],
  },
  docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
};

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus as the API description has it. */
export const updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus: OperationMetadata =
  {
    operationId: 'updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus',
    method: 'PATCH',
    path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}',
    permissions: {
      delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
      delegatedPersonalMicrosoftAccount: 'notSupported',
      application: ['DeviceManagementConfiguration.ReadWrite.All'],
    },
    docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  };

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus as the API description has it. */
export const updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus: OperationMetadata =
  {
    operationId:
      'updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus',
    method: 'PATCH',
    path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}',
    permissions: {
      delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
      delegatedPersonalMicrosoftAccount: 'notSupported',
      application: ['DeviceManagementConfiguration.ReadWrite.All'],
    },
    docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  };

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus as the API description has it. */
export const updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus: OperationMetadata =
  {
    operationId:
      'updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus',
    method: 'PATCH',
    path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}',
    permissions: {
      delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
      delegatedPersonalMicrosoftAccount: 'notSupported',
      application: ['DeviceManagementConfiguration.ReadWrite.All'],
    },
    docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  };

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus as the API description has it. */
export const updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus: OperationMetadata =
  {
    operationId:
      'updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus',
    method: 'PATCH',
    path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}',
    permissions: {
      delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
      delegatedPersonalMicrosoftAccount: 'notSupported',
      application: ['DeviceManagementConfiguration.ReadWrite.All'],
    },
    docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  };

/** `PATCH /deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`: the operation updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus as the API description has it. */
export const updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus: OperationMetadata =
  {
    operationId:
      'updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus',
    method: 'PATCH',
    path: '/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}',
    permissions: {
      delegatedWorkOrSchool: ['DeviceManagementConfiguration.ReadWrite.All'],
      delegatedPersonalMicrosoftAccount: 'notSupported',
      application: ['DeviceManagementConfiguration.ReadWrite.All'],
    },
    docs: 'https://learn.microsoft.com/en-us/graph/api/intune-deviceconfig-deviceconfigurationdevicestatus-update?view=graph-rest-beta',
  };
