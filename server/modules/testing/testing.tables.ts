import {
  type AnyPgColumn,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { indicators } from "../indicators/indicators.tables.js";
import { users } from "../accounts/accounts.tables.js";
import { ideas } from "../ideas/ideas.tables.js";
import { organisations } from "../partnership/partnership.tables.js";

/** planned → running (past the test-ready gate) → studied (results and observations) → decided. */
export type CycleStatus = "planned" | "running" | "studied" | "decided";
/** The act of PDSA (DOMAIN.md, "Test cycle"). */
export type CycleDecision = "retest" | "pivot" | "advance" | "stop";
export type MeasureDirection = "higher" | "lower";

/** One plan-do-study-act cycle of an idea; cycle n+1 of a retest links back to cycle n. */
export const testCycles = pgTable(
  "test_cycles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    /** 1, 2, … n within the idea. */
    number: integer("number").notNull(),
    previousCycleId: uuid("previous_cycle_id").references((): AnyPgColumn => testCycles.id, { onDelete: "set null" }),
    status: text("status").$type<CycleStatus>().notNull().default("planned"),
    // Plan
    hypothesis: text("hypothesis").notNull().default(""),
    aim: text("aim").notNull().default(""),
    site: text("site").notNull().default(""),
    hostOrganisation: text("host_organisation").notNull().default(""),
    targetGroup: text("target_group").notNull().default(""),
    plannedParticipants: integer("planned_participants"),
    startsOn: date("starts_on", { mode: "string" }),
    endsOn: date("ends_on", { mode: "string" }),
    // Do
    startedAt: timestamp("started_at", { withTimezone: true }),
    participantsReached: integer("participants_reached"),
    // Study
    observations: text("observations").notNull().default(""),
    studiedAt: timestamp("studied_at", { withTimezone: true }),
    // Act
    decision: text("decision").$type<CycleDecision>(),
    decisionRationale: text("decision_rationale").notNull().default(""),
    learnings: text("learnings").notNull().default(""),
    /** How the bearers agreed to the decision ("agreed at the meeting on 12 Nov"), recorded by the decider. */
    bearerAgreement: text("bearer_agreement").notNull().default(""),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Optimistic concurrency for plan edits. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("test_cycles_idea_number").on(t.ideaId, t.number),
    index("test_cycles_status").on(t.status, t.startsOn),
    index("test_cycles_previous").on(t.previousCycleId),
  ],
);

/** The municipalities (organisations of the arena) a cycle runs in. */
export const cycleMunicipalities = pgTable(
  "cycle_municipalities",
  {
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => testCycles.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.organisationId] }), index("cycle_municipalities_org").on(t.organisationId)],
);

/** A measure of a cycle. Copies into a retest keep the series id, so cycles line up side by side. */
export const cycleMeasures = pgTable(
  "cycle_measures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => testCycles.id, { onDelete: "cascade" }),
    seriesId: uuid("series_id").notNull().defaultRandom(),
    position: integer("position").notNull().default(0),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    baseline: doublePrecision("baseline"),
    target: doublePrecision("target"),
    direction: text("direction").$type<MeasureDirection>().notNull().default("higher"),
    /** The arena's indicator this measure is meant to move (issue 15), if any. */
    indicatorId: uuid("indicator_id").references(() => indicators.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("cycle_measures_cycle").on(t.cycleId, t.position),
    index("cycle_measures_series").on(t.seriesId),
    index("cycle_measures_indicator").on(t.indicatorId),
  ],
);

/** One value of a measure on a date (the "do" of PDSA). */
export const measurements = pgTable(
  "measurements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    measureId: uuid("measure_id")
      .notNull()
      .references(() => cycleMeasures.id, { onDelete: "cascade" }),
    measuredOn: date("measured_on", { mode: "string" }).notNull(),
    value: doublePrecision("value").notNull(),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("measurements_measure").on(t.measureId, t.measuredOn)],
);
