import type { AbortSignalLike, TokenCredentialLike, TokenFunction } from './types.js';
/** Gets a bearer token for one attempt; `claims` (from a claims challenge) asks for a new one carrying them. */
export type TokenGetter = (signal: AbortSignalLike | undefined, claims?: string) => Promise<string>;
/**
 * Wraps a credential: the getter, and the function that forgets the cached token (after a 401). Concurrent calls
 * share one token request in flight; a TokenCredential's token is reused until a minute before it expires (a
 * function's never is: it caches for itself if it wants to).
 */
export declare function tokenSource(
  credential: TokenFunction | TokenCredentialLike,
  scopes: string[],
): [get: TokenGetter, drop: () => void];
/**
 * The claims of a claims challenge (Continuous Access Evaluation), decoded: a 401's
 * `WWW-Authenticate: Bearer …, error="insufficient_claims", claims="<base64>"`. Undefined for any other 401.
 */
export declare function challengedClaims(wwwAuthenticate?: string): string | undefined;
