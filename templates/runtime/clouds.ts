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

/**
 * baseUrl option, else the cloud's root plus the package's path (/beta), else the package's base URL; no trailing
 * slash. An unknown cloud is a TypeError naming the clouds there are.
 */
export function resolveBaseUrl(info: PackageInfo, options: ClientOptions): string {
  const cloud = options.cloud;
  if (cloud && !Object.hasOwn(roots, cloud)) {
    throw new TypeError(`Unknown cloud '${cloud}': use one of ${Object.keys(roots).join(', ')}`);
  }
  return (options.baseUrl ?? (cloud ? roots[cloud] + new G.URL(info.baseUrl).pathname : info.baseUrl)).replace(
    /\/+$/,
    '',
  );
}
