import type { ClientOptions, GraphClient } from './runtime/index.js';
import {
  updateIosLobAppProvisioningConfigurationDeviceStatus,
  updateIosLobAppProvisioningConfigurationDeviceStatuses,
  updateMobileAppConfigurationUserStatus,
  updateIosLobAppProvisioningConfigurationUserStatus,
} from './operations/deviceAppManagement.js';
import {
  updateDeviceConfigurationDeviceStatus,
  updateDeviceConfigurationRootCertificateDeviceStatus,
  updateDeviceConfigurationIdentityCertificateDeviceStatus,
  updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus,
  updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus,
  updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus,
  updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus,
  updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus,
  updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus,
  updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus,
} from './operations/deviceManagement.js';
/** An operation function with its client argument already supplied. */
type Bound<F> = F extends (client: GraphClient, ...args: infer A) => infer R ? (...args: A) => R : never;
/** Every operation of Microsoft Graph Intune status updates (beta), grouped by the first segment of its path. */
export interface Sdk {
  /** The client every operation is bound to. */
  readonly client: GraphClient;
  /** Operations under `/deviceAppManagement`. */
  readonly deviceAppManagement: {
    /** Update managedDeviceMobileAppProvisioningConfigurationDeviceStatus */
    readonly updateIosLobAppProvisioningConfigurationDeviceStatus: Bound<
      typeof updateIosLobAppProvisioningConfigurationDeviceStatus
    >;
    /** Update deviceStatuses */
    readonly updateIosLobAppProvisioningConfigurationDeviceStatuses: Bound<
      typeof updateIosLobAppProvisioningConfigurationDeviceStatuses
    >;
    /** Update managedDeviceMobileAppConfigurationUserStatus */
    readonly updateMobileAppConfigurationUserStatus: Bound<typeof updateMobileAppConfigurationUserStatus>;
    /** Update managedDeviceMobileAppConfigurationUserStatus */
    readonly updateIosLobAppProvisioningConfigurationUserStatus: Bound<
      typeof updateIosLobAppProvisioningConfigurationUserStatus
    >;
  };
  /** Operations under `/deviceManagement`. */
  readonly deviceManagement: {
    /** Update deviceConfigurationDeviceStatus */
    readonly updateDeviceConfigurationDeviceStatus: Bound<typeof updateDeviceConfigurationDeviceStatus>;
    /** Update deviceConfigurationDeviceStatus */
    readonly updateDeviceConfigurationRootCertificateDeviceStatus: Bound<
      typeof updateDeviceConfigurationRootCertificateDeviceStatus
    >;
    /** Update deviceConfigurationDeviceStatus */
    readonly updateDeviceConfigurationIdentityCertificateDeviceStatus: Bound<
      typeof updateDeviceConfigurationIdentityCertificateDeviceStatus
    >;
    /** Update deviceConfigurationDeviceStatus */
    readonly updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus: Bound<
      typeof updateDeviceConfigurationIdentityCertificateRootCertificateDeviceStatus
    >;
    /** Update deviceConfigurationDeviceStatus */
    readonly updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus: Bound<
      typeof updateDeviceConfigurationAsIosScepCertificateProfileRootCertificateDeviceStatus
    >;
    /** Update deviceConfigurationDeviceStatus */
    readonly updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus: Bound<
      typeof updateDeviceConfigurationAsWindowsPhone81VpnConfigurationIdentityCertificateDeviceStatus
    >;
    /** Update deviceConfigurationDeviceStatus */
    readonly updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus: Bound<
      typeof updateDeviceConfigurationAsMacOSWiredNetworkConfigurationRootCertificateForServerValidationDeviceStatus
    >;
    /** Update deviceConfigurationDeviceStatus */
    readonly updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus: Bound<
      typeof updateDeviceConfigurationAsMacOSWiredNetworkConfigurationIdentityCertificateForClientAuthenticationDeviceStatus
    >;
    /** Update deviceConfigurationDeviceStatus */
    readonly updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus: Bound<
      typeof updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationIdentityCertificateForClientAuthenticationDeviceStatus
    >;
    /** Update deviceConfigurationDeviceStatus */
    readonly updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus: Bound<
      typeof updateDeviceConfigurationAsWindowsWifiEnterpriseEAPConfigurationRootCertificateForServerValidationDeviceStatus
    >;
  };
}
/** Creates a client and binds every operation to it. Import single operations instead when bundle size matters. */
export declare function createSdk(options?: ClientOptions): Sdk;
export {};
