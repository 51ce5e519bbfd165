// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type { BoundGroup, ClientOptions, GraphClient } from './runtime/index.js';
import * as deviceAppManagementOperations from './operations/deviceAppManagement.js';
import * as deviceManagementOperations from './operations/deviceManagement.js';
/** Every operation of Microsoft Graph Intune device and user statuses (v1.0), grouped by the first segment of its path. */
export interface Sdk {
  /** The client every operation is bound to. */
  readonly client: GraphClient;
  /** Operations under `/deviceAppManagement`. */
  readonly deviceAppManagement: BoundGroup<typeof deviceAppManagementOperations>;
  /** Operations under `/deviceManagement`. */
  readonly deviceManagement: BoundGroup<typeof deviceManagementOperations>;
}
/** Creates a client and binds every operation to it. Import single operations instead when bundle size matters. */
export declare function createSdk(options?: ClientOptions): Sdk;
