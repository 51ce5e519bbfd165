// The Microsoft Graph profile: national clouds, OData query lists, Graph's error body, tokens for `<root>/.default`.
import { challengedClaims, tokenSource } from './auth.js';
import { createClientWith } from './client.js';
import { resolveBaseUrl } from './clouds.js';
import { GraphError } from './graph-error.js';
import { withQuery } from './path.js';
import { G } from './platform.js';
/** Creates a client for a generated Graph package; options come from the package's user. */
export function createGraphClient(info, options = {}) {
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
