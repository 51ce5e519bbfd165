// Paging through a Graph collection: every page is one request through the client's send, so credentials, retries,
// throttling and the caller's AbortSignal apply to each. Only code that pages imports this module.
import { abortError } from './abort.js';
import { describe } from './describe.js';
import { withQuery } from './path.js';
import { G } from './platform.js';
const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;
/**
 * Pages through the collection that `call` lists: `paged(client, (client) => listX(client, params))`, or the
 * generated `listXAll(client, params, options)`. The service's `@odata.nextLink` is followed exactly as given (never
 * rebuilt) when it is below the client's base URL, where the token belongs; a link anywhere else (another host, say)
 * is refused with a TypeError, the pages before it read. Nothing is sent until the iteration starts.
 */
export function paged(client, call, options = {}) {
  const { from, maxItems = Infinity, maxPages = Infinity, ...sendOptions } = options;
  const signal = sendOptions.signal;
  async function* pages() {
    const first = describe(call, client.baseUrl).request;
    // The operation's headers (ConsistencyLevel, Prefer: odata.maxpagesize) apply to every page, a resumed one too.
    const headers = first.headers;
    let link = from ?? client.baseUrl + withQuery(first.path, first.query);
    let items = 0;
    for (let n = 0; link !== undefined && n < maxPages && items < maxItems; n++) {
      if (signal?.aborted) throw abortError(signal);
      // The token's audience is the client's base URL: a link elsewhere is refused rather than sent without it.
      if (!link.startsWith(client.baseUrl + '/'))
        throw new TypeError(`Refusing to follow ${link}: it is not below the client's base URL ${client.baseUrl}`);
      // The link's own text after the base URL: the client puts the two together again, so the link is sent as given.
      const request =
        n == 0 && from === undefined
          ? first
          : {
              method: 'GET',
              path: link.slice(client.baseUrl.length),
              headers,
            };
      const result = await client.send(request, sendOptions);
      const body = result.data;
      if (result.hasContent && !Array.isArray(body?.value))
        throw new TypeError(`The answer to ${link} is not a collection (it has no value array)`);
      const value = body?.value ?? [];
      const next = typeof body?.['@odata.nextLink'] == 'string' ? body['@odata.nextLink'] : undefined;
      const delta = body?.['@odata.deltaLink'];
      const page = {
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
