import type { AbortSignalLike, TokenCredentialLike, TokenFunction } from './types.js';
/** Gets a bearer token for one attempt. */
export type TokenGetter = (signal?: AbortSignalLike) => Promise<string>;
/** Wraps a credential; a TokenCredential's token is reused until a minute before it expires. */
export declare function tokenGetter(credential: TokenFunction | TokenCredentialLike, scopes: string[]): TokenGetter;
