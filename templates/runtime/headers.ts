// Header merging. Values with CR or LF are refused up front: fetch would reject them as a network error,
// which the retry loop could not tell apart from a real one.

/** Copies headers into `into` with lower-case names, skipping undefined; throws a TypeError on CR/LF. */
export function mergeHeaders(into: Record<string, string>, from: Record<string, string | undefined> | undefined): void {
  for (const name in from) {
    const value = from[name];
    if (value === undefined) continue;
    if (/[\r\n]/.test(name + value)) throw new TypeError(`Header ${name} contains CR or LF`);
    into[name.toLowerCase()] = value;
  }
}

/** Headers that may go to any origin: none identifies the caller or carries a secret. */
const harmless = ['accept', 'content-type', 'user-agent', 'sdkversion', 'client-request-id', 'retry-attempt'];

/** Removes every header but the harmless ones and those the caller allows (names in any case). */
export function keepCrossOrigin(headers: Record<string, string>, allowed: readonly string[] = []): void {
  for (const name in headers) {
    if (!harmless.includes(name) && !allowed.some((other) => other.toLowerCase() == name)) delete headers[name];
  }
}

/**
 * A copy for hooks: Authorization, and every header the credentials set (an API key, a cookie), never leaves the
 * runtime.
 */
export const redact = (headers: Record<string, string>, before: Record<string, string>): Record<string, string> => {
  const copy = { ...headers };
  for (const name in copy) if (name == 'authorization' || copy[name] !== before[name]) copy[name] = 'REDACTED';
  return copy;
};
