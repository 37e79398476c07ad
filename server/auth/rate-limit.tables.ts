import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters of the rate limits when several instances share PostgreSQL (rate-limiter-flexible's
 * Drizzle store: the column names are the ones it expects). One row per limit and key.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull(),
  expire: timestamp("expire", { withTimezone: true }),
});
