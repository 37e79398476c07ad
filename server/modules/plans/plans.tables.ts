import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { ideas } from "../ideas/ideas.tables.js";
import { indicators } from "../indicators/indicators.tables.js";
import { matters } from "../matters/matters.tables.js";
import { arenas, bodies, organisations } from "../partnership/partnership.tables.js";
import { strategicGoals } from "../strategy/strategy.tables.js";
import type { ActivityOriginKind, ActivityStatus, PlanKind, PlanStatus } from "./plans.vocabulary.js";

/**
 * A plan for one year: the arena's action plan, owned by its strategic leadership, or a body's
 * activity plan. Adopted only through a decided matter (`adoptedByMatterId`), so the adopting
 * body and date are on record.
 */
export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    kind: text("kind").$type<PlanKind>().notNull(),
    /** The owning body: Länsledning Välfärd for the action plan, the utskott for its activity plan. */
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    status: text("status").$type<PlanStatus>().notNull().default("draft"),
    /** The matter that proposes the plan for adoption, while it is being decided (and after). */
    adoptionMatterId: uuid("adoption_matter_id").references(() => matters.id, { onDelete: "set null" }),
    adoptedByMatterId: uuid("adopted_by_matter_id").references(() => matters.id, { onDelete: "restrict" }),
    adoptedOn: date("adopted_on"),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("plans_arena_year_body").on(t.arenaId, t.year, t.bodyId),
    index("plans_arena_year").on(t.arenaId, t.year),
    check("plans_adopted_by_matter", sql`${t.status} = 'draft' or ${t.adoptedByMatterId} is not null`),
  ],
);

/** A sub-goal (delmål) of a plan, under one of the strategy's goals. */
export const planSubGoals = pgTable(
  "plan_sub_goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => strategicGoals.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    sort: integer("sort").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_sub_goals_plan").on(t.planId, t.goalId)],
);

/**
 * An activity: what will be done, how, by whom, when, and how it is followed up. `status` and
 * `progress` repeat the latest update, so the plan page and the report need no per-row lookup.
 */
export const planActivities = pgTable(
  "plan_activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => strategicGoals.id, { onDelete: "restrict" }),
    subGoalId: uuid("sub_goal_id").references(() => planSubGoals.id, { onDelete: "set null" }),
    /** What will be done. */
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** How: resources, who takes part. */
    how: text("how").notNull().default(""),
    resources: text("resources").notNull().default(""),
    participants: text("participants").notNull().default(""),
    /** Responsible: a body or a party (one of the two, or both). */
    responsibleBodyId: uuid("responsible_body_id").references(() => bodies.id, { onDelete: "set null" }),
    responsibleOrganisationId: uuid("responsible_organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    contactPersonId: uuid("contact_person_id").references(() => users.id, { onDelete: "set null" }),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    followUpMethod: text("follow_up_method").notNull().default(""),
    status: text("status").$type<ActivityStatus>().notNull().default("planned"),
    progress: integer("progress").notNull().default(0),
    sort: integer("sort").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("plan_activities_plan").on(t.planId, t.goalId, t.sort),
    index("plan_activities_arena_goal").on(t.arenaId, t.goalId),
    index("plan_activities_contact").on(t.contactPersonId),
    check("plan_activities_progress", sql`${t.progress} between 0 and 100`),
    check("plan_activities_dates", sql`${t.startsOn} is null or ${t.endsOn} is null or ${t.startsOn} <= ${t.endsOn}`),
  ],
);

/** What an activity came from: an idea, a pilot (cycle), a decision or a matter. */
export const activityOrigins = pgTable(
  "activity_origins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => planActivities.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ActivityOriginKind>().notNull(),
    targetId: uuid("target_id").notNull(),
    /** The idea the linked row belongs to, so the idea page finds the activities it became. */
    ideaId: uuid("idea_id").references(() => ideas.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("activity_origins_target").on(t.activityId, t.kind, t.targetId),
    index("activity_origins_idea").on(t.ideaId),
    index("activity_origins_target_id").on(t.targetId),
  ],
);

export const activityIndicators = pgTable(
  "activity_indicators",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => planActivities.id, { onDelete: "cascade" }),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.indicatorId] }), index("activity_indicators_indicator").on(t.indicatorId)],
);

/** A status update recorded during the year by the responsible body's members or the contact person. */
export const activityUpdates = pgTable(
  "activity_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => planActivities.id, { onDelete: "cascade" }),
    reportedOn: date("reported_on").notNull(),
    status: text("status").$type<ActivityStatus>().notNull(),
    progress: integer("progress").notNull(),
    comment: text("comment").notNull().default(""),
    /** Evidence links: [{ title, url }]. */
    evidence: jsonb("evidence").$type<{ title: string; url: string }[]>().notNull().default([]),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("activity_updates_activity").on(t.activityId, t.reportedOn),
    check("activity_updates_progress", sql`${t.progress} between 0 and 100`),
  ],
);
