import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { ideas, type IdeaStage } from "../ideas/ideas.tables.js";
import { arenas, organisations } from "../partnership/partnership.tables.js";

/**
 * A good example on a municipality's page (002's "kommunsidor"): what a municipality does that
 * others may learn from, with who does it, how it is funded and what came of it. The kansli
 * keeps them; everyone reads them.
 */
export const goodExamples = pgTable(
  "good_examples",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    /** The municipality (an organisation of kind municipality in the same arena). */
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    partners: text("partners").notNull().default(""),
    funding: text("funding").notNull().default(""),
    results: text("results").notNull().default(""),
    /** Where to read more: an https:// address, or empty. */
    link: text("link").notNull().default(""),
    /** Optimistic concurrency: an edit based on an older version is refused. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("good_examples_municipality").on(t.organisationId, t.createdAt)],
);

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
