import type { QueryValue } from './types.js';
/**
 * Encodes a value as exactly one path segment. Throws a TypeError naming the parameter for an empty or blank
 * value, and for '.' and '..': URL parsers resolve those even percent-encoded (%2E%2E), so no encoding is safe.
 */
export declare function pathSegment(name: string, value: string | number): string;
/**
 * The path with the query added ('/things?a=1&$select=x,y'); arrays comma-joined, each item encoded, '$' kept in
 * names for OData. A path the spec wrote with a query of its own ('/?Action=x') keeps it, joined with '&'.
 */
export declare function withQuery(path: string, query: Record<string, QueryValue | undefined> | undefined): string;
