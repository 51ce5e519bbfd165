import type { ClientOptions } from './graph.js';
import type { PackageInfo } from './types.js';
/** baseUrl option (an unknown cloud fails as an invalid URL), else the cloud's root plus the package's path (/beta), else the package's base URL; no trailing slash. */
export declare function resolveBaseUrl(info: PackageInfo, options: ClientOptions): string;
