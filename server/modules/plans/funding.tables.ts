import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { matters } from "../matters/matters.tables.js";
import { arenas, organisations } from "../partnership/partnership.tables.js";
import type { FundingEntryKind, FundingPlanKind } from "./funding.vocabulary.js";
import { planActivities } from "./plans.tables.js";

/**
 * One version of an arena's distribution key for a year, decided by a matter. A change is a new
 * version; old versions stay, because funding plans made under them keep pointing at them.
 */
export const distributionKeys = pgTable(
  "distribution_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    version: integer("version").notNull(),
    decidedByMatterId: uuid("decided_by_matter_id")
      .notNull()
      .references(() => matters.id, { onDelete: "restrict" }),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("distribution_keys_arena_year_version").on(t.arenaId, t.year, t.version)],
);

/** A party's share of a key, in basis points; a key's shares sum to exactly 10,000. */
export const distributionKeyShares = pgTable(
  "distribution_key_shares",
  {
    keyId: uuid("key_id")
      .notNull()
      .references(() => distributionKeys.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    basisPoints: integer("basis_points").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.keyId, t.organisationId] }),
    check("distribution_key_shares_range", sql`${t.basisPoints} between 0 and 10000`),
  ],
);

/**
 * What something costs and who pays: the region its share, the municipalities the rest split by
 * the key version in force when the plan was made (`keyId`, pinned).
 */
export const fundingPlans = pgTable(
  "funding_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    kind: text("kind").$type<FundingPlanKind>().notNull(),
    activityId: uuid("activity_id").references(() => planActivities.id, { onDelete: "cascade" }),
    matterId: uuid("matter_id").references(() => matters.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    totalAmount: integer("total_amount").notNull(),
    regionBasisPoints: integer("region_basis_points").notNull(),
    regionOrganisationId: uuid("region_organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    keyId: uuid("key_id")
      .notNull()
      .references(() => distributionKeys.id, { onDelete: "restrict" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("funding_plans_arena_year").on(t.arenaId, t.year),
    index("funding_plans_activity").on(t.activityId),
    index("funding_plans_matter").on(t.matterId),
    check("funding_plans_amount", sql`${t.totalAmount} >= 0`),
    check("funding_plans_region", sql`${t.regionBasisPoints} between 0 and 10000`),
    check(
      "funding_plans_target",
      sql`(${t.kind} = 'activity') = (${t.activityId} is not null) and (${t.kind} = 'matter') = (${t.matterId} is not null)`,
    ),
  ],
);

/** Each party's committed amount under a plan, the region's included; they sum to the plan's total. */
export const fundingShares = pgTable(
  "funding_shares",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => fundingPlans.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    amount: integer("amount").notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.organisationId] }), index("funding_shares_organisation").on(t.organisationId)],
);

/** An actual cost a party carried, or a payment it made, against a plan. */
export const fundingEntries = pgTable(
  "funding_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => fundingPlans.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    kind: text("kind").$type<FundingEntryKind>().notNull(),
    amount: integer("amount").notNull(),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("funding_entries_plan").on(t.planId, t.organisationId), check("funding_entries_amount", sql`${t.amount} > 0`)],
);
