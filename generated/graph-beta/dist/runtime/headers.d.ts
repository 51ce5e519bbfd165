/** Copies headers into `into` with lower-case names, skipping undefined; throws a TypeError on CR/LF. */
export declare function mergeHeaders(
  into: Record<string, string>,
  from: Record<string, string | undefined> | undefined,
): void;
/** Removes every header but the harmless ones and those the caller allows (names in any case). */
export declare function keepCrossOrigin(headers: Record<string, string>, allowed?: readonly string[]): void;
/**
 * A copy for hooks: Authorization, and every header the credentials set (an API key, a cookie), never leaves the
 * runtime.
 */
export declare const redact: (
  headers: Record<string, string>,
  before: Record<string, string>,
) => Record<string, string>;
