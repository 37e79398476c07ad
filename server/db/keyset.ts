import { and, eq, gt, lt, or, sql } from "drizzle-orm";
import type { AnyColumn, SQL } from "drizzle-orm";

/**
 * A timestamptz as a cursor holds it: ISO 8601 in UTC to the microsecond, the column's own
 * precision. A JavaScript Date keeps only milliseconds, and a keyset cursor cut to them skips a
 * row saved a few microseconds before the last row of a page. to_char rather than `::text` so
 * that the form does not depend on the session's DateStyle or TimeZone.
 */
export const timeText = (col: AnyColumn | SQL) => sql<string>`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The rows after a cursor's (time, id) in a list ordered by `time` then `id`, each ascending or
 * descending. The time is compared as PostgreSQL reads it back, so at full precision.
 */
export function afterTimeAndId(
  time: AnyColumn,
  id: AnyColumn,
  after: (string | number)[] | null,
  order: { time: "asc" | "desc"; id: "asc" | "desc" },
): SQL | undefined {
  if (!after || after.length !== 2) return undefined;
  const at = sql`${String(after[0])}::timestamptz`;
  const rowId = String(after[1]);
  return or(order.time === "asc" ? gt(time, at) : lt(time, at), and(eq(time, at), order.id === "asc" ? gt(id, rowId) : lt(id, rowId)));
}
