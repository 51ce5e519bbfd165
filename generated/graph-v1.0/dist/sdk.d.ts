import type { ClientOptions, GraphClient } from './runtime/index.js';
import { updateMobileAppConfigurationDeviceStatus } from './operations/deviceAppManagement.js';
/** An operation function with its client argument already supplied. */
type Bound<F> = F extends (client: GraphClient, ...args: infer A) => infer R ? (...args: A) => R : never;
/** Every operation of Microsoft Graph Intune status updates (v1.0), grouped by the first segment of its path. */
export interface Sdk {
  /** The client every operation is bound to. */
  readonly client: GraphClient;
  /** Operations under `/deviceAppManagement`. */
  readonly deviceAppManagement: {
    /** Update managedDeviceMobileAppConfigurationDeviceStatus */
    readonly updateMobileAppConfigurationDeviceStatus: Bound<typeof updateMobileAppConfigurationDeviceStatus>;
  };
}
/** Creates a client and binds every operation to it. Import single operations instead when bundle size matters. */
export declare function createSdk(options?: ClientOptions): Sdk;
export {};
