// National clouds. A token's audience is the cloud's root, so the scope is derived from the resolved base URL.
import { G } from './platform.js';
import type { ClientOptions, Cloud } from './graph.js';
import type { PackageInfo } from './types.js';

const roots: Record<Cloud, string> = {
  global: 'https://graph.microsoft.com',
  usGovL4: 'https://graph.microsoft.us',
  usGovL5: 'https://dod-graph.microsoft.us',
  china: 'https://microsoftgraph.chinacloudapi.cn',
};

/** baseUrl option (an unknown cloud fails as an invalid URL), else the cloud's root plus the package's path (/beta), else the package's base URL; no trailing slash. */
export function resolveBaseUrl(info: PackageInfo, options: ClientOptions): string {
  const c = options.cloud;
  return (options.baseUrl ?? (c ? roots[c] + new G.URL(info.baseUrl).pathname : info.baseUrl)).replace(/\/+$/, '');
}
