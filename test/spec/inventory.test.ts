/**
 * The inventory of the curated spec, written out from the doc pages (spec/CURATION.md lists them):
 * every (version, method, path) with its operationId, its permissions table and whether it is
 * doubtful; the request and response type of each kind of operation; and every status type's
 * properties with their types (flattened through allOf). A careless edit of the spec fails here; a
 * deliberate one updates this file in the same change.
 */
import {
  VERSIONS,
  deref,
  flattenProperties,
  isObject,
  loadSpec,
  operations,
  type GraphVersion,
  type Json,
} from './helpers/spec-documents.js';

const APPS = 'DeviceManagementApps.ReadWrite.All';
const APPS_R = 'DeviceManagementApps.Read.All';
const CONFIG = 'DeviceManagementConfiguration.ReadWrite.All';
const CONFIG_R = 'DeviceManagementConfiguration.Read.All';
const NS = 'Not supported';
const DOUBTFUL = true;

const COMPLIANCE_STATUS = [
  'unknown',
  'notApplicable',
  'compliant',
  'remediated',
  'nonCompliant',
  'error',
  'conflict',
  'notAssigned',
];

type Row = string[] | string;
type Pinned = [
  method: string,
  path: string,
  operationId: string,
  permissions: [delegatedWorkOrSchool: Row, delegatedPersonalMicrosoftAccount: Row, application: Row],
  doubtful?: true,
];

const MAC = '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}';
const IOS = '/deviceAppManagement/iosLobAppProvisioningConfigurations/{iosLobAppProvisioningConfigurationId}';
const DC = '/deviceManagement/deviceConfigurations/{deviceConfigurationId}';

const OPERATIONS: Record<GraphVersion, Pinned[]> = {
  'v1.0': [
    [
      'GET',
      `/deviceAppManagement/mobileAppConfigurations`,
      'listMobileAppConfigurations',
      [[APPS_R, APPS], NS, [APPS_R, APPS]],
    ],
    ['GET', `${MAC}`, 'getMobileAppConfiguration', [[APPS_R, APPS], NS, [APPS_R, APPS]]],
    [
      'GET',
      `${MAC}/deviceStatusSummary`,
      'getMobileAppConfigurationDeviceStatusSummary',
      [[APPS_R, APPS], NS, [APPS_R, APPS]],
    ],
    ['GET', `${MAC}/deviceStatuses`, 'listMobileAppConfigurationDeviceStatuses', [[APPS_R, APPS], NS, [APPS_R, APPS]]],
    ['POST', `${MAC}/deviceStatuses`, 'createMobileAppConfigurationDeviceStatus', [[APPS], NS, [APPS]]],
    [
      'GET',
      `${MAC}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`,
      'getMobileAppConfigurationDeviceStatus',
      [[APPS_R, APPS], NS, [APPS_R, APPS]],
    ],
    [
      'PATCH',
      `${MAC}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`,
      'updateMobileAppConfigurationDeviceStatus',
      [[APPS], NS, [APPS]],
    ],
    [
      'DELETE',
      `${MAC}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`,
      'deleteMobileAppConfigurationDeviceStatus',
      [[APPS], NS, [APPS]],
    ],
    ['GET', `${MAC}/userStatuses`, 'listMobileAppConfigurationUserStatuses', [[APPS_R, APPS], NS, [APPS_R, APPS]]],
    ['POST', `${MAC}/userStatuses`, 'createMobileAppConfigurationUserStatus', [[APPS], NS, [APPS]]],
    [
      'GET',
      `${MAC}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`,
      'getMobileAppConfigurationUserStatus',
      [[APPS_R, APPS], NS, [APPS_R, APPS]],
    ],
    [
      'PATCH',
      `${MAC}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`,
      'updateMobileAppConfigurationUserStatus',
      [[APPS], NS, [APPS]],
    ],
    [
      'DELETE',
      `${MAC}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`,
      'deleteMobileAppConfigurationUserStatus',
      [[APPS], NS, [APPS]],
    ],
    [
      'GET',
      `/deviceManagement/deviceConfigurations`,
      'listDeviceConfigurations',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    ['GET', `${DC}`, 'getDeviceConfiguration', [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]]],
    [
      'GET',
      `${DC}/deviceStatusOverview`,
      'getDeviceConfigurationDeviceStatusOverview',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'GET',
      `${DC}/deviceStatuses`,
      'listDeviceConfigurationDeviceStatuses',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    ['POST', `${DC}/deviceStatuses`, 'createDeviceConfigurationDeviceStatus', [[CONFIG], NS, [CONFIG]]],
    [
      'GET',
      `${DC}/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'getDeviceConfigurationDeviceStatus',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateDeviceConfigurationDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'DELETE',
      `${DC}/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'deleteDeviceConfigurationDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
  ],
  beta: [
    [
      'GET',
      `/deviceAppManagement/mobileAppConfigurations`,
      'listMobileAppConfigurations',
      [[APPS_R, APPS], NS, [APPS_R, APPS]],
    ],
    ['GET', `${MAC}`, 'getMobileAppConfiguration', [[APPS_R, APPS], NS, [APPS_R, APPS]]],
    [
      'GET',
      `${MAC}/deviceStatusSummary`,
      'getMobileAppConfigurationDeviceStatusSummary',
      [[APPS_R, APPS], NS, [APPS_R, APPS]],
    ],
    [
      'GET',
      `${MAC}/deviceStatuses`,
      'listMobileAppConfigurationDeviceStatuses',
      [[CONFIG_R, CONFIG, APPS_R, APPS], NS, [CONFIG_R, CONFIG, APPS_R, APPS]],
    ],
    ['POST', `${MAC}/deviceStatuses`, 'createMobileAppConfigurationDeviceStatus', [[CONFIG, APPS], NS, [CONFIG, APPS]]],
    [
      'GET',
      `${MAC}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`,
      'getMobileAppConfigurationDeviceStatus',
      [[CONFIG_R, CONFIG, APPS_R, APPS], NS, [CONFIG_R, CONFIG, APPS_R, APPS]],
    ],
    [
      'PATCH',
      `${MAC}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`,
      'updateMobileAppConfigurationDeviceStatus',
      [[CONFIG, APPS], NS, [CONFIG, APPS]],
    ],
    [
      'DELETE',
      `${MAC}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`,
      'deleteMobileAppConfigurationDeviceStatus',
      [[CONFIG, APPS], NS, [CONFIG, APPS]],
    ],
    ['GET', `${MAC}/userStatuses`, 'listMobileAppConfigurationUserStatuses', [[APPS_R, APPS], NS, [APPS_R, APPS]]],
    ['POST', `${MAC}/userStatuses`, 'createMobileAppConfigurationUserStatus', [[APPS], NS, [APPS]]],
    [
      'GET',
      `${MAC}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`,
      'getMobileAppConfigurationUserStatus',
      [[APPS_R, APPS], NS, [APPS_R, APPS]],
    ],
    [
      'PATCH',
      `${MAC}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`,
      'updateMobileAppConfigurationUserStatus',
      [[CONFIG, APPS], NS, [CONFIG, APPS]],
    ],
    [
      'DELETE',
      `${MAC}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`,
      'deleteMobileAppConfigurationUserStatus',
      [[APPS], NS, [APPS]],
    ],
    [
      'GET',
      `/deviceAppManagement/iosLobAppProvisioningConfigurations`,
      'listIosLobAppProvisioningConfigurations',
      [[CONFIG_R, CONFIG, APPS_R, APPS], NS, [CONFIG_R, CONFIG, APPS_R, APPS]],
    ],
    [
      'GET',
      `${IOS}`,
      'getIosLobAppProvisioningConfiguration',
      [[CONFIG_R, CONFIG, APPS_R, APPS], NS, [CONFIG_R, CONFIG, APPS_R, APPS]],
    ],
    [
      'GET',
      `${IOS}/deviceStatuses`,
      'listIosLobAppProvisioningConfigurationDeviceStatuses',
      [[CONFIG_R, CONFIG, APPS_R, APPS], NS, [CONFIG_R, CONFIG, APPS_R, APPS]],
    ],
    [
      'POST',
      `${IOS}/deviceStatuses`,
      'createIosLobAppProvisioningConfigurationDeviceStatus',
      [[CONFIG, APPS], NS, [CONFIG, APPS]],
    ],
    [
      'PATCH',
      `${IOS}/deviceStatuses`,
      'updateIosLobAppProvisioningConfigurationDeviceStatuses',
      [[], [], []],
      DOUBTFUL,
    ],
    [
      'GET',
      `${IOS}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`,
      'getIosLobAppProvisioningConfigurationDeviceStatus',
      [[CONFIG_R, CONFIG, APPS_R, APPS], NS, [CONFIG_R, CONFIG, APPS_R, APPS]],
    ],
    [
      'PATCH',
      `${IOS}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`,
      'updateIosLobAppProvisioningConfigurationDeviceStatus',
      [[CONFIG, APPS], NS, [CONFIG, APPS]],
    ],
    [
      'DELETE',
      `${IOS}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`,
      'deleteIosLobAppProvisioningConfigurationDeviceStatus',
      [[CONFIG, APPS], NS, [CONFIG, APPS]],
    ],
    [
      'GET',
      `${IOS}/userStatuses`,
      'listIosLobAppProvisioningConfigurationUserStatuses',
      [[APPS_R, APPS], NS, [APPS_R, APPS]],
    ],
    ['POST', `${IOS}/userStatuses`, 'createIosLobAppProvisioningConfigurationUserStatus', [[APPS], NS, [APPS]]],
    [
      'GET',
      `${IOS}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`,
      'getIosLobAppProvisioningConfigurationUserStatus',
      [[APPS_R, APPS], NS, [APPS_R, APPS]],
    ],
    [
      'PATCH',
      `${IOS}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`,
      'updateIosLobAppProvisioningConfigurationUserStatus',
      [[CONFIG, APPS], NS, [CONFIG, APPS]],
    ],
    [
      'DELETE',
      `${IOS}/userStatuses/{managedDeviceMobileAppConfigurationUserStatusId}`,
      'deleteIosLobAppProvisioningConfigurationUserStatus',
      [[APPS], NS, [APPS]],
    ],
    [
      'GET',
      `/deviceManagement/deviceConfigurations`,
      'listDeviceConfigurations',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    ['GET', `${DC}`, 'getDeviceConfiguration', [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]]],
    [
      'GET',
      `${DC}/deviceStatusOverview`,
      'getDeviceConfigurationDeviceStatusOverview',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'GET',
      `${DC}/deviceStatuses`,
      'listDeviceConfigurationDeviceStatuses',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    ['POST', `${DC}/deviceStatuses`, 'createDeviceConfigurationDeviceStatus', [[CONFIG], NS, [CONFIG]]],
    [
      'GET',
      `${DC}/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'getDeviceConfigurationDeviceStatus',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateDeviceConfigurationDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'DELETE',
      `${DC}/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'deleteDeviceConfigurationDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'GET',
      `${DC}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration`,
      'getDeviceConfigurationGroupAssignmentDeviceConfiguration',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateDeviceConfigurationIdentityCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
      DOUBTFUL,
    ],
    [
      'PATCH',
      `${DC}/identityCertificate/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
      DOUBTFUL,
    ],
    [
      'GET',
      `${DC}/rootCertificate/deviceStatusOverview`,
      'getDeviceConfigurationRootCertificateDeviceStatusOverview',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
      DOUBTFUL,
    ],
    [
      'GET',
      `${DC}/rootCertificate/deviceStatuses`,
      'listDeviceConfigurationRootCertificateDeviceStatuses',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
      DOUBTFUL,
    ],
    [
      'POST',
      `${DC}/rootCertificate/deviceStatuses`,
      'createDeviceConfigurationRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
      DOUBTFUL,
    ],
    [
      'GET',
      `${DC}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'getDeviceConfigurationRootCertificateDeviceStatus',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
      DOUBTFUL,
    ],
    [
      'PATCH',
      `${DC}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateDeviceConfigurationRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
      DOUBTFUL,
    ],
    [
      'DELETE',
      `${DC}/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'deleteDeviceConfigurationRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
      DOUBTFUL,
    ],
    [
      'GET',
      `${DC}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatusOverview`,
      'getIosScepCertificateProfileRootCertificateDeviceStatusOverview',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`,
      'listIosScepCertificateProfileRootCertificateDeviceStatuses',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'POST',
      `${DC}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses`,
      'createIosScepCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'getIosScepCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateIosScepCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'DELETE',
      `${DC}/microsoft.graph.iosScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'deleteIosScepCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatusOverview`,
      'getMacOSScepCertificateProfileRootCertificateDeviceStatusOverview',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`,
      'listMacOSScepCertificateProfileRootCertificateDeviceStatuses',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'POST',
      `${DC}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses`,
      'createMacOSScepCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'getMacOSScepCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateMacOSScepCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'DELETE',
      `${DC}/microsoft.graph.macOSScepCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'deleteMacOSScepCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateMacOSWiredNetworkIdentityCertificateForClientDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateMacOSWiredNetworkRootCertificateForServerDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations`,
      'listWindowsDomainJoinNetworkAccessConfigurations',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId1}`,
      'getWindowsDomainJoinNetworkAccessConfiguration',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatusOverview`,
      'getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatusOverview',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`,
      'listWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatuses',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'POST',
      `${DC}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses`,
      'createWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'getWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'DELETE',
      `${DC}/microsoft.graph.windowsPhone81SCEPCertificateProfile/rootCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'deleteWindowsPhone81SCEPCertificateProfileRootCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateWindowsPhone81VpnIdentityCertificateDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatusOverview`,
      'getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatusOverview',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`,
      'listWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatuses',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'POST',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses`,
      'createWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'getWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'DELETE',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'deleteWindowsWifiEnterpriseEAPIdentityCertificateForClientDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatusOverview`,
      'getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatusOverview',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`,
      'listWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatuses',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'POST',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses`,
      'createWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'GET',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'getWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
      [[CONFIG_R, CONFIG], NS, [CONFIG_R, CONFIG]],
    ],
    [
      'PATCH',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'updateWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
    [
      'DELETE',
      `${DC}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/rootCertificatesForServerValidation/{windows81TrustedRootCertificateId}/deviceStatuses/{deviceConfigurationDeviceStatusId}`,
      'deleteWindowsWifiEnterpriseEAPRootCertificateForServerDeviceStatus',
      [[CONFIG], NS, [CONFIG]],
    ],
  ],
};

/** The 200/201 body of each kind of operation, by the operationId's verb and the type its path returns. */
const TYPE_BY_PATH: [RegExp, string][] = [
  [/\/deviceStatusSummary$/, 'managedDeviceMobileAppConfigurationDeviceSummary'],
  [/\/deviceStatusOverview$/, 'deviceConfigurationDeviceOverview'],
  [/^\/deviceAppManagement\/[^/]+\/[^/]+\/deviceStatuses/, 'managedDeviceMobileAppConfigurationDeviceStatus'],
  [/\/userStatuses/, 'managedDeviceMobileAppConfigurationUserStatus'],
  [/\/deviceStatuses/, 'deviceConfigurationDeviceStatus'],
  [/\/iosLobAppProvisioningConfigurations(\/\{[^}]+\})?$/, 'iosLobAppProvisioningConfiguration'],
  [/\/mobileAppConfigurations(\/\{[^}]+\})?$/, 'managedDeviceMobileAppConfiguration'],
  [
    /(deviceConfigurations(\/\{[^}]+\})?|\/deviceConfiguration|networkAccessConfigurations(\/\{[^}]+\})?)$/,
    'deviceConfiguration',
  ],
];
const RESPONSES: Record<string, (type: string) => Record<string, string | undefined>> = {
  list: (t) => ({ '200': `microsoft.graph.${t}CollectionResponse`, '4XX': 'error', '5XX': 'error' }),
  get: (t) => ({ '200': `microsoft.graph.${t}`, '4XX': 'error', '5XX': 'error' }),
  create: (t) => ({ '201': `microsoft.graph.${t}`, '4XX': 'error', '5XX': 'error' }),
  update: (t) => ({ '200': `microsoft.graph.${t}`, '204': 'noContent', '4XX': 'error', '5XX': 'error' }),
  delete: () => ({ '204': 'deleted', '4XX': 'error', '5XX': 'error' }),
};
const QUERY: Record<string, string[]> = {
  list: ['$filter', '$select', '$orderby', '$top', '$skip', '$count'],
  get: ['$select'],
};
const PARENTS = ['deviceConfiguration', 'managedDeviceMobileAppConfiguration', 'iosLobAppProvisioningConfiguration'];

// Property types as `type[/format]` (a type list joined by |), a referenced schema by name, ` readOnly` when read-only.
const ENTITY = { id: 'string readOnly', '@odata.type': 'string' };
const STATUS = 'microsoft.graph.complianceStatus';
const DATE_TIME = 'string/date-time';
const INT32 = 'integer/int32';
const NULLABLE = 'string|null';

const DEVICE_STATUS_V1 = {
  ...ENTITY,
  deviceDisplayName: NULLABLE,
  userName: NULLABLE,
  deviceModel: NULLABLE,
  complianceGracePeriodExpirationDateTime: DATE_TIME,
  status: STATUS,
  lastReportedDateTime: DATE_TIME,
  userPrincipalName: NULLABLE,
};
const DEVICE_STATUS_BETA = { ...DEVICE_STATUS_V1, platform: INT32 };
const USER_STATUS = {
  ...ENTITY,
  userDisplayName: NULLABLE,
  devicesCount: INT32,
  status: STATUS,
  lastReportedDateTime: DATE_TIME,
  userPrincipalName: NULLABLE,
};
const COUNTS = {
  ...ENTITY,
  pendingCount: INT32,
  notApplicableCount: INT32,
  successCount: INT32,
  errorCount: INT32,
  failedCount: INT32,
  lastUpdateDateTime: DATE_TIME,
  configurationVersion: INT32,
};
const BETA_COUNTS = { ...COUNTS, notApplicablePlatformCount: INT32, conflictCount: INT32 };

const STATUS_TYPES: Record<GraphVersion, Record<string, Record<string, string>>> = {
  'v1.0': {
    'microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus': DEVICE_STATUS_V1,
    'microsoft.graph.managedDeviceMobileAppConfigurationUserStatus': USER_STATUS,
    'microsoft.graph.deviceConfigurationDeviceStatus': DEVICE_STATUS_V1,
    'microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary': COUNTS,
    'microsoft.graph.deviceConfigurationDeviceOverview': COUNTS,
  },
  beta: {
    'microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus': DEVICE_STATUS_BETA,
    'microsoft.graph.managedDeviceMobileAppConfigurationUserStatus': USER_STATUS,
    'microsoft.graph.deviceConfigurationDeviceStatus': DEVICE_STATUS_BETA,
    'microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary': BETA_COUNTS,
    'microsoft.graph.deviceConfigurationDeviceOverview': BETA_COUNTS,
    // The former type of the iOS LOB provisioning statuses: five properties, seven values (CURATION C1, C2).
    'microsoft.graph.managedDeviceMobileAppProvisioningConfigurationDeviceStatus': {
      ...ENTITY,
      deviceDisplayName: 'string',
      status: 'string enum(unknown|notApplicable|compliant|remediated|nonCompliant|error|conflict)',
      lastReportedDateTime: DATE_TIME,
      userPrincipalName: 'string',
    },
  },
};

const SERVERS = (v: string) => [
  `https://graph.microsoft.com/${v}`,
  `https://graph.microsoft.us/${v}`,
  `https://dod-graph.microsoft.us/${v}`,
  `https://microsoftgraph.chinacloudapi.cn/${v}`,
];

function refName(ref: unknown): string | undefined {
  return isObject(ref) && typeof ref.$ref === 'string'
    ? ref.$ref.replace(/^#\/components\/(schemas|responses)\//, '')
    : undefined;
}

function typeOf(property: Json): string {
  if (typeof property.$ref === 'string') return property.$ref.replace('#/components/schemas/', '');
  let t = Array.isArray(property.type) ? property.type.join('|') : String(property.type);
  if (property.format) t += `/${String(property.format)}`;
  if (Array.isArray(property.enum)) t += ` enum(${property.enum.join('|')})`;
  if (property.readOnly === true) t += ' readOnly';
  return t;
}

const verbOf = (operationId: string) => /^(list|get|create|update|delete)/.exec(operationId)![1];

describe('the two documents together', () => {
  it('hold 99 operations: 21 in v1.0, 78 in beta, every name at most 80 characters', () => {
    expect(OPERATIONS['v1.0']).toHaveLength(21);
    expect(OPERATIONS.beta).toHaveLength(78);
    const names = VERSIONS.flatMap((v) => OPERATIONS[v].map((o) => o[2]));
    expect(names.filter((n) => n.length > 80)).toEqual([]);
  });
});

describe.each(VERSIONS)('inventory of %s', (version) => {
  const doc = loadSpec(version);
  const ops = operations(doc);

  it('has exactly the pinned operations, permissions and doubtful marks', () => {
    const actual = ops.map(({ method, path, operation }): Pinned => {
      const perms = operation['x-ms-permissions'] as Json;
      const row: Pinned = [
        method.toUpperCase(),
        path,
        operation.operationId as string,
        [perms.delegatedWorkOrSchool as Row, perms.delegatedPersonalMicrosoftAccount as Row, perms.application as Row],
      ];
      if (operation['x-doubtful'] === true) row.push(true);
      return row;
    });
    const byPathAndMethod = (a: Pinned, b: Pinned) => (`${a[1]} ${a[0]}` < `${b[1]} ${b[0]}` ? -1 : 1);
    expect(actual.sort(byPathAndMethod)).toEqual([...OPERATIONS[version]].sort(byPathAndMethod));
  });

  it('tags each operation with its service root', () => {
    for (const { path, operation } of ops) expect(operation.tags).toEqual([path.split('/')[1]]);
  });

  it('answers each kind of operation with its documented type, and the Graph error for 4XX and 5XX', () => {
    for (const { path, operation } of ops) {
      const verb = verbOf(String(operation.operationId));
      const type = TYPE_BY_PATH.find(([re]) => re.test(path))![1];
      const responses = operation.responses as Json;
      const actual = Object.fromEntries(
        Object.entries(responses).map(([status, r]) => {
          const content = ((deref(doc, r) as Json).content ?? {}) as Json;
          return [status, refName(r) ?? refName((content['application/json'] as Json | undefined)?.schema)];
        }),
      );
      expect({ id: operation.operationId, responses: actual }).toEqual({
        id: operation.operationId,
        responses: RESPONSES[verb]!(type),
      });
      const body = operation.requestBody === undefined ? undefined : (deref(doc, operation.requestBody) as Json);
      if (verb === 'create' || verb === 'update') {
        expect(body?.required).toBe(true);
        expect(refName(((body!.content as Json)['application/json'] as Json).schema)).toBe(`microsoft.graph.${type}`);
      } else expect(body).toBeUndefined();
    }
  });

  it('takes the OData query parameters of its kind: $expand only on the parent types, $search nowhere', () => {
    for (const { path, operation } of ops) {
      const verb = verbOf(String(operation.operationId));
      const type = TYPE_BY_PATH.find(([re]) => re.test(path))![1];
      const query = ((operation.parameters ?? []) as unknown[])
        .map((p) => deref(doc, p) as Json)
        .filter((p) => p.in === 'query');
      const expected = [...(QUERY[verb] ?? [])];
      if ((verb === 'list' || verb === 'get') && PARENTS.includes(type)) expected.push('$expand');
      expect({ id: operation.operationId, query: query.map((q) => q.name).sort() }).toEqual({
        id: operation.operationId,
        query: expected.sort(),
      });
    }
  });

  it('pins the status, summary and overview types, property by property', () => {
    const schemas = (doc.components as Json).schemas as Json;
    const actual = Object.fromEntries(
      Object.keys(STATUS_TYPES[version]).map((name) => {
        const props = flattenProperties(doc, { $ref: `#/components/schemas/${name}` });
        return [name, Object.fromEntries(Object.entries(props).map(([k, p]) => [k, typeOf(p)]))];
      }),
    );
    expect(actual).toEqual(STATUS_TYPES[version]);
    for (const name of Object.keys(STATUS_TYPES[version])) {
      expect(((schemas[name] as Json).allOf as Json[])[0]).toEqual({
        $ref: '#/components/schemas/microsoft.graph.entity',
      });
    }
  });

  it('has a collection type for each listed type: value, @odata.nextLink, @odata.count', () => {
    for (const { operation } of ops.filter((o) => verbOf(String(o.operation.operationId)) === 'list')) {
      const ok = deref(doc, (operation.responses as Json)['200']) as Json;
      const schema = ((ok.content as Json)['application/json'] as Json).schema;
      const props = flattenProperties(doc, schema);
      expect(Object.keys(props).sort()).toEqual(['@odata.count', '@odata.nextLink', 'value']);
      expect(typeOf(props['@odata.nextLink']!)).toBe('string|null');
      expect(props.value!.type).toBe('array');
    }
  });

  it('has the eight complianceStatus values', () => {
    const schemas = (doc.components as Json).schemas as Json;
    expect(schemas['microsoft.graph.complianceStatus']).toMatchObject({ type: 'string', enum: COMPLIANCE_STATUS });
  });

  it('lists the global endpoint first, then the national clouds', () => {
    const servers = doc.servers as Json[];
    expect(servers.map((s) => s.url)).toEqual(SERVERS(version));
    expect(servers.every((s) => typeof s.description === 'string' && s.description !== '')).toBe(true);
  });

  it('gives every operation a summary, a description and a link to its page', () => {
    const view = version === 'v1.0' ? 'graph-rest-1.0' : 'graph-rest-beta';
    for (const { operation } of ops) {
      expect(typeof operation.summary === 'string' && typeof operation.description === 'string').toBe(true);
      const docs = operation.externalDocs as Json;
      expect(isObject(docs) && typeof docs.description === 'string').toBe(true);
      expect(String(docs.url)).toMatch(
        new RegExp(
          `^https://learn\\.microsoft\\.com/en-us/graph/api/intune-(apps|deviceconfig)-[a-z]+-(list|get|create|update|delete)\\?view=${view}$`,
        ),
      );
    }
  });

  it('speaks to a user of the API in everything that reaches the generated docs', () => {
    const texts: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (isObject(node))
        for (const [k, v] of Object.entries(node)) {
          if (['summary', 'description', 'title', 'x-doubtful-reason'].includes(k) && typeof v === 'string')
            texts.push(v);
          else collect(v);
        }
    };
    collect({
      info: doc.info,
      paths: doc.paths,
      schemas: (doc.components as Json).schemas,
      parameters: (doc.components as Json).parameters,
    });
    expect(texts.filter((t) => /seed|page 00\d|draft|CURATION/i.test(t))).toEqual([]);
  });
});
