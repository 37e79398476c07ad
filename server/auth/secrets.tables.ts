import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Secrets of the install that every instance must share (the key that signs unsubscribe links),
 * made by the first instance that needs one when none is configured.
 */
export const installSecrets = pgTable("install_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
