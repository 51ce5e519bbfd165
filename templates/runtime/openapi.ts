// The plain OpenAPI profile: the document's parameter styles, security schemes and error bodies.
import { ApiError } from './api-error.js';
import { createClientWith } from './client.js';
import { authorizer, type SchemeCredential, type SecurityScheme } from './security.js';
import { simpleHeaders, styledQuery } from './serialize.js';
import type { ApiClient, CommonOptions, PackageInfo } from './types.js';

/** Options of a client; `C` has one optional credential per security scheme of the API. */
export interface ApiClientOptions<C extends object = Record<string, never>> extends CommonOptions {
  /** Full base URL; default the package's (the document's first server). */
  baseUrl?: string | undefined;
  /** Credentials by security scheme name; an operation uses the first of its documented ways you gave all of. */
  credentials?: C | undefined;
}

/** Creates a client for a generated package; options come from the package's user. */
export function createApiClient<C extends object>(
  info: PackageInfo,
  schemes: Readonly<Record<string, SecurityScheme>>,
  options: ApiClientOptions<C> = {},
): ApiClient {
  const [authorize, forget] = authorizer(schemes, options.credentials as Record<string, SchemeCredential | undefined>);
  return createClientWith(info, options, {
    baseUrl: (options.baseUrl ?? info.baseUrl).replace(/\/+$/, ''),
    target: styledQuery,
    headers: simpleHeaders,
    authorize,
    unauthorized: forget,
    error: ApiError,
  });
}
