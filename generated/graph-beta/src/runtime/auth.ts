// Credentials: a plain async function, or anything shaped like @azure/identity's TokenCredential.
import { abortError } from './abort.js';
import { G } from './platform.js';
import type { AbortSignalLike, AccessTokenLike, TokenCredentialLike, TokenFunction } from './types.js';

/** Gets a bearer token for one attempt; `claims` (from a claims challenge) asks for a new one carrying them. */
export type TokenGetter = (signal: AbortSignalLike | undefined, claims?: string) => Promise<string>;

/**
 * Wraps a credential: the getter, and the function that forgets the cached token (after a 401). Concurrent calls
 * share one token request in flight; a TokenCredential's token is reused until a minute before it expires (a
 * function's never is: it caches for itself if it wants to).
 */
export function tokenSource(
  credential: TokenFunction | TokenCredentialLike,
  scopes: string[],
): [get: TokenGetter, drop: () => void] {
  let cached: AccessTokenLike | null | undefined;
  let inFlight: Promise<AccessTokenLike | null> | undefined;
  let startedBy: AbortSignalLike | undefined;

  const request = async (signal: AbortSignalLike | undefined, claims?: string) =>
    typeof credential == 'function'
      ? { token: await credential(scopes, signal, claims), expiresOnTimestamp: 0 }
      : credential.getToken(scopes, { abortSignal: signal, claims, enableCae: true });

  const shared = (signal: AbortSignalLike | undefined) => {
    if (!inFlight) {
      startedBy = signal;
      inFlight = request(signal).finally(() => (inFlight = undefined));
    }
    return inFlight;
  };

  const get: TokenGetter = async (signal, claims) => {
    if (!claims && cached && Date.now() < cached.expiresOnTimestamp - 6e4) return cached.token;
    // A claims request is this call's own; its token then serves every call.
    const token = claims ? request(signal, claims) : shared(signal);
    const starter = claims ? signal : startedBy;
    try {
      cached = await token;
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      // The call that started the shared request gave up (its signal aborted): the others ask again, with theirs.
      if (starter?.aborted) return get(signal);
      throw error;
    }
    if (!cached) throw new Error('The credential returned no token');
    return cached.token;
  };

  return [get, () => (cached = undefined)];
}

/**
 * The claims of a claims challenge (Continuous Access Evaluation), decoded: a 401's
 * `WWW-Authenticate: Bearer …, error="insufficient_claims", claims="<base64>"`. Undefined for any other 401.
 */
export function challengedClaims(wwwAuthenticate: string = ''): string | undefined {
  const claims = /insufficient_claims/.test(wwwAuthenticate) && /\bclaims="([^"]+)"/.exec(wwwAuthenticate);
  try {
    return claims ? G.atob(claims[1]!) : undefined;
  } catch {
    return undefined; // not base64: an ordinary 401
  }
}
