import type { Cache } from "@urql/exchange-graphcache";

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
