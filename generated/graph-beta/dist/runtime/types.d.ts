/** Identity of the generated package; baseUrl is the spec's first server. */
export interface PackageInfo {
  /** npm name, sent in User-Agent and SdkVersion. */
  readonly name: string;
  /** Package version, sent in User-Agent and SdkVersion. */
  readonly version: string;
  /** Default base URL, the spec's first server. */
  readonly baseUrl: string;
}
/** The part of AbortSignal the runtime uses; a platform AbortSignal fits. */
export interface AbortSignalLike {
  /** True once aborted. */
  readonly aborted: boolean;
  /** Why it was aborted, kept as the error's cause. */
  readonly reason?: unknown;
  /** Subscribes to the abort event. */
  addEventListener(
    type: 'abort',
    listener: () => void,
    options?: {
      once?: boolean;
    },
  ): void;
  /** Unsubscribes from the abort event. */
  removeEventListener(type: 'abort', listener: () => void): void;
}
/** The part of a fetch Headers object the runtime reads. */
export interface HeadersLike {
  /** Visits every header; names may come in any case. */
  forEach(callback: (value: string, name: string) => void): void;
}
/** The part of a fetch Response the runtime reads. */
export interface ResponseLike {
  /** HTTP status code. */
  readonly status: number;
  /** HTTP reason phrase (may be empty under HTTP/2). */
  readonly statusText: string;
  /** Response headers. */
  readonly headers: HeadersLike;
  /** The body as a stream; read chunk by chunk so that its size can be limited. Absent on some test doubles. */
  readonly body?: BodyStreamLike | null;
  /** Reads the whole body as text (used when there is no stream). */
  text(): Promise<string>;
}
/** The part of a ReadableStream of bytes the runtime reads. */
export interface BodyStreamLike {
  /** Locks the stream to one reader. */
  getReader(): {
    /** The next chunk, after decompression. */
    read(): Promise<{
      done: boolean;
      value?: Uint8Array;
    }>;
    /** Stops reading and closes the stream. */
    cancel(): Promise<void>;
  };
}
/** What the runtime passes to fetch; assignable to the platform's RequestInit. */
export interface FetchInit {
  /** HTTP method. */
  method: string;
  /** Lower-case header names, validated (no CR/LF). */
  headers: Record<string, string>;
  /** Serialised body, absent for requests without one. */
  body?: string | undefined;
  /** Redirects are followed by the runtime so it can drop Authorization across hosts. */
  redirect: 'manual';
  /** The attempt's AbortSignal; `any` so DOM and undici fetch types both accept it without a DOM dependency. */
  signal: any;
}
/** A fetch implementation: globalThis.fetch, undici, or a test double. */
export type FetchLike = (url: string, init: FetchInit) => Promise<ResponseLike>;
/**
 * A bearer token source: resolve a token for the given scopes. Called for every attempt (concurrent calls share one
 * call in flight); cache in it if it is costly. `claims` is set after a claims challenge (Continuous Access
 * Evaluation): return a token that satisfies them.
 */
export type TokenFunction = (scopes: string[], signal?: AbortSignalLike, claims?: string) => Promise<string>;
/** The shape of @azure/identity's AccessToken. */
export interface AccessTokenLike {
  /** The bearer token. */
  readonly token: string;
  /** Expiry in milliseconds since the epoch. */
  readonly expiresOnTimestamp: number;
}
/** The shape of @azure/identity's TokenCredential, accepted without depending on it. */
export interface TokenCredentialLike {
  /**
   * Gets a token for the scopes; the runtime caches it until a minute before expiry or a 401, and asks with
   * `enableCae: true`, and with `claims` after a claims challenge.
   */
  getToken(
    scopes: string | string[],
    options?: {
      abortSignal?: AbortSignalLike | undefined;
      claims?: string | undefined;
      tenantId?: string | undefined;
      enableCae?: boolean | undefined;
    },
  ): Promise<AccessTokenLike | null>;
}
/** Throttling and network-failure retry settings. */
export interface RetryOptions {
  /** Retries after the first attempt; default 3, at most 10. */
  maxRetries?: number | undefined;
  /** First backoff delay when the server sends no Retry-After; doubles per retry, with jitter. Default 3000. */
  baseDelayMs?: number | undefined;
  /** Cap of one wait, Retry-After included; default and maximum 180000. */
  maxDelayMs?: number | undefined;
}
/** What onRequest sees: a copy, with Authorization redacted. */
export interface RequestEvent {
  /** HTTP method. */
  readonly method: string;
  /** Full URL. */
  readonly url: string;
  /** Request headers (lower-case names); authorization, and any header the credentials set, read 'REDACTED'. */
  readonly headers: Readonly<Record<string, string>>;
  /** 1 for the first attempt, 2 for the first retry, and so on (redirect hops keep the number). */
  readonly attempt: number;
}
/** What onThrottle sees: the service asked this call to wait, and it will, then send again. */
export interface ThrottleEvent {
  /** HTTP method. */
  readonly method: string;
  /** Full URL. */
  readonly url: string;
  /** The attempt that was throttled, as in RequestEvent. */
  readonly attempt: number;
  /** 429, 503 or 504. */
  readonly status: number;
  /** How long the call waits before its next attempt, in ms (Retry-After, or the backoff). */
  readonly waitMs: number;
}
/** What onResponse sees. */
export interface ResponseEvent {
  /** HTTP method. */
  readonly method: string;
  /** Full URL. */
  readonly url: string;
  /** Attempt number, as in RequestEvent. */
  readonly attempt: number;
  /** HTTP status code. */
  readonly status: number;
  /** Response headers (lower-case names). */
  readonly headers: Readonly<Record<string, string>>;
  /** Milliseconds from sending to the full body read. */
  readonly durationMs: number;
}
/** The options every client takes; each profile's client adds its own (credentials, base URL). */
export interface CommonOptions {
  /** fetch to use; default globalThis.fetch, looked up at call time. */
  fetch?: FetchLike | undefined;
  /** Headers on every request. */
  headers?: Record<string, string> | undefined;
  /** Timeout of one attempt in ms; default 60000; 0 disables. */
  timeoutMs?: number | undefined;
  /** Time budget of a whole call in ms, retries and waits included; default 0, none. */
  totalTimeoutMs?: number | undefined;
  /** Retry settings, or false for none. */
  retry?: RetryOptions | false | undefined;
  /** Most requests of this client in flight at once; the others queue. Default: no limit. */
  maxConcurrency?: number | undefined;
  /** Largest response body read, in bytes after decompression; default 67108864 (64 MiB); 0 disables. */
  maxResponseBytes?: number | undefined;
  /**
   * Header names, besides accept, user-agent, sdkversion, client-request-id and retry-attempt, that may go along
   * to another origin (a redirect, an absolute URL). Authorization never does.
   */
  crossOriginHeaders?: readonly string[] | undefined;
  /** Called when the service throttles a call (429, 503, 504) and it waits to send again; for logging. */
  onThrottle?: ((event: ThrottleEvent) => void) | undefined;
  /** Called before every HTTP request (retries and redirect hops included); for logging. */
  onRequest?: ((event: RequestEvent) => void) | undefined;
  /** Called after every HTTP response has been read. */
  onResponse?: ((event: ResponseEvent) => void) | undefined;
}
/** One value of a query parameter or a header: how arrays and objects go out depends on the parameter's style. */
export type QueryValue =
  | string
  | number
  | boolean
  | Date
  | readonly (string | number | boolean | Date)[]
  | {
      readonly [key: string]:
        string | number | boolean | Date | readonly (string | number | boolean | Date)[] | undefined;
    };
/** A parameter's serialization where it is not the default (form and exploded in a query, simple in a header). */
export interface ParameterStyle {
  /** How an array or an object is written. */
  readonly style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'simple';
  /** One name=value pair per item (true), or one pair for the whole value (false). */
  readonly explode: boolean;
}
/** One way to authenticate an operation: the security schemes it needs together, each with the scopes it names. */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;
/** A request as generated operation functions describe it. */
export interface OperationRequest {
  /** HTTP method. */
  method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
  /** Already-encoded path starting with '/', appended to the base URL; or an absolute http(s) URL, used as given. */
  path: string;
  /** Query parameters; undefined values are left out. */
  query?: Record<string, QueryValue | undefined> | undefined;
  /** Operation headers; undefined values are left out. */
  headers?: Record<string, QueryValue | undefined> | undefined;
  /** Query parameters whose style is not the default, by name. */
  styles?: Readonly<Record<string, ParameterStyle>> | undefined;
  /** The ways to authenticate, any one of which will do; absent when the operation needs none. */
  security?: readonly SecurityRequirement[] | undefined;
  /** Body; serialised as JSON unless contentType is not JSON and the body is a string. */
  body?: unknown;
  /** Content-Type of the body; default application/json. */
  contentType?: string | undefined;
  /**
   * The media types the operation documents for its answer, sent as Accept, when they are not JSON alone; a 2xx
   * body is then parsed only when it says it is JSON. Without it, a 2xx body that is not JSON is an HTTP error.
   */
  accept?: string | undefined;
  /** The permissions the operation documents, named in the error of a 403. */
  permissions?: string | undefined;
}
/** Per-call options. */
export interface RequestOptions {
  /** Cancels the call, waits between retries included. */
  signal?: AbortSignalLike | undefined;
  /** Overrides the client's per-attempt timeout. */
  timeoutMs?: number | undefined;
  /** Headers for this call; they win over client and operation headers. */
  headers?: Record<string, string> | undefined;
  /** Overrides the client's retry settings (fields merge; false turns retries off). */
  retry?: RetryOptions | false | undefined;
  /** Overrides the client's time budget of the whole call. */
  totalTimeoutMs?: number | undefined;
  /** Overrides the client's largest response body. */
  maxResponseBytes?: number | undefined;
}
/** What every successful result carries. */
export interface ApiResultBase {
  /** HTTP status code (2xx). */
  readonly status: number;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The request-id response header, for support cases. */
  readonly requestId: string | undefined;
  /** The client-request-id sent (or echoed). */
  readonly clientRequestId: string;
}
/** A 2xx answer with a body: parsed JSON (`null` included), or the text where the operation documents text. */
export interface ApiContent<T> extends ApiResultBase {
  /** Discriminant: a body came back. */
  readonly hasContent: true;
  /** The body. */
  readonly data: T;
}
/** A 204 or an empty 2xx answer. */
export interface ApiNoContent extends ApiResultBase {
  /** Discriminant: no body came back. */
  readonly hasContent: false;
  /** Always undefined. */
  readonly data: undefined;
}
/** Result of a successful call; test hasContent to tell the two apart. */
export type ApiResult<T> = ApiContent<T> | ApiNoContent;
/** A configured client; generated operation functions call send. */
export interface ApiClient {
  /** Resolved base URL, without a trailing slash. */
  readonly baseUrl: string;
  /**
   * Sends one request: every HTTP call of the client (operations, and helpers built on them) goes through it, and so
   * through its limiter. Rejects with the package's HTTP error or a RequestError.
   */
  send<T>(request: OperationRequest, options?: RequestOptions): Promise<ApiResult<T>>;
}
