import { getTableColumns, relations, sql } from "drizzle-orm";
import { boolean, customType, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Sector } from "../partnership/partnership.vocabulary.js";
import { users } from "../accounts/accounts.tables.js";
import { arenas, countyParts, organisations } from "../partnership/partnership.tables.js";
import { agenda2030Goals, focusAreas, publicHealthTargetAreas, strategicGoals } from "../strategy/strategy.tables.js";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Where an idea is in the innovation loop (DOMAIN.md, "The innovation loop"). */
export type IdeaStage =
  | "draft"
  | "submitted"
  | "guidance"
  | "needs_info"
  | "referred"
  | "merged"
  | "declined"
  | "development"
  | "testing"
  | "scaling"
  | "adopted"
  | "closed"
  | "parked"
  | "withdrawn";

/** Who may read an idea once submitted; drafts are for their bearers alone. */
export type IdeaVisibility = "public" | "partnership" | "guidance";

export const ideas = pgTable(
  "ideas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    bearerId: uuid("bearer_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** Set by the client when it first saves; a retried create with the same key returns the same idea. */
    clientKey: text("client_key").notNull(),
    stage: text("stage").$type<IdeaStage>().notNull().default("draft"),
    /** Optimistic concurrency: every change bumps it; an edit based on an older version is refused. */
    version: integer("version").notNull().default(1),
    title: text("title").notNull().default(""),
    summary: text("summary").notNull().default(""),
    need: text("need").notNull().default(""),
    targetGroup: text("target_group").notNull().default(""),
    solution: text("solution").notNull().default(""),
    expectedBenefit: text("expected_benefit").notNull().default(""),
    triedBefore: text("tried_before").notNull().default(""),
    organisationName: text("organisation_name").notNull().default(""),
    sector: text("sector").$type<Sector>().notNull(),
    visibility: text("visibility").$type<IdeaVisibility>().notNull().default("public"),
    consentToContact: boolean("consent_to_contact").notNull().default(false),
    /** When the bearer confirmed the notice of what becomes public (required to submit). */
    publicNoticeAcceptedAt: timestamp("public_notice_accepted_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** The date the bearer will hear back by, when a feedback promise applies. */
    hearBackBy: timestamp("hear_back_by", { withTimezone: true }),
    mergedIntoId: uuid("merged_into_id"),
    /** When the arena acknowledged receipt (the first feedback promise). */
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    /** When the arena reached a guidance decision on it (the second feedback promise). */
    triagedAt: timestamp("triaged_at", { withTimezone: true }),
    /** The date a guidance decision is promised by. */
    decisionDueBy: timestamp("decision_due_by", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    search: tsvector("search").generatedAlwaysAs(
      sql`setweight(to_tsvector('swedish', coalesce("title", '')), 'A') || setweight(to_tsvector('swedish', coalesce("summary", '')), 'B') || setweight(to_tsvector('swedish', coalesce("need", '') || ' ' || coalesce("target_group", '') || ' ' || coalesce("solution", '') || ' ' || coalesce("expected_benefit", '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex("ideas_bearer_client_key").on(t.bearerId, t.clientKey),
    index("ideas_arena_stage").on(t.arenaId, t.stage, t.submittedAt),
    // The idea list's default order (newest first), per arena and across arenas; stage and
    // visibility ride along so that the list's filter and its count are read from the index alone.
    index("ideas_arena_newest").on(t.arenaId, t.submittedAt.desc().nullsFirst(), t.id, t.stage, t.visibility),
    index("ideas_newest").on(t.submittedAt.desc().nullsFirst(), t.id, t.stage, t.visibility),
    index("ideas_bearer").on(t.bearerId, t.updatedAt),
    // The dashboard's scope (insight.scope.ts) read from the index alone: an arena's ideas lie all over the heap.
    index("ideas_insight").on(
      t.arenaId,
      t.submittedAt,
      t.id,
      t.sector,
      t.stage,
      t.hearBackBy,
      t.acknowledgedAt,
      t.decisionDueBy,
      t.triagedAt,
      t.targetGroup,
    ),
    index("ideas_search").using("gin", t.search),
    // Anonymous visitors' searches, most of them, see published ideas alone: a bitmap of only those
    // fetches about a third fewer rows than one of every match (ideas.relevance.ts reads each it finds).
    index("ideas_search_published")
      .using("gin", t.search)
      .where(sql`${t.visibility} = 'public' and ${t.stage} <> 'draft' and ${t.stage} <> 'withdrawn'`),
    index("ideas_title_trgm").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);

/** An idea as readers load it: every column but the stored search vector, which no reader shows. */
export type IdeaRow = Omit<typeof ideas.$inferSelect, "search">;

/** The columns of an IdeaRow, for `select(ideaColumns)`: a list never ships the search vector (about 1 KB an idea). */
export const ideaColumns = (() => {
  const { search, ...rest } = getTableColumns(ideas);
  void search;
  return rest;
})();

/** Co-bearers: invited by email, they accept or decline. */
export const ideaCoBearers = pgTable(
  "idea_co_bearers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    status: text("status").$type<"invited" | "accepted" | "declined">().notNull().default("invited"),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("idea_co_bearers_idea_email").on(t.ideaId, sql`lower(${t.email})`), index("idea_co_bearers_user").on(t.userId)],
);

export const ideaPlaces = pgTable(
  "idea_places",
  {
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    countyPartId: uuid("county_part_id").references(() => countyParts.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").primaryKey().defaultRandom(),
  },
  (t) => [index("idea_places_idea").on(t.ideaId), index("idea_places_org").on(t.organisationId)],
);

export const ideaGoals = pgTable(
  "idea_goals",
  {
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => strategicGoals.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.goalId] }), index("idea_goals_goal").on(t.goalId)],
);

export const ideaFocusAreas = pgTable(
  "idea_focus_areas",
  {
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    focusAreaId: uuid("focus_area_id")
      .notNull()
      .references(() => focusAreas.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.focusAreaId] })],
);

export const ideaAgendaGoals = pgTable(
  "idea_agenda2030_goals",
  {
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    goalNumber: integer("goal_number")
      .notNull()
      .references(() => agenda2030Goals.number),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.goalNumber] })],
);

export const ideaHealthAreas = pgTable(
  "idea_health_target_areas",
  {
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    areaNumber: integer("area_number")
      .notNull()
      .references(() => publicHealthTargetAreas.number),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.areaNumber] })],
);

export const follows = pgTable(
  "follows",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.ideaId] }), index("follows_idea").on(t.ideaId)],
);

export const ideasRelations = relations(ideas, ({ one, many }) => ({
  arena: one(arenas, { fields: [ideas.arenaId], references: [arenas.id] }),
  bearer: one(users, { fields: [ideas.bearerId], references: [users.id] }),
  coBearers: many(ideaCoBearers),
  places: many(ideaPlaces),
  goals: many(ideaGoals),
}));
export const ideaCoBearersRelations = relations(ideaCoBearers, ({ one }) => ({
  idea: one(ideas, { fields: [ideaCoBearers.ideaId], references: [ideas.id] }),
}));
export const ideaPlacesRelations = relations(ideaPlaces, ({ one }) => ({
  idea: one(ideas, { fields: [ideaPlaces.ideaId], references: [ideas.id] }),
}));
export const ideaGoalsRelations = relations(ideaGoals, ({ one }) => ({
  idea: one(ideas, { fields: [ideaGoals.ideaId], references: [ideas.id] }),
}));
