import type { Cache, CacheExchangeOpts } from "@urql/exchange-graphcache";

type Entity = "Query" | { __typename: string; id: string };

/**
 * Drops an entity's cached fields whose names match (with every argument combination), so that
 * the queries on screen that read them fetch them again.
 */
export function invalidateFields(cache: Cache, entity: Entity, names: RegExp | readonly string[]) {
  const match = names instanceof RegExp ? (n: string) => names.test(n) : (n: string) => names.includes(n);
  for (const f of cache.inspectFields(entity)) if (match(f.fieldName)) cache.invalidate(entity, f.fieldName, f.arguments ?? undefined);
}

/** An idea's fields that every recorded event changes: its timeline and, in lists, its latest event. */
export const TIMELINE_FIELDS = ["timeline", "latestEvent"] as const;

/** The same for one entity (an Idea, a TestCycle), given the id a mutation returned; anything else is ignored. */
export function invalidateEntity(cache: Cache, typename: string, id: unknown, names: RegExp | readonly string[]) {
  if (typeof id === "string") invalidateFields(cache, { __typename: typename, id }, names);
}

export type Keys = NonNullable<CacheExchangeOpts["keys"]>;
export type Resolvers = NonNullable<CacheExchangeOpts["resolvers"]>;
export type QueryResolvers = NonNullable<Resolvers["Query"]>;
export type Optimistic = NonNullable<CacheExchangeOpts["optimistic"]>;
export type MutationUpdates = NonNullable<NonNullable<CacheExchangeOpts["updates"]>["Mutation"]>;
export type SubscriptionUpdates = NonNullable<NonNullable<CacheExchangeOpts["updates"]>["Subscription"]>;

/** For types without a global id: stored inside their parent. */
export const noKey = () => null;

/**
 * What one feature adds to the cache (its cache.ts): keys of its types, resolvers (pagination),
 * optimistic answers and updates after its mutations. `viewerDependent` names the Query fields
 * whose answer depends on who is signed in; they are dropped at sign-in and sign-out.
 */
export interface FeatureCache {
  keys?: Keys;
  resolvers?: Resolvers;
  optimistic?: Optimistic;
  updates?: { Mutation?: MutationUpdates; Subscription?: SubscriptionUpdates };
  viewerDependent?: readonly string[];
}

function merge<T>(what: string, parts: (T | undefined)[]): T {
  const out = {} as Record<string, unknown>;
  for (const part of parts)
    for (const [k, v] of Object.entries((part ?? {}) as Record<string, unknown>)) {
      // Two features claiming one type or mutation would silently drop one rule.
      if (k in out) throw new Error(`Two features define the cache's ${what} "${k}".`);
      out[k] = v;
    }
  return out as T;
}

/** One Graphcache configuration from the features' parts. */
export function composeCache(features: readonly FeatureCache[]): CacheExchangeOpts {
  const typenames = [...new Set(features.flatMap((f) => Object.keys(f.resolvers ?? {})))];
  return {
    keys: merge(
      "keys",
      features.map((f) => f.keys),
    ),
    resolvers: Object.fromEntries(
      typenames.map((t) => [
        t,
        merge(
          `resolvers of ${t}`,
          features.map((f) => f.resolvers?.[t]),
        ),
      ]),
    ),
    optimistic: merge(
      "optimistic",
      features.map((f) => f.optimistic),
    ),
    updates: {
      Mutation: merge(
        "Mutation updates",
        features.map((f) => f.updates?.Mutation),
      ),
      Subscription: merge(
        "Subscription updates",
        features.map((f) => f.updates?.Subscription),
      ),
    },
  };
}
