import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../modules/accounts/accounts.tables.js";

/**
 * Personal read tokens for the GraphQL API (issue 15): `Authorization: Bearer arena_pat_…`.
 * Only the token's SHA-256 is kept. A plain hash suffices, unlike a password's slow hash:
 * the token is 256 random bits, so there is nothing to guess from a leaked hash, and a fast
 * hash lets every request find its row through a unique index.
 */
export const readTokens = pgTable(
  "read_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The token's first characters, so that its owner recognises it in the list ("arena_pat_x7Qa"). */
    displayPrefix: text("display_prefix").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Written at most once a minute per token, so that a busy script costs no write per request. */
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("read_tokens_hash").on(t.tokenHash), index("read_tokens_user").on(t.userId, t.createdAt)],
);
