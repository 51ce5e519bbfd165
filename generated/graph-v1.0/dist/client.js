// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.
import { createGraphClient } from './runtime/index.js';
/** This package as the runtime names it in User-Agent; baseUrl is the spec's first server. */
export const packageInfo = {
  name: '@graph-intune/client-v1.0',
  version: '0.2.2',
  baseUrl: 'https://graph.microsoft.com/v1.0',
};
/**
 * Creates a client for Microsoft Graph Intune device and user statuses (v1.0); pass it to any operation function.
 * The default base URL is https://graph.microsoft.com/v1.0; choose a national cloud with `cloud` or set `baseUrl`.
 */
export function createClient(options) {
  return createGraphClient(packageInfo, options);
}
