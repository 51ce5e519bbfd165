// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import { createGraphClient } from './runtime/index.js';
import type { ClientOptions, GraphClient, PackageInfo } from './runtime/index.js';

/** This package as the runtime names it in User-Agent; baseUrl is the spec's first server. */
export const packageInfo: PackageInfo = {
  name: '@graph-intune/client-beta',
  version: '0.2.2',
  baseUrl: 'https://graph.microsoft.com/beta',
};

/**
 * Creates a client for Microsoft Graph Intune device and user statuses (beta); pass it to any operation function.
 * The default base URL is https://graph.microsoft.com/beta; choose a national cloud with `cloud` or set `baseUrl`.
 */
export function createClient(options?: ClientOptions): GraphClient {
  return createGraphClient(packageInfo, options);
}
