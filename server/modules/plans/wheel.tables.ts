import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Role } from "../accounts/accounts.tables.js";
import { users } from "../accounts/accounts.tables.js";
import { arenas, bodies } from "../partnership/partnership.tables.js";
import type { WheelAudience } from "./wheel.vocabulary.js";

/**
 * A recurring milestone of the arena's annual wheel (årshjul): every year in `month` (on `day`,
 * or some time that month), `bodyId` does what the title says; `audience` is reminded
 * `remindWorkingDays` Swedish working days ahead.
 */
export const wheelMilestones = pgTable(
  "wheel_milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    month: integer("month").notNull(),
    day: integer("day"),
    bodyId: uuid("body_id").references(() => bodies.id, { onDelete: "set null" }),
    titleSv: text("title_sv").notNull(),
    titleEn: text("title_en").notNull().default(""),
    descriptionSv: text("description_sv").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    audience: text("audience").$type<WheelAudience>().notNull().default("kansli"),
    /** With audience `role`: the arena role whose holders are reminded. */
    audienceRole: text("audience_role").$type<Role>(),
    remindWorkingDays: integer("remind_working_days").notNull().default(10),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("wheel_milestones_arena").on(t.arenaId, t.month, t.day),
    check("wheel_milestones_month", sql`${t.month} between 1 and 12`),
    check("wheel_milestones_day", sql`${t.day} is null or ${t.day} between 1 and 31`),
    check("wheel_milestones_remind", sql`${t.remindWorkingDays} between 0 and 60`),
    check("wheel_milestones_role", sql`(${t.audience} = 'role') = (${t.audienceRole} is not null)`),
  ],
);

/**
 * That a milestone's reminder for a year went out. Its key is what makes "once": the row is
 * inserted in the same transaction as the notifications, so of two racing runs only one inserts
 * it and only that one notifies.
 */
export const wheelReminders = pgTable(
  "wheel_reminders",
  {
    milestoneId: uuid("milestone_id")
      .notNull()
      .references(() => wheelMilestones.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    recipients: integer("recipients").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.milestoneId, t.year] })],
);
