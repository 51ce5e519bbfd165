// Paging through a Graph collection: every page is one request through the client's send, so credentials, retries,
// throttling and the caller's AbortSignal apply to each. Only code that pages imports this module.
import { abortError } from './abort.js';
import { describe, type OperationCall } from './describe.js';
import { withQuery } from './path.js';
import { G } from './platform.js';
import type { GraphClient, GraphResult } from './graph.js';
import type { OperationRequest, RequestOptions } from './types.js';

/** The item type of a collection response (`{ value: T[]; '@odata.nextLink'?: … }`). */
export type CollectionItem<R> = R extends { readonly value?: readonly (infer I)[] | null | undefined } ? I : never;

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

/** What a page's body may hold; anything else in it stays on `result.data`. */
interface CollectionBody {
  value?: unknown;
  '@odata.nextLink'?: unknown;
  '@odata.deltaLink'?: unknown;
}

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;

/**
 * Pages through the collection that `call` lists: `paged(client, (client) => listX(client, params))`, or the
 * generated `listXAll(client, params, options)`. The service's `@odata.nextLink` is followed exactly as given (never
 * rebuilt) when it is below the client's base URL, where the token belongs; a link anywhere else (another host, say)
 * is refused with a TypeError, the pages before it read. Nothing is sent until the iteration starts.
 */
export function paged<R>(client: GraphClient, call: OperationCall<R>, options: PageOptions = {}): Paged<R> {
  const { from, maxItems = Infinity, maxPages = Infinity, ...sendOptions } = options;
  const signal = sendOptions.signal;

  async function* pages(): AsyncGenerator<Page<R>> {
    const first = describe(call, client.baseUrl).request;
    // The operation's headers (ConsistencyLevel, Prefer: odata.maxpagesize) apply to every page, a resumed one too.
    const headers = first.headers;
    let link: string | undefined = from ?? client.baseUrl + withQuery(first.path, first.query);
    let items = 0;
    for (let n = 0; link !== undefined && n < maxPages && items < maxItems; n++) {
      if (signal?.aborted) throw abortError(signal);
      // The token's audience is the client's base URL: a link elsewhere is refused rather than sent without it.
      if (!link.startsWith(client.baseUrl + '/'))
        throw new TypeError(`Refusing to follow ${link}: it is not below the client's base URL ${client.baseUrl}`);
      // The link's own text after the base URL: the client puts the two together again, so the link is sent as given.
      const request: OperationRequest =
        n == 0 && from === undefined ? first : { method: 'GET', path: link.slice(client.baseUrl.length), headers };
      const result: GraphResult<R> = await client.send<R>(request, sendOptions);
      const body = result.data as CollectionBody | undefined;
      if (result.hasContent && !Array.isArray(body?.value))
        throw new TypeError(`The answer to ${link} is not a collection (it has no value array)`);
      const value = (body?.value ?? []) as CollectionItem<R>[];
      const next = typeof body?.['@odata.nextLink'] == 'string' ? body['@odata.nextLink'] : undefined;
      const delta = body?.['@odata.deltaLink'];
      const page: Page<R> = {
        items: value.slice(0, maxItems - items),
        link,
        // A relative link (OData allows one) is read against the page it came in; an absolute one is kept as it is.
        nextLink: next === undefined || ABSOLUTE.test(next) ? next : new G.URL(next, link).href,
        deltaLink: typeof delta == 'string' ? delta : undefined,
        result,
      };
      // A service that sends a page's own link as its next would be followed forever.
      if (page.nextLink === link) throw new TypeError(`The page at ${link} names itself as the next page`);
      items += page.items.length;
      link = page.nextLink;
      yield page;
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) {
        for (const item of page.items) {
          if (signal?.aborted) throw abortError(signal);
          yield item;
        }
      }
    },
  };
}
