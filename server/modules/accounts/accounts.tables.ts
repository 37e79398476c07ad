import { getTableColumns, sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { arenas } from "../partnership/partnership.tables.js";
import type { Sector } from "../partnership/partnership.vocabulary.js";
import type { Locale, Role } from "./accounts.vocabulary.js";

export type { Locale, Role };

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    organisation: text("organisation").notNull().default(""),
    sector: text("sector").$type<Sector>().notNull(),
    locale: text("locale").$type<Locale>().notNull().default("sv"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Set when the person deleted their account (or an admin did at their request): the row
     * stays, pseudonymised, because what they submitted stays as a public record under it.
     */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /** When the person confirmed, at registration, having read the privacy notice, and which version; null for accounts from before. */
    privacyNoticeAcceptedAt: timestamp("privacy_notice_accepted_at", { withTimezone: true }),
    privacyNoticeVersion: text("privacy_notice_version"),
  },
  (t) => [uniqueIndex("users_email_lower").on(sql`lower(${t.email})`)],
);

/**
 * Every column of users but the credential: what read paths select. Only authentication
 * (sign-in) reads password_hash.
 */
const { passwordHash: _credential, ...publicUserColumns } = getTableColumns(users);
export const userColumns = publicUserColumns;
export type UserRow = Omit<typeof users.$inferSelect, "passwordHash">;

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** Roles per arena. Every signed-in user is an idea bearer; these are the others. */
export const roleGrants = pgTable(
  "role_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    role: text("role").$type<Role>().notNull(),
    grantedBy: uuid("granted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("role_grants_user_arena_role").on(t.userId, t.arenaId, t.role), index("role_grants_arena").on(t.arenaId)],
);

export type AccountTokenPurpose = "password_reset" | "email_change";

/**
 * Single-use tokens sent by mail: a password reset, or the confirmation of a new email address.
 * Only the token's SHA-256 is kept; it expires by the app's clock and is spent once used.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<AccountTokenPurpose>().notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The address being confirmed (email_change only). */
    newEmail: text("new_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("account_tokens_hash").on(t.tokenHash), index("account_tokens_user").on(t.userId, t.purpose)],
);
