import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { arenas } from "../partnership/partnership.tables.js";

/**
 * Every state change is an event, written in the same transaction as the change: the
 * audit trail, and later the timelines and time-in-stage figures.
 */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id").references(() => arenas.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    kind: text("kind").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("events_subject").on(t.subjectType, t.subjectId, t.createdAt), index("events_arena").on(t.arenaId, t.createdAt)],
);
