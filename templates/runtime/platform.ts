// The Node >= 20 / browser globals the runtime uses, typed here so the runtime compiles with the
// ES2022 lib alone (no DOM lib, no @types/node needed by a generated package).
import type { AbortSignalLike, FetchLike } from './types.js';

/** The globals the runtime reads at call time. */
export interface Platform {
  /** Platform fetch. */
  fetch: FetchLike;
  /** Platform AbortController. */
  AbortController: new () => { readonly signal: AbortSignalLike; abort(reason?: unknown): void };
  /** Web Crypto, for client-request-id. */
  crypto: { randomUUID(): string };
  /** Timer. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Timer cancel. */
  clearTimeout(handle: unknown): void;
  /** WHATWG URL. */
  URL: new (
    url: string,
    base?: string,
  ) => { readonly href: string; readonly origin: string; readonly pathname: string };
}

/** globalThis, seen through Platform. */
export const G: Platform = globalThis as unknown as Platform;
