import { sql } from "drizzle-orm";
import { date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables.js";
import { ideas } from "../ideas/ideas.tables.js";
import { arenas } from "../partnership/partnership.tables.js";

export type SupportActorKind =
  | "incubator"
  | "business_advice"
  | "cooperative_development"
  | "funding_call"
  | "university_innovation_office"
  | "municipal_service"
  | "civil_society_organisation"
  | "national_agency";

/**
 * The phases of an idea's path an actor helps with (DOMAIN.md's loop: an idea gets support to
 * develop, is tested, and what works spreads). A guide looks for an actor by the phase the
 * idea is in.
 */
export const SUPPORT_PHASES = ["idea", "development", "testing", "scaling"] as const;
export type SupportPhase = (typeof SUPPORT_PHASES)[number];

/** An actor of the wider support system that ideas can be referred to. */
export const supportActors = pgTable(
  "support_actors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    kind: text("kind").$type<SupportActorKind>().notNull(),
    offer: text("offer").notNull().default(""),
    contact: text("contact").notNull().default(""),
    email: text("email").notNull().default(""),
    website: text("website").notNull().default(""),
    /** Which phases of an idea's path they support; at least one. */
    phases: text("phases")
      .array()
      .$type<SupportPhase[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("support_actors_key").on(t.key)],
);

/** Which arenas an actor serves. */
export const supportActorArenas = pgTable(
  "support_actor_arenas",
  {
    actorId: uuid("actor_id")
      .notNull()
      .references(() => supportActors.id, { onDelete: "cascade" }),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.arenaId] })],
);

export type ReferralStatus = "sent" | "received" | "accepted" | "declined" | "completed";

/** A referral is a loop, not a link: sent → received → outcome. */
export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => supportActors.id, { onDelete: "restrict" }),
    message: text("message").notNull(),
    status: text("status").$type<ReferralStatus>().notNull().default("sent"),
    /** SHA-256 of the personal link's token, with which the actor confirms without an account. */
    tokenHash: text("token_hash").notNull(),
    sentBy: uuid("sent_by").references(() => users.id, { onDelete: "set null" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    /** When receipt is overdue (working days from sending). */
    respondBy: date("respond_by", { mode: "string" }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    outcomeAt: timestamp("outcome_at", { withTimezone: true }),
    outcomeNote: text("outcome_note").notNull().default(""),
  },
  (t) => [
    index("referrals_idea").on(t.ideaId),
    uniqueIndex("referrals_token").on(t.tokenHash),
    index("referrals_open").on(t.status, t.respondBy),
  ],
);
