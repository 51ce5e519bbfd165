// Redirects are followed here rather than by fetch, so that nothing meant for the client's origin reaches another.
import { G } from './platform.js';

/** What one hop sends. */
export interface Hop {
  readonly url: string;
  readonly method: string;
  readonly body: string | undefined;
}

/**
 * The hop a redirect leads to, or undefined when the answer is to be returned as it is: not a redirect, or one not
 * followed (the 6th hop; a Location that is not an http(s) URL; a body that would go to another origin than the
 * client's). A 303, or a POST's 301/302, becomes a GET without body, as browsers do; 307/308 keep method and body.
 */
export function nextHop(
  status: number,
  location: string | undefined,
  from: Hop,
  hops: number,
  origin: string,
): Hop | undefined {
  if (!location || hops > 4 || ![301, 302, 303, 307, 308].includes(status)) return undefined;
  let target: { href: string; origin: string; protocol: string };
  try {
    target = new G.URL(location, from.url);
  } catch {
    return undefined;
  }
  const toGet = status == 303 || (status < 303 && from.method == 'POST');
  const body = toGet ? undefined : from.body;
  if (/^https?:$/.test(target.protocol) && (body === undefined || target.origin == origin)) {
    return { url: target.href, method: toGet ? 'GET' : from.method, body };
  }
  return undefined;
}
