// Header merging. Values with CR or LF are refused up front: fetch would reject them as a network error,
// which the retry loop could not tell apart from a real one.

/** Copies headers into `into` with lower-case names, skipping undefined; throws a TypeError on CR/LF. */
export function mergeHeaders(into: Record<string, string>, from: Record<string, string | undefined> | undefined): void {
  for (const k in from) {
    const v = from[k];
    if (v === undefined) continue;
    if (/[\r\n]/.test(k + v)) throw new TypeError(`Header ${k} contains CR or LF`);
    into[k.toLowerCase()] = v;
  }
}

/** A copy for hooks: Authorization, and every header the credentials set (an API key, a cookie), never leaves the runtime. */
export const redact = (h: Record<string, string>, before: Record<string, string>): Record<string, string> => {
  const r = { ...h };
  for (const k in r) if (k == 'authorization' || r[k] !== before[k]) r[k] = 'REDACTED';
  return r;
};
