/** Wraps a credential; a TokenCredential's token is reused until a minute before it expires. */
export function tokenGetter(credential, scopes) {
  let cached = null;
  return async (signal) => {
    if (typeof credential == 'function') return credential(scopes, signal);
    if (!cached || Date.now() > cached.expiresOnTimestamp - 6e4) {
      cached = await credential.getToken(scopes, { abortSignal: signal });
      if (!cached) throw new Error('The credential returned no token');
    }
    return cached.token;
  };
}
