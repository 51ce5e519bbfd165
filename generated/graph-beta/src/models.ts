// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** Base of every Graph entity. */
export interface Entity {
  /**
   * Key of the entity.
   *
   * Read-only: set by the service, never sent.
   */
  id?: string;
  /** OData type annotation, such as "#microsoft.graph.deviceConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
}

/** Compliance status of a policy report. */
export type ComplianceStatus =
  'unknown' | 'notApplicable' | 'compliant' | 'remediated' | 'nonCompliant' | 'error' | 'conflict' | 'notAssigned';

/** Every value of {@link ComplianceStatus}, in the spec's order. */
export const complianceStatusValues: readonly ComplianceStatus[] = [
  'unknown',
  'notApplicable',
  'compliant',
  'remediated',
  'nonCompliant',
  'error',
  'conflict',
  'notAssigned',
];

/** An abstract class for Mobile app configuration for enrolled devices. */
export interface ManagedDeviceMobileAppConfiguration extends Entity {
  /** the associated app. */
  targetedMobileApps?: (string | null)[];
  /** List of Scope Tags for this App configuration entity. */
  roleScopeTagIds?: (string | null)[];
  /**
   * DateTime the object was created.
   *
   * Format: date-time.
   */
  createdDateTime?: string;
  /** Admin provided description of the Device Configuration. */
  description?: string | null;
  /**
   * DateTime the object was last modified.
   *
   * Format: date-time.
   */
  lastModifiedDateTime?: string;
  /** Admin provided name of the device configuration. */
  displayName?: string;
  /**
   * Version of the device configuration.
   *
   * Format: int32.
   */
  version?: number;
  /** List of ManagedDeviceMobileAppConfigurationDeviceStatus. */
  deviceStatuses?: ManagedDeviceMobileAppConfigurationDeviceStatus[];
  /** List of ManagedDeviceMobileAppConfigurationUserStatus. */
  userStatuses?: ManagedDeviceMobileAppConfigurationUserStatus[];
  /** App configuration device status summary. */
  deviceStatusSummary?: ManagedDeviceMobileAppConfigurationDeviceSummary | null;
}

/** A page of managedDeviceMobileAppConfiguration objects. */
export interface ManagedDeviceMobileAppConfigurationCollectionResponse extends BaseCollectionPaginationCountResponse {
  value?: ManagedDeviceMobileAppConfiguration[];
}

/** This topic provides descriptions of the declared methods, properties and relationships exposed by the iOS Lob App Provisioning Configuration resource. */
export interface IosLobAppProvisioningConfiguration extends Entity {
  /**
   * Optional profile expiration date and time. The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'. Returned by default.
   *
   * Format: date-time.
   */
  expirationDateTime?: string | null;
  /** Payload file name (*.mobileprovision | *.xml). */
  payloadFileName?: string;
  /** Payload. (UTF8 encoded byte array) */
  payload?: string;
  /** List of Scope Tags for this iOS LOB app provisioning configuration entity. */
  roleScopeTagIds?: (string | null)[];
  /**
   * DateTime the object was created.
   *
   * Format: date-time.
   */
  createdDateTime?: string;
  /** Admin provided description of the Device Configuration. */
  description?: string | null;
  /**
   * DateTime the object was last modified.
   *
   * Format: date-time.
   */
  lastModifiedDateTime?: string;
  /** Admin provided name of the device configuration. */
  displayName?: string;
  /**
   * Version of the device configuration.
   *
   * Format: int32.
   */
  version?: number;
  /** The list of device installation states for this mobile app configuration. */
  deviceStatuses?: ManagedDeviceMobileAppConfigurationDeviceStatus[];
  /** The list of user installation states for this mobile app configuration. */
  userStatuses?: ManagedDeviceMobileAppConfigurationUserStatus[];
}

/** A page of iosLobAppProvisioningConfiguration objects. */
export interface IosLobAppProvisioningConfigurationCollectionResponse extends BaseCollectionPaginationCountResponse {
  value?: IosLobAppProvisioningConfiguration[];
}

/** Contains properties, inherited properties and actions for an MDM mobile app configuration status for a device. */
export interface ManagedDeviceMobileAppConfigurationDeviceStatus extends Entity {
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
  /**
   * Platform of the device that is being reported
   *
   * Format: int32.
   */
  platform?: number;
  /**
   * The DateTime when device compliance grace period expires
   *
   * Format: date-time.
   */
  complianceGracePeriodExpirationDateTime?: string;
  /** Compliance status of the policy report. Possible values are: `unknown`, `notApplicable`, `compliant`, `remediated`, `nonCompliant`, `error`, `conflict`, `notAssigned`. */
  status?: ComplianceStatus;
  /**
   * Last modified date time of the policy report.
   *
   * Format: date-time.
   */
  lastReportedDateTime?: string;
  /** UserPrincipalName. */
  userPrincipalName?: string | null;
}

/** A page of managedDeviceMobileAppConfigurationDeviceStatus objects. */
export interface ManagedDeviceMobileAppConfigurationDeviceStatusCollectionResponse extends BaseCollectionPaginationCountResponse {
  value?: ManagedDeviceMobileAppConfigurationDeviceStatus[];
}

/** Contains properties, inherited properties and actions for an MDM mobile app configuration status for a user. */
export interface ManagedDeviceMobileAppConfigurationUserStatus extends Entity {
  /** User name of the DevicePolicyStatus. */
  userDisplayName?: string | null;
  /**
   * Devices count for that user.
   *
   * Format: int32.
   */
  devicesCount?: number;
  /** Compliance status of the policy report. Possible values are: `unknown`, `notApplicable`, `compliant`, `remediated`, `nonCompliant`, `error`, `conflict`, `notAssigned`. */
  status?: ComplianceStatus;
  /**
   * Last modified date time of the policy report.
   *
   * Format: date-time.
   */
  lastReportedDateTime?: string;
  /** UserPrincipalName. */
  userPrincipalName?: string | null;
}

/** A page of managedDeviceMobileAppConfigurationUserStatus objects. */
export interface ManagedDeviceMobileAppConfigurationUserStatusCollectionResponse extends BaseCollectionPaginationCountResponse {
  value?: ManagedDeviceMobileAppConfigurationUserStatus[];
}

/** Contains properties, inherited properties and actions for an MDM mobile app configuration device status summary. */
export interface ManagedDeviceMobileAppConfigurationDeviceSummary extends Entity {
  /**
   * Number of pending devices
   *
   * Format: int32.
   */
  pendingCount?: number;
  /**
   * Number of not applicable devices
   *
   * Format: int32.
   */
  notApplicableCount?: number;
  /**
   * Number of not applicable devices due to mismatch platform and policy
   *
   * Format: int32.
   */
  notApplicablePlatformCount?: number;
  /**
   * Number of succeeded devices
   *
   * Format: int32.
   */
  successCount?: number;
  /**
   * Number of error devices
   *
   * Format: int32.
   */
  errorCount?: number;
  /**
   * Number of failed devices
   *
   * Format: int32.
   */
  failedCount?: number;
  /**
   * Number of devices in conflict
   *
   * Format: int32.
   */
  conflictCount?: number;
  /**
   * Last update time
   *
   * Format: date-time.
   */
  lastUpdateDateTime?: string;
  /**
   * Version of the policy for that overview
   *
   * Format: int32.
   */
  configurationVersion?: number;
}

/** Device Configuration. */
export interface DeviceConfiguration extends Entity {
  /**
   * DateTime the object was last modified.
   *
   * Format: date-time.
   */
  lastModifiedDateTime?: string;
  /** List of Scope Tags for this Entity instance. */
  roleScopeTagIds?: (string | null)[];
  /**
   * Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
   *
   * Read-only: set by the service, never sent.
   */
  supportsScopeTags?: boolean;
  /** The OS edition applicability for this Policy. (a deviceManagementApplicabilityRuleOsEdition object; its properties are not transcribed here) */
  deviceManagementApplicabilityRuleOsEdition?: { [key: string]: unknown } | null;
  /** The OS version applicability rule for this Policy. (a deviceManagementApplicabilityRuleOsVersion object; its properties are not transcribed here) */
  deviceManagementApplicabilityRuleOsVersion?: { [key: string]: unknown } | null;
  /** The device mode applicability rule for this Policy. (a deviceManagementApplicabilityRuleDeviceMode object; its properties are not transcribed here) */
  deviceManagementApplicabilityRuleDeviceMode?: { [key: string]: unknown } | null;
  /**
   * DateTime the object was created.
   *
   * Format: date-time.
   */
  createdDateTime?: string;
  /** Admin provided description of the Device Configuration. */
  description?: string | null;
  /** Admin provided name of the device configuration. */
  displayName?: string;
  /**
   * Version of the device configuration.
   *
   * Format: int32.
   */
  version?: number;
  /** Device configuration installation status by device. */
  deviceStatuses?: DeviceConfigurationDeviceStatus[];
  /** Device Configuration devices status overview */
  deviceStatusOverview?: DeviceConfigurationDeviceOverview | null;
}

/** A deviceConfiguration of kind iosScepCertificateProfile (its own properties are not transcribed here). */
export type IosScepCertificateProfile = DeviceConfiguration;

/** A deviceConfiguration of kind macOSScepCertificateProfile (its own properties are not transcribed here). */
export type MacOSScepCertificateProfile = DeviceConfiguration;

/** A deviceConfiguration of kind macOSWiredNetworkConfiguration (its own properties are not transcribed here). */
export type MacOSWiredNetworkConfiguration = DeviceConfiguration;

/** A deviceConfiguration of kind windowsDomainJoinConfiguration (its own properties are not transcribed here). */
export type WindowsDomainJoinConfiguration = DeviceConfiguration;

/** A deviceConfiguration of kind windowsPhone81SCEPCertificateProfile (its own properties are not transcribed here). */
export type WindowsPhone81SCEPCertificateProfile = DeviceConfiguration;

/** A deviceConfiguration of kind windowsPhone81VpnConfiguration (its own properties are not transcribed here). */
export type WindowsPhone81VpnConfiguration = DeviceConfiguration;

/** A deviceConfiguration of kind windowsWifiEnterpriseEAPConfiguration (its own properties are not transcribed here). */
export type WindowsWifiEnterpriseEAPConfiguration = DeviceConfiguration;

/** A page of deviceConfiguration objects. */
export interface DeviceConfigurationCollectionResponse extends BaseCollectionPaginationCountResponse {
  value?: AnyDeviceConfiguration[];
}

/**
 * Support for this Entity is being deprecated starting May 2026 & will no longer be supported.
 *
 * @deprecated
 */
export interface DeviceConfigurationDeviceStatus extends Entity {
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
  /**
   * Platform of the device that is being reported
   *
   * Format: int32.
   */
  platform?: number;
  /**
   * The DateTime when device compliance grace period expires
   *
   * Format: date-time.
   */
  complianceGracePeriodExpirationDateTime?: string;
  /** Compliance status of the policy report. Possible values are: `unknown`, `notApplicable`, `compliant`, `remediated`, `nonCompliant`, `error`, `conflict`, `notAssigned`. */
  status?: ComplianceStatus;
  /**
   * Last modified date time of the policy report.
   *
   * Format: date-time.
   */
  lastReportedDateTime?: string;
  /** UserPrincipalName. */
  userPrincipalName?: string | null;
}

/** A page of deviceConfigurationDeviceStatus objects. */
export interface DeviceConfigurationDeviceStatusCollectionResponse extends BaseCollectionPaginationCountResponse {
  value?: DeviceConfigurationDeviceStatus[];
}

/** Intune Deviceconfig Deviceconfigurationdeviceoverview Resources . */
export interface DeviceConfigurationDeviceOverview extends Entity {
  /**
   * Number of pending devices
   *
   * Format: int32.
   */
  pendingCount?: number;
  /**
   * Number of not applicable devices
   *
   * Format: int32.
   */
  notApplicableCount?: number;
  /**
   * Number of not applicable devices due to mismatch platform and policy
   *
   * Format: int32.
   */
  notApplicablePlatformCount?: number;
  /**
   * Number of succeeded devices
   *
   * Format: int32.
   */
  successCount?: number;
  /**
   * Number of error devices
   *
   * Format: int32.
   */
  errorCount?: number;
  /**
   * Number of failed devices
   *
   * Format: int32.
   */
  failedCount?: number;
  /**
   * Number of devices in conflict
   *
   * Format: int32.
   */
  conflictCount?: number;
  /**
   * Last update time
   *
   * Format: date-time.
   */
  lastUpdateDateTime?: string;
  /**
   * Version of the policy for that overview
   *
   * Format: int32.
   */
  configurationVersion?: number;
}

/**
 * The former type of the device statuses of an iOS LOB app provisioning configuration (five properties, seven status values). The service now returns managedDeviceMobileAppConfigurationDeviceStatus on those paths; kept for code written against the older type.
 *
 * @deprecated
 */
export interface ManagedDeviceMobileAppProvisioningConfigurationDeviceStatus extends Entity {
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string;
  /** Compliance status of the policy report. Possible values are: `unknown`, `notApplicable`, `compliant`, `remediated`, `nonCompliant`, `error`, `conflict`. */
  status?: 'unknown' | 'notApplicable' | 'compliant' | 'remediated' | 'nonCompliant' | 'error' | 'conflict';
  /**
   * Last modified date time of the policy report.
   *
   * Format: date-time.
   */
  lastReportedDateTime?: string;
  /** UserPrincipalName. */
  userPrincipalName?: string;
}

/** A page of a collection: its items in value, and the link to the next page while there is one. */
export interface BaseCollectionPaginationCountResponse {
  /**
   * The number of items in the whole collection (all pages), when the request asked for it with $count=true.
   *
   * Format: int64.
   */
  '@odata.count'?: number | null;
  /** The URL of the next page, absent on the last page. Request it exactly as given: it carries the query and the position. */
  '@odata.nextLink'?: string | null;
}

/** The body of a Graph error response. */
export interface OdataError {
  error: MainError;
}

/** The error. Branch on code, never on message. */
export interface MainError {
  /** An error code string for the error that occurred. */
  code: string;
  /** A developer-ready message about the error. Intune sometimes puts serialized JSON here. */
  message: string;
  /** The target of the error. */
  target?: string;
  /** Further errors, each with its own code and message. */
  details?: ErrorDetails[];
  innerError?: InnerError;
}

/** One of the further errors of a Graph error. */
export interface ErrorDetails {
  /** An error code string. */
  code: string;
  /** A developer-ready message about the error. */
  message: string;
  /** The target of the error. */
  target?: string;
}

/** Diagnostics of the request that failed; the service may add more properties. */
export interface InnerError {
  /** Id of the request, for Microsoft support. */
  'request-id'?: string;
  /** Date and time of the request, in UTC. */
  date?: string;
  /** The client-request-id header the client sent, echoed. */
  'client-request-id'?: string;
}

/** A DeviceConfiguration of one of the kinds named here, told apart by `@odata.type` (or the guards, such as `isIosScepCertificateProfile`), or of another kind: a DeviceConfiguration whose `@odata.type` is another string. */
export type AnyDeviceConfiguration =
  | (IosScepCertificateProfile & {
      '@odata.type': '#microsoft.graph.iosScepCertificateProfile';
    })
  | (MacOSScepCertificateProfile & {
      '@odata.type': '#microsoft.graph.macOSScepCertificateProfile';
    })
  | (MacOSWiredNetworkConfiguration & {
      '@odata.type': '#microsoft.graph.macOSWiredNetworkConfiguration';
    })
  | (WindowsDomainJoinConfiguration & {
      '@odata.type': '#microsoft.graph.windowsDomainJoinConfiguration';
    })
  | (WindowsPhone81SCEPCertificateProfile & {
      '@odata.type': '#microsoft.graph.windowsPhone81SCEPCertificateProfile';
    })
  | (WindowsPhone81VpnConfiguration & {
      '@odata.type': '#microsoft.graph.windowsPhone81VpnConfiguration';
    })
  | (WindowsWifiEnterpriseEAPConfiguration & {
      '@odata.type': '#microsoft.graph.windowsWifiEnterpriseEAPConfiguration';
    })
  | DeviceConfiguration;

/**
 * Base of every Graph entity.
 *
 * Entity as sent in a request body: read-only properties are left out.
 */
export interface EntityInput {
  /** OData type annotation, such as "#microsoft.graph.deviceConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
}

/**
 * Contains properties, inherited properties and actions for an MDM mobile app configuration status for a device.
 *
 * ManagedDeviceMobileAppConfigurationDeviceStatus as sent in a request body: read-only properties are left out.
 */
export interface ManagedDeviceMobileAppConfigurationDeviceStatusInput extends EntityInput {
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
  /**
   * Platform of the device that is being reported
   *
   * Format: int32.
   */
  platform?: number;
  /**
   * The DateTime when device compliance grace period expires
   *
   * Format: date-time.
   */
  complianceGracePeriodExpirationDateTime?: string;
  /** Compliance status of the policy report. Possible values are: `unknown`, `notApplicable`, `compliant`, `remediated`, `nonCompliant`, `error`, `conflict`, `notAssigned`. */
  status?: ComplianceStatus;
  /**
   * Last modified date time of the policy report.
   *
   * Format: date-time.
   */
  lastReportedDateTime?: string;
  /** UserPrincipalName. */
  userPrincipalName?: string | null;
}

/**
 * Contains properties, inherited properties and actions for an MDM mobile app configuration status for a device.
 *
 * The body of a PATCH of ManagedDeviceMobileAppConfigurationDeviceStatus: only the properties to change; read-only properties are left out.
 */
export interface ManagedDeviceMobileAppConfigurationDeviceStatusUpdate {
  /** OData type annotation, such as "#microsoft.graph.deviceConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
  /**
   * Platform of the device that is being reported
   *
   * Format: int32.
   */
  platform?: number;
  /**
   * The DateTime when device compliance grace period expires
   *
   * Format: date-time.
   */
  complianceGracePeriodExpirationDateTime?: string;
  /** Compliance status of the policy report. Possible values are: `unknown`, `notApplicable`, `compliant`, `remediated`, `nonCompliant`, `error`, `conflict`, `notAssigned`. */
  status?: ComplianceStatus;
  /**
   * Last modified date time of the policy report.
   *
   * Format: date-time.
   */
  lastReportedDateTime?: string;
  /** UserPrincipalName. */
  userPrincipalName?: string | null;
}

/**
 * Contains properties, inherited properties and actions for an MDM mobile app configuration status for a user.
 *
 * ManagedDeviceMobileAppConfigurationUserStatus as sent in a request body: read-only properties are left out.
 */
export interface ManagedDeviceMobileAppConfigurationUserStatusInput extends EntityInput {
  /** User name of the DevicePolicyStatus. */
  userDisplayName?: string | null;
  /**
   * Devices count for that user.
   *
   * Format: int32.
   */
  devicesCount?: number;
  /** Compliance status of the policy report. Possible values are: `unknown`, `notApplicable`, `compliant`, `remediated`, `nonCompliant`, `error`, `conflict`, `notAssigned`. */
  status?: ComplianceStatus;
  /**
   * Last modified date time of the policy report.
   *
   * Format: date-time.
   */
  lastReportedDateTime?: string;
  /** UserPrincipalName. */
  userPrincipalName?: string | null;
}

/**
 * Contains properties, inherited properties and actions for an MDM mobile app configuration status for a user.
 *
 * The body of a PATCH of ManagedDeviceMobileAppConfigurationUserStatus: only the properties to change; read-only properties are left out.
 */
export interface ManagedDeviceMobileAppConfigurationUserStatusUpdate {
  /** OData type annotation, such as "#microsoft.graph.deviceConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
  /** User name of the DevicePolicyStatus. */
  userDisplayName?: string | null;
  /**
   * Devices count for that user.
   *
   * Format: int32.
   */
  devicesCount?: number;
  /** Compliance status of the policy report. Possible values are: `unknown`, `notApplicable`, `compliant`, `remediated`, `nonCompliant`, `error`, `conflict`, `notAssigned`. */
  status?: ComplianceStatus;
  /**
   * Last modified date time of the policy report.
   *
   * Format: date-time.
   */
  lastReportedDateTime?: string;
  /** UserPrincipalName. */
  userPrincipalName?: string | null;
}

/**
 * Support for this Entity is being deprecated starting May 2026 & will no longer be supported.
 *
 * DeviceConfigurationDeviceStatus as sent in a request body: read-only properties are left out.
 *
 * @deprecated
 */
export interface DeviceConfigurationDeviceStatusInput extends EntityInput {
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
  /**
   * Platform of the device that is being reported
   *
   * Format: int32.
   */
  platform?: number;
  /**
   * The DateTime when device compliance grace period expires
   *
   * Format: date-time.
   */
  complianceGracePeriodExpirationDateTime?: string;
  /** Compliance status of the policy report. Possible values are: `unknown`, `notApplicable`, `compliant`, `remediated`, `nonCompliant`, `error`, `conflict`, `notAssigned`. */
  status?: ComplianceStatus;
  /**
   * Last modified date time of the policy report.
   *
   * Format: date-time.
   */
  lastReportedDateTime?: string;
  /** UserPrincipalName. */
  userPrincipalName?: string | null;
}

/**
 * Support for this Entity is being deprecated starting May 2026 & will no longer be supported.
 *
 * The body of a PATCH of DeviceConfigurationDeviceStatus: only the properties to change; read-only properties are left out.
 *
 * @deprecated
 */
export interface DeviceConfigurationDeviceStatusUpdate {
  /** OData type annotation, such as "#microsoft.graph.deviceConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
  /**
   * Platform of the device that is being reported
   *
   * Format: int32.
   */
  platform?: number;
  /**
   * The DateTime when device compliance grace period expires
   *
   * Format: date-time.
   */
  complianceGracePeriodExpirationDateTime?: string;
  /** Compliance status of the policy report. Possible values are: `unknown`, `notApplicable`, `compliant`, `remediated`, `nonCompliant`, `error`, `conflict`, `notAssigned`. */
  status?: ComplianceStatus;
  /**
   * Last modified date time of the policy report.
   *
   * Format: date-time.
   */
  lastReportedDateTime?: string;
  /** UserPrincipalName. */
  userPrincipalName?: string | null;
}
