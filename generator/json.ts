/** A parsed JSON object, as the spec's documents are read: load, model and validate all test values with this. */
export type Json = Record<string, unknown>;

/** True for a JSON object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
