import { count } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { COUNT_CAP, type TotalCount } from "../graphql/relay.js";
import type { Database } from "./index.js";

/**
 * Counts a list's matches, but stops at COUNT_CAP + 1 rows: a page's count then costs at most
 * that many index entries, however many millions match. Pass the matches as a dynamic select
 * (`db.select({ one: sql\`1\` }).from(t).where(w).$dynamic()`).
 */
export async function cappedCount(db: Database, matches: PgSelect): Promise<TotalCount> {
  const [row] = await db.select({ n: count() }).from(matches.limit(COUNT_CAP + 1).as("capped"));
  const n = row?.n ?? 0;
  return n > COUNT_CAP ? { n: COUNT_CAP, capped: true } : { n, capped: false };
}
