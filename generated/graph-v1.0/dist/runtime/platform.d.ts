import type { AbortSignalLike, FetchLike } from './types.js';
/** The globals the runtime reads at call time. */
export interface Platform {
  /** Platform fetch. */
  fetch: FetchLike;
  /** Platform AbortSignal's factories, for the timeouts of an attempt and of a call. */
  AbortSignal: {
    timeout(ms: number): AbortSignalLike;
    any(signals: AbortSignalLike[]): AbortSignalLike;
  };
  /** Web Crypto, for client-request-id. */
  crypto: {
    randomUUID(): string;
  };
  /** Timer. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Timer cancel. */
  clearTimeout(handle: unknown): void;
  /** WHATWG URL. */
  URL: new (
    url: string,
    base?: string,
  ) => {
    readonly href: string;
    readonly origin: string;
    readonly pathname: string;
    readonly protocol: string;
  };
  /** UTF-8 decoding of a body read chunk by chunk. */
  TextDecoder: new () => {
    decode(
      chunk?: Uint8Array,
      options?: {
        stream: boolean;
      },
    ): string;
  };
  /** Base64 decoding, for the claims of a claims challenge. */
  atob(data: string): string;
}
/** globalThis, seen through Platform. */
export declare const G: Platform;
