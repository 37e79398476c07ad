import { type SQL, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import type { Sector } from "../partnership/partnership.vocabulary.js";

/** A dashboard's filter once its ids are checked: raw ids, or null for "all". */
export interface InsightScope {
  arenaId: string;
  year: number | null;
  goalId: string | null;
  countyPartId: string | null;
  sector: Sector | null;
  /** The domain clock's now, so that "overdue" follows the app's time, not the database's. */
  now: Date;
}

/** Calendar years are Swedish years: a move at 23:30 on New Year's Eve in Stockholm belongs to the old year. */
export const TIME_ZONE = "Europe/Stockholm";

/**
 * The submitted ideas of the arena that the filter keeps (goal, county part, sector; not the
 * year, which each figure applies to its own moment: a move, a submission, a decision).
 * A county part keeps ideas placed in it or in one of its municipalities.
 */
export function scopeSql(s: InsightScope): SQL {
  return sql`select i.id, i.stage, i.sector, i.target_group, i.submitted_at, i.hear_back_by, i.acknowledged_at,
      i.decision_due_by, i.triaged_at
    from ideas i
    where i.arena_id = ${s.arenaId} and i.submitted_at is not null
      ${s.sector ? sql`and i.sector = ${s.sector}` : sql``}
      ${s.goalId ? sql`and exists (select 1 from idea_goals g where g.idea_id = i.id and g.goal_id = ${s.goalId})` : sql``}
      ${
        s.countyPartId
          ? sql`and exists (select 1 from idea_places p left join organisations o on o.id = p.organisation_id
              where p.idea_id = i.id and (p.county_part_id = ${s.countyPartId} or o.county_part_id = ${s.countyPartId}))`
          : sql``
      }`;
}

/** `ideaId` is one of the scope's ideas; true without a goal, county part or sector (the rollups hold only submitted ideas). */
export function inScope(s: InsightScope, ideaId: SQL): SQL {
  if (!s.goalId && !s.countyPartId && !s.sector) return sql`true`;
  return sql`${ideaId} in (select id from (${scopeSql(s)}) scoped)`;
}

/** `column` lies in the filter's year (always true without one). */
export function inYear(s: InsightScope, column: SQL): SQL {
  if (s.year === null) return sql`true`;
  return sql`(${column} >= make_timestamptz(${s.year}, 1, 1, 0, 0, 0, ${TIME_ZONE})
    and ${column} < make_timestamptz(${s.year + 1}, 1, 1, 0, 0, 0, ${TIME_ZONE}))`;
}

/** Rows of a raw aggregate, whichever driver ran it (postgres.js answers an array, PGlite an object with rows). */
export async function aggregate<T>(db: Database | Tx, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}
