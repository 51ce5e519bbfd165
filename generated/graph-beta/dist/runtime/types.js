// Public types of the runtime. Everything here is structural and self-contained: consumers
// type-check the emitted .d.ts under `strict` with only the ES2022 lib (no DOM, no @types/node).
export {};
