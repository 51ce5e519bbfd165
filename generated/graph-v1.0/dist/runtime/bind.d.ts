import type { ApiClient } from './types.js';
/** An operation function with its client argument already supplied. */
export type Bound<F> = F extends (client: ApiClient, ...args: infer A) => infer R ? (...args: A) => R : never;
/** Every operation of one group (an `operations/<group>` module), bound to one client. */
export type BoundGroup<M> = { readonly [K in keyof M]: Bound<M[K]> };
/**
 * Binds every function of an operations module (`import * as group`) to a client. Only
 * createSdk uses it: single-operation imports never pull it into a bundle.
 */
export declare function bindGroup<M extends object>(client: ApiClient, operations: M): BoundGroup<M>;
