// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

import type { ClientOptions, GraphClient, PackageInfo } from './runtime/index.js';
/** This package as the runtime names it in User-Agent; baseUrl is the spec's first server. */
export declare const packageInfo: PackageInfo;
/**
 * Creates a client for Microsoft Graph Intune device and user statuses (beta); pass it to any operation function.
 * The default base URL is https://graph.microsoft.com/beta; choose a national cloud with `cloud` or set `baseUrl`.
 */
export declare function createClient(options?: ClientOptions): GraphClient;
