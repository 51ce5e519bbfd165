import type { Emitter } from './emitter.js';
import { reexport } from './layout.js';

/** index.ts: re-exports what every emitter exports to the index, in the registry's order. */
export const barrelEmitter: Emitter = {
  name: 'index',
  planPackage: ({ barrel }) => [{ file: 'index.ts', statements: () => barrel.map((f) => reexport('index.ts', f)) }],
};
