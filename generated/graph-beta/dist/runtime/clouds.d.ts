import type { ClientOptions } from './graph.js';
import type { PackageInfo } from './types.js';
/**
 * baseUrl option, else the cloud's root plus the package's path (/beta), else the package's base URL; no trailing
 * slash. An unknown cloud is a TypeError naming the clouds there are.
 */
export declare function resolveBaseUrl(info: PackageInfo, options: ClientOptions): string;
