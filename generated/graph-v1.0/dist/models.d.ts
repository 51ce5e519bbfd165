// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** Base of every Graph entity. */
export interface Entity {
  /**
   * Key of the entity.
   *
   * Read-only: set by the service, never sent.
   */
  id?: string;
  /** OData type annotation, such as "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
}
/** Compliance status of a policy report. */
export type ComplianceStatus =
  'unknown' | 'notApplicable' | 'compliant' | 'remediated' | 'nonCompliant' | 'error' | 'conflict' | 'notAssigned';
/** Every value of {@link ComplianceStatus}, in the spec's order. */
export declare const complianceStatusValues: readonly ComplianceStatus[];
/** An abstract class for Mobile app configuration for enrolled devices. */
export interface ManagedDeviceMobileAppConfiguration extends Entity {
  /** the associated app. */
  targetedMobileApps?: (string | null)[];
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
/** Contains properties, inherited properties and actions for an MDM mobile app configuration status for a device. */
export interface ManagedDeviceMobileAppConfigurationDeviceStatus extends Entity {
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
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
/** A page of deviceConfiguration objects. */
export interface DeviceConfigurationCollectionResponse extends BaseCollectionPaginationCountResponse {
  value?: DeviceConfiguration[];
}
/** Not yet documented */
export interface DeviceConfigurationDeviceStatus extends Entity {
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
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
/** Not yet documented */
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
/**
 * Base of every Graph entity.
 *
 * Entity as sent in a request body: read-only properties are left out.
 */
export interface EntityInput {
  /** OData type annotation, such as "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus". Optional in request bodies. */
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
  /** OData type annotation, such as "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
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
  /** OData type annotation, such as "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus". Optional in request bodies. */
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
 * Not yet documented
 *
 * DeviceConfigurationDeviceStatus as sent in a request body: read-only properties are left out.
 */
export interface DeviceConfigurationDeviceStatusInput extends EntityInput {
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
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
 * Not yet documented
 *
 * The body of a PATCH of DeviceConfigurationDeviceStatus: only the properties to change; read-only properties are left out.
 */
export interface DeviceConfigurationDeviceStatusUpdate {
  /** OData type annotation, such as "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string | null;
  /** The User Name that is being reported */
  userName?: string | null;
  /** The device model that is being reported */
  deviceModel?: string | null;
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
