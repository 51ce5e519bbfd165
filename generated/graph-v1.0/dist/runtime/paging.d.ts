import { type OperationCall } from './describe.js';
import type { GraphClient, GraphResult } from './graph.js';
import type { RequestOptions } from './types.js';
/** The item type of a collection response (`{ value: T[]; '@odata.nextLink'?: … }`). */
export type CollectionItem<R> = R extends {
  readonly value?: readonly (infer I)[] | null | undefined;
}
  ? I
  : never;
/** Paging options; the request options (signal, timeoutMs, headers, retry) apply to every page. */
export interface PageOptions extends RequestOptions {
  /**
   * A link saved from an earlier run: a page's `nextLink` (to go on after it) or `link` (to read it again). The
   * listing starts there; the operation's own first request is not sent.
   */
  from?: string | undefined;
  /** Stop after this many items (the last page read may hold more: they are left out). */
  maxItems?: number | undefined;
  /** Stop after this many pages (requests). */
  maxPages?: number | undefined;
}
/** One page of a collection. */
export interface Page<R> {
  /** The page's items (`value`). */
  readonly items: CollectionItem<R>[];
  /** The URL this page was read from: pass it as `from` to read this page again. */
  readonly link: string;
  /**
   * The service's `@odata.nextLink`, as given: pass it as `from` to go on after this page. Undefined on the last page.
   */
  readonly nextLink: string | undefined;
  /** A delta function's `@odata.deltaLink` (on its last page): pass it as `from` later for the changes since. */
  readonly deltaLink: string | undefined;
  /** The whole answer: status, headers, requestId, and the body with `@odata.count` and the rest. */
  readonly result: GraphResult<R>;
}
/** The items of a collection, page after page (`for await`); `pages()` gives the pages themselves, with their links. */
export interface Paged<R> extends AsyncIterable<CollectionItem<R>> {
  /** The pages, each with its items, its link and the service's nextLink (to save and resume from). */
  pages(): AsyncIterable<Page<R>>;
}
/**
 * Pages through the collection that `call` lists: `paged(client, (client) => listX(client, params))`, or the
 * generated `listXAll(client, params, options)`. The service's `@odata.nextLink` is followed exactly as given (never
 * rebuilt) when it is below the client's base URL, where the token belongs; a link anywhere else (another host, say)
 * is refused with a TypeError, the pages before it read. Nothing is sent until the iteration starts.
 */
export declare function paged<R>(client: GraphClient, call: OperationCall<R>, options?: PageOptions): Paged<R>;
