import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { arenas } from "../partnership/partnership.tables.js";

/** In-app notifications; each may also be mailed. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    arenaId: uuid("arena_id").references(() => arenas.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notifications_user").on(t.userId, t.createdAt)],
);

/**
 * Outgoing mail. Written in the transaction of what caused it, sent after commit through
 * SMTP when configured; with no SMTP the outbox is where an admin reads it in the app.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The arena the mail is about; only that arena's admins read it in the outbox. */
    arenaId: uuid("arena_id").references(() => arenas.id, { onDelete: "cascade" }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    /** Extra headers to send with it (List-Unsubscribe and List-Unsubscribe-Post on notification mail). */
    headers: jsonb("headers").$type<Record<string, string>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /**
     * Not tried before this: after each failure the wait doubles (see the mailer's retryDelayMs).
     * Null when nothing is left to do: sent, or given up after the last attempt.
     */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).defaultNow(),
    /**
     * The instance sending it holds it until then; another may take it only once the lease has
     * run out, so two instances never send it at once and a crashed one's mail is not lost.
     */
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
  },
  (t) => [
    index("outbox_unsent").on(t.sentAt, t.createdAt),
    index("outbox_due")
      .on(t.nextAttemptAt)
      .where(sql`${t.nextAttemptAt} is not null`),
  ],
);

export type MailDelivery = "immediate" | "daily" | "none";

/**
 * How a person wants notifications by mail: at once, as one daily digest, or not at all, and
 * which kinds never go by mail. No row means the default: every kind, at once.
 */
export const mailSettings = pgTable("mail_settings", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  delivery: text("delivery").$type<MailDelivery>().notNull().default("immediate"),
  mutedKinds: text("muted_kinds")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** The Swedish hour (0–23) from which the daily digest goes out; null: the installation's hour. */
  digestHour: integer("digest_hour"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row per person and Swedish day a digest was made: its primary key is what keeps the digest
 * to once a day, whichever instance (or how many at once) makes it.
 */
export const mailDigests = pgTable(
  "mail_digests",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    /** Notifications up to this instant are in it (or in an earlier one). */
    coveredUntil: timestamp("covered_until", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);
