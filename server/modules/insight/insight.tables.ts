import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
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
