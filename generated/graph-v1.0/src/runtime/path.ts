// URL building. Values are encoded here, once; generated code never concatenates raw values.
import type { QueryValue } from './types.js';

/**
 * Encodes a value as exactly one path segment. Throws a TypeError naming the parameter for an empty or blank
 * value, and for '.' and '..': URL parsers resolve those even percent-encoded (%2E%2E), so no encoding is safe.
 */
export function pathSegment(name: string, value: string | number): string {
  const s = String(value);
  if (!s.trim() || s == '.' || s == '..')
    throw new TypeError(`Path parameter ${name} must not be empty, blank, '.' or '..'`);
  return encodeURIComponent(s);
}

const one = (v: string | number | boolean | Date): string =>
  encodeURIComponent(v instanceof Date ? v.toISOString() : String(v));

/**
 * The path with the query added ('/things?a=1&$select=x,y'); arrays comma-joined, each item encoded, '$' kept in
 * names for OData. A path the spec wrote with a query of its own ('/?Action=x') keeps it, joined with '&'.
 */
export function withQuery(path: string, query: Record<string, QueryValue | undefined> | undefined): string {
  let s = path;
  for (const k in query) {
    const v = query[k];
    if (v === undefined) continue;
    s +=
      (s.includes('?') ? '&' : '?') +
      encodeURIComponent(k).replace(/%24/g, '$') +
      '=' +
      (Array.isArray(v) ? v.map(one).join(',') : one(v as Date));
  }
  return s;
}
