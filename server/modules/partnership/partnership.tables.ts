import { relations, sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import type { BodyKind, BodyLevel, MembershipRole, OrganisationKind, Sector } from "./partnership.vocabulary.js";

/** One regional arena; every domain row belongs to one. */
export const arenas = pgTable("arenas", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  nameSv: text("name_sv").notNull(),
  nameEn: text("name_en").notNull(),
  region: text("region").notNull(),
  descriptionSv: text("description_sv").notNull().default(""),
  descriptionEn: text("description_en").notNull().default(""),
  /** Feedback promise: working days within which a bearer hears that their idea was received. */
  ackWorkingDays: integer("ack_working_days").notNull().default(5),
  /** Feedback promise: working days within which a guidance decision is reached. */
  decisionWorkingDays: integer("decision_working_days").notNull().default(15),
  /** SCB's two-digit county code (Gävleborg 21, Dalarna 20): the area of the county's indicator values. */
  countyCode: text("county_code"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const countyParts = pgTable(
  "county_parts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("county_parts_arena_key").on(t.arenaId, t.key), unique("county_parts_arena_name").on(t.arenaId, t.name)],
);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    name: text("name").notNull(),
    kind: text("kind").$type<OrganisationKind>().notNull(),
    sector: text("sector").$type<Sector>().notNull(),
    countyPartId: uuid("county_part_id").references(() => countyParts.id, { onDelete: "set null" }),
    isParty: boolean("is_party").notNull().default(false),
    /** The party's contact person, to whom the partnership's decisions are dispatched. */
    contactName: text("contact_name").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    /** SCB's four-digit municipality code (Hofors 2104), for municipalities: how Kolada and SCB name them. */
    municipalityCode: text("municipality_code"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("organisations_arena_key").on(t.arenaId, t.key),
    unique("organisations_arena_name").on(t.arenaId, t.name),
    unique("organisations_arena_municipality_code").on(t.arenaId, t.municipalityCode),
    index("organisations_county_part").on(t.countyPartId),
  ],
);

export const bodies = pgTable(
  "bodies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    name: text("name").notNull(),
    kind: text("kind").$type<BodyKind>().notNull(),
    level: text("level").$type<BodyLevel>().notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => bodies.id, { onDelete: "restrict" }),
    countyPartId: uuid("county_part_id").references(() => countyParts.id, { onDelete: "set null" }),
    descriptionSv: text("description_sv").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    temporary: boolean("temporary").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("bodies_arena_key").on(t.arenaId, t.key),
    index("bodies_parent").on(t.parentId),
    check("bodies_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

/** A seat in a body: an organisation represented, or a person (a body member), or both. */
export const bodyMemberships = pgTable(
  "body_memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<MembershipRole>().notNull().default("member"),
    sort: integer("sort").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("body_memberships_body").on(t.bodyId),
    check("body_memberships_someone", sql`${t.organisationId} is not null or ${t.userId} is not null`),
  ],
);

export const arenasRelations = relations(arenas, ({ many }) => ({
  countyParts: many(countyParts),
  organisations: many(organisations),
  bodies: many(bodies),
}));
export const countyPartsRelations = relations(countyParts, ({ one, many }) => ({
  arena: one(arenas, { fields: [countyParts.arenaId], references: [arenas.id] }),
  organisations: many(organisations),
}));
export const organisationsRelations = relations(organisations, ({ one }) => ({
  arena: one(arenas, { fields: [organisations.arenaId], references: [arenas.id] }),
  countyPart: one(countyParts, { fields: [organisations.countyPartId], references: [countyParts.id] }),
}));
export const bodiesRelations = relations(bodies, ({ one, many }) => ({
  arena: one(arenas, { fields: [bodies.arenaId], references: [arenas.id] }),
  parent: one(bodies, { fields: [bodies.parentId], references: [bodies.id], relationName: "parent" }),
  children: many(bodies, { relationName: "parent" }),
  memberships: many(bodyMemberships),
}));
export const bodyMembershipsRelations = relations(bodyMemberships, ({ one }) => ({
  body: one(bodies, { fields: [bodyMemberships.bodyId], references: [bodies.id] }),
  organisation: one(organisations, { fields: [bodyMemberships.organisationId], references: [organisations.id] }),
  user: one(users, { fields: [bodyMemberships.userId], references: [users.id] }),
}));
