import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { ideas } from "../ideas/ideas.tables.js";
import { testCycles } from "../testing/testing.tables.js";

export type EvaluationConfidence = "low" | "medium" | "high";
export type AccessRequestStatus = "pending" | "granted" | "refused" | "revoked";

/** A researcher's evaluation of a test cycle; internal to the arena unless shared with the bearers. */
export const evaluations = pgTable(
  "evaluations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => testCycles.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    method: text("method").notNull(),
    dataSources: text("data_sources").notNull().default(""),
    findings: text("findings").notNull(),
    confidence: text("confidence").$type<EvaluationConfidence>().notNull(),
    ethicsNotes: text("ethics_notes").notNull().default(""),
    sharedWithBearersAt: timestamp("shared_with_bearers_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("evaluations_cycle").on(t.cycleId, t.createdAt), index("evaluations_author").on(t.authorId)],
);

/** A researcher asks to read an idea that is not public; its bearers grant or refuse. */
export const accessRequests = pgTable(
  "access_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    requesterId: uuid("requester_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    status: text("status").$type<AccessRequestStatus>().notNull().default("pending"),
    response: text("response").notNull().default(""),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("access_requests_idea_requester").on(t.ideaId, t.requesterId), index("access_requests_requester").on(t.requesterId)],
);
