import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { ideas } from "../ideas/ideas.tables.js";
import { organisations } from "../partnership/partnership.tables.js";
import { scaleUpSteps } from "../strategy/strategy.tables.js";
import { testCycles } from "../testing/testing.tables.js";

export type AdoptionStatus = "planned" | "testing" | "adopted" | "declined";

/** The SKR scale-up ladder per idea: every step reached, with its evidence; the latest is current. */
export const ideaScaleSteps = pgTable(
  "idea_scale_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    step: integer("step")
      .notNull()
      .references(() => scaleUpSteps.step),
    evidence: text("evidence").notNull(),
    /** The cycle whose results are the evidence, when there is one. */
    cycleId: uuid("cycle_id").references(() => testCycles.id, { onDelete: "set null" }),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("idea_scale_steps_idea").on(t.ideaId, t.recordedAt)],
);

/** Spread, counted per municipality of the arena. */
export const municipalityAdoptions = pgTable(
  "municipality_adoptions",
  {
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    status: text("status").$type<AdoptionStatus>().notNull(),
    note: text("note").notNull().default(""),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.organisationId] }), index("municipality_adoptions_org").on(t.organisationId)],
);
