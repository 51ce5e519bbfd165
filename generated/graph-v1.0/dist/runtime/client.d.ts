import type { ClientOptions, GraphClient, PackageInfo } from './types.js';
/** Creates a client for a generated package; options come from the package's user. */
export declare function createGraphClient(info: PackageInfo, options?: ClientOptions): GraphClient;
