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
export declare function nextHop(
  status: number,
  location: string | undefined,
  from: Hop,
  hops: number,
  origin: string,
): Hop | undefined;
