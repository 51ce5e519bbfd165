/**
 * True for a string usable as a bare property name in TypeScript: the model names path parameters by it, emit writes
 * keys by it.
 */
export function isIdentifier(name: string): boolean {
  return /^[\p{L}_$][\p{L}\p{Nd}_$]*$/u.test(name);
}
