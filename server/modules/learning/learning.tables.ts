import { getTableColumns, sql } from "drizzle-orm";
import { customType, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { ideas } from "../ideas/ideas.tables.js";
import { arenas } from "../partnership/partnership.tables.js";
import { agenda2030Goals, strategicGoals } from "../strategy/strategy.tables.js";
import { type CycleDecision, testCycles } from "../testing/testing.tables.js";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * What was learned from a decided cycle, failures included. Internal to the arena until
 * published; published entries are readable by anyone, across arenas.
 */
export const learnings = pgTable(
  "learnings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    /** The decided cycle it came from; one entry per cycle. */
    cycleId: uuid("cycle_id").references(() => testCycles.id, { onDelete: "set null" }),
    outcome: text("outcome").$type<CycleDecision>().notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    targetGroup: text("target_group").notNull().default(""),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    search: tsvector("search").generatedAlwaysAs(
      sql`setweight(to_tsvector('swedish', coalesce("title", '')), 'A') || setweight(to_tsvector('swedish', coalesce("body", '')), 'B') || setweight(to_tsvector('swedish', coalesce("target_group", '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex("learnings_cycle").on(t.cycleId),
    index("learnings_arena").on(t.arenaId, t.createdAt),
    index("learnings_published").on(t.publishedAt),
    index("learnings_idea").on(t.ideaId),
    index("learnings_search").using("gin", t.search),
    // The library's order (newest first), and misspellings of a title for the search's fallback.
    index("learnings_newest").on(t.createdAt.desc().nullsFirst(), t.id),
    index("learnings_title_trgm").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);

/** The columns a reader loads: all but the stored search vector, which no reader shows. */
export const learningColumns = (() => {
  const { search, ...rest } = getTableColumns(learnings);
  void search;
  return rest;
})();

/** Tags: the arena's strategic goals a learning speaks to. */
export const learningGoals = pgTable(
  "learning_goals",
  {
    learningId: uuid("learning_id")
      .notNull()
      .references(() => learnings.id, { onDelete: "cascade" }),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => strategicGoals.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.learningId, t.goalId] }), index("learning_goals_goal").on(t.goalId)],
);

/** Tags: the Agenda 2030 goals a learning speaks to (shared across arenas). */
export const learningAgendaGoals = pgTable(
  "learning_agenda2030_goals",
  {
    learningId: uuid("learning_id")
      .notNull()
      .references(() => learnings.id, { onDelete: "cascade" }),
    goalNumber: integer("goal_number")
      .notNull()
      .references(() => agenda2030Goals.number),
  },
  (t) => [primaryKey({ columns: [t.learningId, t.goalNumber] }), index("learning_agenda_goal").on(t.goalNumber)],
);
