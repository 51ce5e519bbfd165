/** Copies headers into `into` with lower-case names, skipping undefined; throws a TypeError on CR/LF. */
export declare function mergeHeaders(
  into: Record<string, string>,
  from: Record<string, string | undefined> | undefined,
): void;
/** A copy for hooks: Authorization, and every header the credentials set (an API key, a cookie), never leaves the runtime. */
export declare const redact: (h: Record<string, string>, before: Record<string, string>) => Record<string, string>;
