// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.
import { createClient } from './client.js';
import { bindGroup } from './runtime/index.js';
import * as deviceAppManagementOperations from './operations/deviceAppManagement.js';
import * as deviceManagementOperations from './operations/deviceManagement.js';
/** Creates a client and binds every operation to it. Import single operations instead when bundle size matters. */
export function createSdk(options) {
  const client = createClient(options);
  return {
    client,
    deviceAppManagement: bindGroup(client, deviceAppManagementOperations),
    deviceManagement: bindGroup(client, deviceManagementOperations),
  };
}
