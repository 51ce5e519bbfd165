import type { QueryValue } from './types.js';
/**
 * Encodes a value as exactly one path segment. Throws a TypeError naming the parameter for an empty or blank
 * value, and for '.' and '..': URL parsers resolve those even percent-encoded (%2E%2E), so no encoding is safe.
 */
export declare function pathSegment(name: string, value: string | number): string;
/** Builds '?a=1&$select=x,y' (or ''); arrays comma-joined, each item encoded; '$' kept in names for OData. */
export declare function queryString(query: Record<string, QueryValue | undefined> | undefined): string;
