/** Wraps a credential; a TokenCredential's token is reused until a minute before it expires. */
export function tokenGetter(credential, scope) {
  let cached = null;
  return async (signal) => {
    if (typeof credential == 'function') return credential([scope], signal);
    if (!cached || Date.now() > cached.expiresOnTimestamp - 6e4) {
      cached = await credential.getToken([scope], { abortSignal: signal });
      if (!cached) throw new Error('The credential returned no token');
    }
    return cached.token;
  };
}
