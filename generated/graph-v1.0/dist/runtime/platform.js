/** globalThis, seen through Platform. */
export const G = globalThis;
