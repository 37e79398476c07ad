import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import { onIdeaMoved } from "../ideas/ideas.hooks.js";
import { insightStageStays } from "./insight.tables.js";

// Keeps the stays rollup (insight.tables.ts) in step with the moves, inside their transactions.

onIdeaMoved(async (tx, move) => {
  await tx
    .update(insightStageStays)
    .set({ leftAt: move.at })
    .where(and(eq(insightStageStays.ideaId, move.ideaId), isNull(insightStageStays.leftAt)));
  await tx.insert(insightStageStays).values({ arenaId: move.arenaId, ideaId: move.ideaId, stage: move.to, enteredAt: move.at });
});

/**
 * Rebuilds the rollup from the event history, the source of truth: every event that names the
 * stage an idea moved to opens a stay, and the idea's next such event closes it. Drafts are not
 * stays the dashboard reads. For the seed, the bench dataset, and repair after a bulk change.
 */
export async function rebuildStageStays(db: Database | Tx, arenaId?: string): Promise<void> {
  const where = arenaId ? sql`and e.arena_id = ${arenaId}` : sql``;
  await db.execute(sql`delete from ${insightStageStays} ${arenaId ? sql`where arena_id = ${arenaId}` : sql``}`);
  await db.execute(sql`insert into ${insightStageStays} (arena_id, idea_id, stage, entered_at, left_at)
    select arena_id, idea_id, stage, entered_at, left_at from (
      select i.arena_id, e.subject_id as idea_id, e.data->>'toStage' as stage, e.created_at as entered_at,
        lead(e.created_at) over (partition by e.subject_id order by e.created_at, e.id) as left_at
      from events e join ideas i on i.id = e.subject_id
      where e.subject_type = 'Idea' and e.data ? 'toStage' ${where}) moves
    where stage <> 'draft'`);
}
