// The Microsoft Graph profile: national clouds, OData query lists, Graph's error body, tokens for `<root>/.default`.
import { challengedClaims, tokenSource } from './auth.js';
import { createClientWith } from './client.js';
import { resolveBaseUrl } from './clouds.js';
import { GraphError } from './graph-error.js';
import { withQuery } from './path.js';
import { G } from './platform.js';
import type {
  ApiClient,
  ApiContent,
  ApiNoContent,
  ApiResult,
  ApiResultBase,
  CommonOptions,
  PackageInfo,
  TokenCredentialLike,
  TokenFunction,
} from './types.js';

/** Microsoft Graph national cloud; tokens never cross clouds. */
export type Cloud = 'global' | 'usGovL4' | 'usGovL5' | 'china';

/** Options of a client. */
export interface ClientOptions extends CommonOptions {
  /** National cloud: its root replaces the origin of the package's base URL (ignored when baseUrl is set). */
  cloud?: Cloud | undefined;
  /** Full base URL, e.g. https://graph.microsoft.com/v1.0; wins over cloud. */
  baseUrl?: string | undefined;
  /** Token source; without it no Authorization header is added. */
  credential?: TokenFunction | TokenCredentialLike | undefined;
}

/** A configured client; generated operation functions call send. */
export type GraphClient = ApiClient;
/** What every successful result carries; requestId is Graph's request-id header. */
export type GraphResultBase = ApiResultBase;
/** A 2xx answer with a body: parsed JSON, or the text when the body is not JSON. */
export type GraphContent<T> = ApiContent<T>;
/** A 204 or an empty 2xx answer (Graph often answers PATCH this way). */
export type GraphNoContent = ApiNoContent;
/** Result of a successful call; test hasContent to tell the two apart. */
export type GraphResult<T> = ApiResult<T>;

/** Creates a client for a generated Graph package; options come from the package's user. */
export function createGraphClient(info: PackageInfo, options: ClientOptions = {}): GraphClient {
  const baseUrl = resolveBaseUrl(info, options);
  // The token's audience is the cloud's root: the scope follows the resolved base URL.
  const [token, dropToken] = options.credential
    ? tokenSource(options.credential, [new G.URL(baseUrl).origin + '/.default'])
    : [];
  return createClientWith(info, options, {
    baseUrl,
    target: (request) => withQuery(request.path, request.query),
    authorize: async (_request, headers, url, signal, claims) => {
      if (token) headers.authorization = 'Bearer ' + (await token(signal, claims));
      return url;
    },
    unauthorized: dropToken && ((headers) => (dropToken(), challengedClaims(headers['www-authenticate']))),
    error: GraphError,
  });
}
