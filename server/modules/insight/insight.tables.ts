import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { ideas, type IdeaStage } from "../ideas/ideas.tables.js";
import { arenas } from "../partnership/partnership.tables.js";

/**
 * A rollup of the event history for the dashboard: one row per stay of an idea in a stage
 * (entered by a move, left by the next). The funnel and time in stage read it instead of the
 * events table, whose rows of one arena are spread over the whole heap (issue 15's benchmark:
 * about a second per figure on 1,000,000 events, a few milliseconds here). It is written in the
 * transaction of the move (insight.stays.ts listens to ideas' onIdeaMoved), and can be rebuilt
 * from the events at any time (`rebuildStageStays`), which the seed and the bench dataset do.
 */
export const insightStageStays = pgTable(
  "insight_stage_stays",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    stage: text("stage").$type<IdeaStage>().notNull(),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull(),
    /** Null while the idea is still in the stage. */
    leftAt: timestamp("left_at", { withTimezone: true }),
  },
  (t) => [
    // Both figures read an arena's stays of a few stages; the rest rides along for index-only scans.
    index("insight_stage_stays_arena").on(t.arenaId, t.stage, t.enteredAt, t.ideaId, t.leftAt),
    index("insight_stage_stays_idea").on(t.ideaId, t.leftAt),
  ],
);
