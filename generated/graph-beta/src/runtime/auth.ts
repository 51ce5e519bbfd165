// Credentials: a plain async function, or anything shaped like @azure/identity's TokenCredential.
import type { AbortSignalLike, AccessTokenLike, TokenCredentialLike, TokenFunction } from './types.js';

/** Gets a bearer token for one attempt. */
export type TokenGetter = (signal?: AbortSignalLike) => Promise<string>;

/** Wraps a credential; a TokenCredential's token is reused until a minute before it expires. */
export function tokenGetter(credential: TokenFunction | TokenCredentialLike, scopes: string[]): TokenGetter {
  let cached: AccessTokenLike | null = null;
  return async (signal) => {
    if (typeof credential == 'function') return credential(scopes, signal);
    if (!cached || Date.now() > cached.expiresOnTimestamp - 6e4) {
      cached = await credential.getToken(scopes, { abortSignal: signal });
      if (!cached) throw new Error('The credential returned no token');
    }
    return cached.token;
  };
}
