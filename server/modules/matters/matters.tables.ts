import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { ideas } from "../ideas/ideas.tables.js";
import { arenas, bodies, organisations } from "../partnership/partnership.tables.js";
import type { AssignmentStatus, DecisionOutcome, DispatchStatus, MatterKind, MatterLinkKind, MatterStage } from "./matters.vocabulary.js";

/** Binary content in the database, so that attachments work the same on PGlite and PostgreSQL. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * A matter (ärende): what the partnership's bodies prepare, place, decide and dispatch. The
 * basis for the decision (beslutsunderlag) lives on the matter; preparation notes stay internal.
 */
export const matters = pgTable(
  "matters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    /** 1, 2, … within the arena: the reference people use ("ärende 12"). */
    number: integer("number").notNull(),
    kind: text("kind").$type<MatterKind>().notNull(),
    stage: text("stage").$type<MatterStage>().notNull().default("initiated"),
    /** When it entered its stage: a matter waiting too long in preparation or placed is overdue. */
    stageSince: timestamp("stage_since", { withTimezone: true }).notNull().defaultNow(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    // Basis for the decision, written in preparation.
    background: text("background").notNull().default(""),
    proposedDecision: text("proposed_decision").notNull().default(""),
    /** Consequences of deciding, and of doing nothing. */
    consequences: text("consequences").notNull().default(""),
    consequencesOfNothing: text("consequences_of_nothing").notNull().default(""),
    /** Effort against expected effect. */
    effortAndEffect: text("effort_and_effect").notNull().default(""),
    /** Internal to the kansli and the beredning: never public, never to bearers. */
    preparationNotes: text("preparation_notes").notNull().default(""),
    /** The named member of the beredningsorgan who prepares it. */
    preparerId: uuid("preparer_id").references(() => users.id, { onDelete: "set null" }),
    /** The body it is placed at (and decided by). */
    bodyId: uuid("body_id").references(() => bodies.id, { onDelete: "restrict" }),
    /** A report-back matter points at the assignment it reports on. */
    reportsOnAssignmentId: uuid("reports_on_assignment_id").references((): AnyPgColumn => assignments.id, {
      onDelete: "set null",
    }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    /** Optimistic concurrency, as ideas have. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    unique("matters_arena_number").on(t.arenaId, t.number),
    index("matters_arena_stage").on(t.arenaId, t.stage, t.updatedAt),
    index("matters_body").on(t.bodyId),
    index("matters_preparer").on(t.preparerId),
  ],
);

/**
 * What a matter links to: the idea, test cycle, learning or evaluation it came from (`isOrigin`)
 * and others added in preparation. `ideaId` is the idea each link belongs to, so the idea's
 * timeline and its "Ärenden och beslut" panel find the matter; `targetId` is the linked row.
 */
export const matterLinks = pgTable(
  "matter_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    matterId: uuid("matter_id")
      .notNull()
      .references(() => matters.id, { onDelete: "cascade" }),
    kind: text("kind").$type<MatterLinkKind>().notNull(),
    targetId: uuid("target_id").notNull(),
    ideaId: uuid("idea_id").references(() => ideas.id, { onDelete: "cascade" }),
    isOrigin: boolean("is_origin").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("matter_links_target").on(t.matterId, t.kind, t.targetId),
    index("matter_links_idea").on(t.ideaId),
    uniqueIndex("matter_links_one_origin")
      .on(t.matterId)
      .where(sql`${t.isOrigin}`),
  ],
);

/** Basis documents: PDF, office documents and images, in the database so both drivers work. */
export const matterAttachments = pgTable(
  "matter_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    matterId: uuid("matter_id")
      .notNull()
      .references(() => matters.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    /** SHA-256 of the content, hex. */
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("matter_attachments_matter").on(t.matterId)],
);

/** A meeting of one body. The notice (kallelse) goes to its members; the minutes become public when published. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id, { onDelete: "restrict" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    place: text("place").notNull().default(""),
    link: text("link").notNull().default(""),
    noticeSentAt: timestamp("notice_sent_at", { withTimezone: true }),
    noticeSentBy: uuid("notice_sent_by").references(() => users.id, { onDelete: "set null" }),
    minutesPublishedAt: timestamp("minutes_published_at", { withTimezone: true }),
    minutesPublishedBy: uuid("minutes_published_by").references(() => users.id, { onDelete: "set null" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meetings_body_starts").on(t.bodyId, t.startsAt), index("meetings_arena_starts").on(t.arenaId, t.startsAt)],
);

/** An item on a meeting's agenda, in order: a matter, or a free item (title only). Minutes are written per item. */
export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    matterId: uuid("matter_id").references(() => matters.id, { onDelete: "restrict" }),
    title: text("title").notNull().default(""),
    minutes: text("minutes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("agenda_items_meeting").on(t.meetingId, t.position),
    index("agenda_items_matter").on(t.matterId),
    check("agenda_items_matter_or_title", sql`${t.matterId} is not null or ${t.title} <> ''`),
  ],
);

/** A body's decision on a matter, recorded in the minutes of a meeting (or by the kansli on the body's behalf). */
export const matterDecisions = pgTable(
  "matter_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    matterId: uuid("matter_id")
      .notNull()
      .references(() => matters.id, { onDelete: "cascade" }),
    bodyId: uuid("body_id")
      .notNull()
      .references(() => bodies.id, { onDelete: "restrict" }),
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    agendaItemId: uuid("agenda_item_id").references(() => agendaItems.id, { onDelete: "set null" }),
    outcome: text("outcome").$type<DecisionOutcome>().notNull(),
    text: text("text").notNull(),
    decidedOn: date("decided_on", { mode: "string" }).notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    /** Recorded by the kansli on the body's behalf rather than by one of its members. */
    onBehalfOfBody: boolean("on_behalf_of_body").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("matter_decisions_matter").on(t.matterId), index("matter_decisions_body").on(t.bodyId, t.decidedOn)],
);

/** An assignment (uppdrag) a decision gives to a body or a party, due with a report-back. */
export const assignments = pgTable(
  "assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => matterDecisions.id, { onDelete: "cascade" }),
    assigneeBodyId: uuid("assignee_body_id").references(() => bodies.id, { onDelete: "restrict" }),
    assigneeOrganisationId: uuid("assignee_organisation_id").references(() => organisations.id, { onDelete: "restrict" }),
    description: text("description").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: text("status").$type<AssignmentStatus>().notNull().default("open"),
    report: text("report").notNull().default(""),
    reportedAt: timestamp("reported_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assignments_decision").on(t.decisionId),
    index("assignments_open").on(t.arenaId, t.status, t.dueOn),
    index("assignments_body").on(t.assigneeBodyId),
    check("assignments_someone", sql`${t.assigneeBodyId} is not null or ${t.assigneeOrganisationId} is not null`),
  ],
);

/**
 * A decision sent to one party (expediering), to its contact person. The party confirms receipt and
 * records its own adoption through a personal link without an account, as a support actor answers a
 * referral. One dispatch per decision and party.
 */
export const dispatches = pgTable(
  "dispatches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => matterDecisions.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    /** Where it was sent, as it was then. */
    contactName: text("contact_name").notNull().default(""),
    contactEmail: text("contact_email").notNull(),
    status: text("status").$type<DispatchStatus>().notNull().default("sent"),
    /** SHA-256 of the personal link's token. */
    tokenHash: text("token_hash").notNull(),
    sentBy: uuid("sent_by").references(() => users.id, { onDelete: "set null" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    /** The party's own decision, e.g. "beslutad i fullmäktige 2027-04-12". */
    answerNote: text("answer_note").notNull().default(""),
    adoptedOn: date("adopted_on", { mode: "string" }),
  },
  (t) => [unique("dispatches_decision_party").on(t.decisionId, t.organisationId), uniqueIndex("dispatches_token").on(t.tokenHash)],
);
