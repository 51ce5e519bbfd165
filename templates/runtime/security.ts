// The API's own security schemes: each operation lists the ways it may be called (any one will do), and the
// first way whose credentials the client was given is used; with none of them, the request goes out without.
import { tokenSource, type TokenGetter } from './auth.js';
import type { AbortSignalLike, OperationRequest, TokenCredentialLike, TokenFunction } from './types.js';

/** A security scheme as the API's document defines it (components/securitySchemes). */
export type SecurityScheme =
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  | { readonly type: 'http'; readonly scheme: string }
  | { readonly type: 'oauth2' | 'openIdConnect' };

/** A user name and password, for HTTP basic authentication. */
export interface BasicCredential {
  readonly username: string;
  readonly password: string;
}

/** A bearer token: the token itself, or a source asked for one with the scopes the operation names. */
export type TokenSource = string | TokenFunction | TokenCredentialLike;

/** What the client may be given for one scheme. */
export type SchemeCredential = string | BasicCredential | TokenFunction | TokenCredentialLike;

/** The globals basic authentication needs (Node >= 20 and browsers have them). */
const g = globalThis as unknown as {
  btoa(s: string): string;
  TextEncoder: new () => { encode(s: string): Uint8Array };
};

/** Base64 of UTF-8 text. */
const base64 = (s: string): string => g.btoa(String.fromCharCode(...new g.TextEncoder().encode(s)));

/**
 * Puts the credentials of an operation's first satisfiable requirement on an attempt (returning the URL), and
 * forgets the cached tokens (after a 401, so that the next attempt asks the credential again).
 */
export function authorizer(
  schemes: Readonly<Record<string, SecurityScheme>>,
  credentials: Readonly<Record<string, SchemeCredential | undefined>> = {},
): [
  authorize: (
    req: OperationRequest,
    h: Record<string, string>,
    url: string,
    signal?: AbortSignalLike,
  ) => Promise<string>,
  forget: () => undefined,
] {
  // One token source per scheme and set of scopes, so a TokenCredential's token is cached for each.
  const tokens = new Map<string, TokenGetter>();
  const token = async (name: string, scopes: readonly string[], signal?: AbortSignalLike): Promise<string> => {
    const c = credentials[name] as TokenSource;
    if (typeof c == 'string') return c;
    const key = name + ' ' + scopes.join(' ');
    let get = tokens.get(key);
    if (!get) tokens.set(key, (get = tokenSource(c, [...scopes])[0]));
    return get(signal);
  };
  const authorize = async (
    req: OperationRequest,
    h: Record<string, string>,
    url: string,
    signal?: AbortSignalLike,
  ): Promise<string> => {
    // Own keys only: a scheme named `constructor` must not find Object.prototype's.
    const given = (k: string) =>
      Object.hasOwn(schemes, k) && Object.hasOwn(credentials, k) && credentials[k] !== undefined;
    const way = req.security?.find((r) => Object.keys(r).length > 0 && Object.keys(r).every(given));
    for (const name in way) {
      const s = schemes[name]!;
      const c = credentials[name]!;
      if (s.type == 'apiKey') {
        const v = String(c);
        if (s.in == 'query')
          url += (url.includes('?') ? '&' : '?') + encodeURIComponent(s.name) + '=' + encodeURIComponent(v);
        else if (s.in == 'cookie') h.cookie = (h.cookie ? h.cookie + '; ' : '') + s.name + '=' + encodeURIComponent(v);
        else h[s.name.toLowerCase()] = v;
      } else if (s.type == 'http' && /^basic$/i.test(s.scheme)) {
        const b = c as BasicCredential;
        h.authorization = 'Basic ' + base64(b.username + ':' + b.password);
      } else {
        const scheme = s.type == 'http' && !/^bearer$/i.test(s.scheme) ? s.scheme : 'Bearer';
        h.authorization = scheme + ' ' + (await token(name, way[name]!, signal));
      }
    }
    return url;
  };
  return [authorize, () => void tokens.clear()];
}
