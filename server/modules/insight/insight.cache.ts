import { sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import { aggregate } from "./insight.scope.js";

// Figures and municipality pages refreshed on change. Every change to what they show records an
// event in the arena (CONVENTIONS: "every state change is an event row"), so the arena's latest event
// says whether anything changed. The latest time alone would miss a transaction that wrote its
// event before another's and committed after it; the marker therefore also counts the events of
// the last minutes before the latest, longer than any request may run (config.requestTimeoutMs).
// Both come from the end of the events_arena index: one cheap statement, against hundreds of
// milliseconds for the aggregates of a national-size arena. Each server instance keeps its own
// copies; as the marker comes from the database, none serves figures older than a change it can see.

/** How far back from the latest event the marker counts: far longer than a request's deadline. */
const IN_FLIGHT = "10 minutes";

/** The arena's change marker: its latest event time, and how many events lie within IN_FLIGHT before it. */
export async function changeMarker(db: Database | Tx, arenaId: string): Promise<string> {
  const [r] = await aggregate<{ n: number; at: string | Date | null }>(
    db,
    sql`select count(*)::int as n, max(e.created_at) as at from events e
      where e.arena_id = ${arenaId}
        and e.created_at >= (select max(created_at) from events where arena_id = ${arenaId}) - ${IN_FLIGHT}::interval`,
  );
  const at = r?.at instanceof Date ? r.at.toISOString() : String(r?.at ?? "");
  return `${r?.n ?? 0}@${at}`;
}

/**
 * A cache of computations under keys that name the change marker they were read at, oldest out
 * first. Readers of a key that is still being computed share its computation (single flight), so
 * a crowd arriving after a change costs one computation, not one each.
 */
export function changeCache(maxEntries: number) {
  const entries = new Map<string, Promise<unknown>>();
  return function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = entries.get(key) as Promise<T> | undefined;
    if (hit !== undefined) {
      // Most recently used last, so the oldest goes first.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const pending = compute();
    entries.set(key, pending);
    // A failed computation is not kept: the next reader tries again.
    pending.catch(() => entries.delete(key));
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return pending;
  };
}

/** The dashboard's figure sets: enough for every filter a few dozen readers try at once. */
export const cachedFigures = changeCache(500);
