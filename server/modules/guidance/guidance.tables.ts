import { date, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { ideas } from "../ideas/ideas.tables.js";

/** The guides assigned to an idea (lotsar). */
export const ideaGuides = pgTable(
  "idea_guides",
  {
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignedBy: uuid("assigned_by").references(() => users.id, { onDelete: "set null" }),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] }), index("idea_guides_user").on(t.userId)],
);

/** A question from the arena to the bearers ("needs info"); the answer puts the idea back in the queue. */
export const ideaQuestions = pgTable(
  "idea_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    question: text("question").notNull(),
    askedBy: uuid("asked_by").references(() => users.id, { onDelete: "set null" }),
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull().defaultNow(),
    answer: text("answer"),
    answeredBy: uuid("answered_by").references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [index("idea_questions_idea").on(t.ideaId, t.askedAt)],
);

/** A guidance session (lotsningssamtal) with notes shared with the bearers or internal to the team. */
export const guidanceSessions = pgTable(
  "guidance_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    participants: text("participants").notNull().default(""),
    sharedNotes: text("shared_notes").notNull().default(""),
    internalNotes: text("internal_notes").notNull().default(""),
    advice: text("advice").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("guidance_sessions_idea").on(t.ideaId, t.heldOn)],
);

/** An agreed next step: who does what by when. */
export const nextSteps = pgTable(
  "next_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id").references(() => guidanceSessions.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    /** The person responsible, when they have an account… */
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    /** …or a label ("idébäraren", "Coompanion") when they do not. */
    ownerLabel: text("owner_label").notNull().default(""),
    dueOn: date("due_on", { mode: "string" }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("next_steps_idea").on(t.ideaId), index("next_steps_due").on(t.dueOn)],
);

export type SupportNeedKind = "funding" | "test_site" | "competence" | "partners" | "research" | "other";
export type SupportNeedStatus = "open" | "in_progress" | "met" | "dropped";

/** The support plan: what the idea needs, and how far each need has come. */
export const supportNeeds = pgTable(
  "support_needs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    kind: text("kind").$type<SupportNeedKind>().notNull(),
    status: text("status").$type<SupportNeedStatus>().notNull().default("open"),
    notes: text("notes").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("support_needs_idea").on(t.ideaId)],
);
