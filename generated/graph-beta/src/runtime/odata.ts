// OData query options in the types: what a call's `$select` and `$expand` lists make of the entity it returns.
// Type-level only (no code); the generated operations infer the lists as literal tuples and name their query type Q.

/** The `$select` list a query type takes (Q is a generated query type, such as `ListUsersQuery`). */
export type SelectOf<Q> = Q extends { $select?: infer S } ? Exclude<S, undefined> : never;

/** The `$expand` list a query type takes: the entity's navigation properties, and `'*'` for all of them. */
export type ExpandOf<Q> = Q extends { $expand?: infer E } ? Exclude<E, undefined> : never;

/** Names a list holds (none for `never`, the default when a call passes no list). */
type Names<L> = [L] extends [never] ? never : L extends readonly (infer N)[] ? N : never;

/** The navigation properties a query type's `$expand` names; `'*'` stands for all of them. */
type Navigation<Q> = Exclude<Names<ExpandOf<Q>>, '*'>;

/** The expanded navigation properties. */
type Expanded<Q, E> = '*' extends Names<E> ? Navigation<Q> : Names<E>;

/**
 * An entity T as a call with `$select` S and `$expand` E returns it (Q: the call's query type). Without `$select`, the
 * whole of T. With it: each selected property that is not a navigation property, no longer optional (Graph returns
 * every selected property, `null` when it has no value), `@odata.type` where T declares it, and each expanded
 * navigation property. A union T (a polymorphic entity) is narrowed member by member.
 */
export type Selected<T, S, E = never, Q = unknown> = [S] extends [never]
  ? T
  : T extends unknown
    ? { [P in keyof T as P extends Exclude<Names<S>, Navigation<Q>> ? P : never]-?: T[P] } & {
        [P in keyof T as P extends '@odata.type' | Expanded<Q, E> ? P : never]: T[P];
      }
    : never;

/**
 * A page of a collection (an object with `value`, Graph's `…CollectionResponse`), its items narrowed like `Selected`.
 */
export type SelectedPage<P, S, E = never, Q = unknown> = [S] extends [never]
  ? P
  : { [K in keyof P]: K extends 'value' ? SelectedItems<P[K], S, E, Q> : P[K] };

/** The items of a page's `value`, narrowed (`null` and `undefined` kept where the page allows them). */
type SelectedItems<V, S, E, Q> = V extends readonly (infer I)[] ? Selected<I, S, E, Q>[] : V;
