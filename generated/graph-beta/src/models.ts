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

/** Device status of an iOS LOB app provisioning configuration, as the older page 000 documents it. */
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

/** Device status of a mobile app configuration, as the beta draft page 002 documents it. */
export interface ManagedDeviceMobileAppConfigurationDeviceStatus extends Entity {
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string;
  /** The User Name that is being reported */
  userName?: string;
  /** The device model that is being reported */
  deviceModel?: string;
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
  userPrincipalName?: string;
}

/** User status of a mobile app configuration. */
export interface ManagedDeviceMobileAppConfigurationUserStatus extends Entity {
  /** User name of the DevicePolicyStatus. */
  userDisplayName?: string;
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
  userPrincipalName?: string;
}

/** Device status of a device configuration. */
export interface DeviceConfigurationDeviceStatus extends Entity {
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string;
  /** The User Name that is being reported */
  userName?: string;
  /** The device model that is being reported */
  deviceModel?: string;
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
  userPrincipalName?: string;
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
 * Device status of an iOS LOB app provisioning configuration, as the older page 000 documents it.
 *
 * The body of a PATCH of ManagedDeviceMobileAppProvisioningConfigurationDeviceStatus: only the properties to change; read-only properties are left out.
 */
export interface ManagedDeviceMobileAppProvisioningConfigurationDeviceStatusUpdate {
  /** OData type annotation, such as "#microsoft.graph.deviceConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
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

/**
 * Device status of a mobile app configuration, as the beta draft page 002 documents it.
 *
 * The body of a PATCH of ManagedDeviceMobileAppConfigurationDeviceStatus: only the properties to change; read-only properties are left out.
 */
export interface ManagedDeviceMobileAppConfigurationDeviceStatusUpdate {
  /** OData type annotation, such as "#microsoft.graph.deviceConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string;
  /** The User Name that is being reported */
  userName?: string;
  /** The device model that is being reported */
  deviceModel?: string;
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
  userPrincipalName?: string;
}

/**
 * User status of a mobile app configuration.
 *
 * The body of a PATCH of ManagedDeviceMobileAppConfigurationUserStatus: only the properties to change; read-only properties are left out.
 */
export interface ManagedDeviceMobileAppConfigurationUserStatusUpdate {
  /** OData type annotation, such as "#microsoft.graph.deviceConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
  /** User name of the DevicePolicyStatus. */
  userDisplayName?: string;
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
  userPrincipalName?: string;
}

/**
 * Device status of a device configuration.
 *
 * The body of a PATCH of DeviceConfigurationDeviceStatus: only the properties to change; read-only properties are left out.
 */
export interface DeviceConfigurationDeviceStatusUpdate {
  /** OData type annotation, such as "#microsoft.graph.deviceConfigurationDeviceStatus". Optional in request bodies. */
  '@odata.type'?: string;
  /** Device name of the DevicePolicyStatus. */
  deviceDisplayName?: string;
  /** The User Name that is being reported */
  userName?: string;
  /** The device model that is being reported */
  deviceModel?: string;
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
  userPrincipalName?: string;
}
