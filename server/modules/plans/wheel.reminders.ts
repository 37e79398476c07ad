import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Database, Tx } from "../../db/index.js";
import * as clock from "../../shared/clock.js";
import { swedishToday } from "../../shared/swedish-date.js";
import { subtractWorkingDays } from "../../shared/working-days.js";
import { roleGrants } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { type NotificationRow, notify } from "../notifications/notifications.service.js";
import { bodies, bodyMemberships } from "../partnership/partnership.tables.js";
import { WheelEvents } from "./wheel.events.js";
import { wheelMilestones, wheelReminders } from "./wheel.tables.js";

type Milestone = typeof wheelMilestones.$inferSelect;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The milestone's date in a year: its day (the month's last if the month is shorter), or the 1st when it has none. */
export function milestoneDate(m: Pick<Milestone, "month" | "day">, year: number): string {
  const day = Math.min(m.day ?? 1, daysIn(year, m.month));
  return new Date(Date.UTC(year, m.month - 1, day)).toISOString().slice(0, 10);
}

/** The day its reminder is due in a year: `remindWorkingDays` Swedish working days before the milestone. */
export function reminderDate(m: Pick<Milestone, "month" | "day" | "remindWorkingDays">, year: number): string {
  return subtractWorkingDays(new Date(`${milestoneDate(m, year)}T00:00:00Z`), m.remindWorkingDays)
    .toISOString()
    .slice(0, 10);
}

/** The years whose occurrence of the milestone is to be reminded of today: from its reminder day up to the milestone itself. */
function dueYears(m: Milestone, today: string): number[] {
  const year = Number(today.slice(0, 4));
  // A January milestone may be reminded of in December.
  return [year, year + 1].filter((y) => reminderDate(m, y) <= today && today <= milestoneDate(m, y));
}

export interface WheelReminderResult {
  /** Milestone occurrences reminded of by this run. */
  reminded: number;
  notifications: NotificationRow[];
}

/**
 * Reminds of every milestone whose reminder is due today (by the domain's clock) and not yet
 * sent for that year. Each occurrence is sent in its own transaction that first inserts its
 * wheel_reminders row (milestone, year): a run that finds the row already there (another run,
 * another instance, committed or still in flight) inserts nothing and sends nothing, so each
 * occurrence is reminded of once whatever races. The notifications bring the outbox mail.
 */
export async function sendWheelReminders(db: Database, now: Date = clock.now()): Promise<WheelReminderResult> {
  const today = swedishToday(now);
  const all = await db.select().from(wheelMilestones);
  const candidates = all.flatMap((m) => dueYears(m, today).map((year) => ({ m, year })));
  const result: WheelReminderResult = { reminded: 0, notifications: [] };
  if (candidates.length === 0) return result;
  const sent = await db
    .select({ milestoneId: wheelReminders.milestoneId, year: wheelReminders.year })
    .from(wheelReminders)
    .where(
      inArray(
        wheelReminders.milestoneId,
        candidates.map((c) => c.m.id),
      ),
    );
  const done = new Set(sent.map((s) => `${s.milestoneId}:${s.year}`));
  for (const { m, year } of candidates) {
    if (done.has(`${m.id}:${year}`)) continue;
    const rows = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .insert(wheelReminders)
        .values({ milestoneId: m.id, year, sentAt: clock.now() })
        .onConflictDoNothing()
        .returning();
      if (!claimed) return null;
      const [body] = m.bodyId ? await tx.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, m.bodyId)) : [];
      const people = await recipients(tx, m);
      const data = {
        title: m.titleSv,
        titleEn: m.titleEn,
        description: m.descriptionSv,
        descriptionEn: m.descriptionEn,
        body: body?.name ?? "",
        month: m.month,
        day: m.day,
        year,
        date: milestoneDate(m, year),
      };
      const notified = await notify(
        tx,
        people.map((userId) => ({
          userId,
          arenaId: m.arenaId,
          kind: WheelEvents.reminder,
          subjectType: "WheelMilestone",
          subjectId: m.id,
          data,
        })),
      );
      await tx
        .update(wheelReminders)
        .set({ recipients: people.length })
        .where(sql`${wheelReminders.milestoneId} = ${m.id} and ${wheelReminders.year} = ${year}`);
      await recordEvent(tx, {
        arenaId: m.arenaId,
        actorId: null,
        subjectType: "WheelMilestone",
        subjectId: m.id,
        kind: WheelEvents.reminder,
        data: { year, told: people },
      });
      return notified;
    });
    if (rows) {
      result.reminded++;
      result.notifications.push(...rows);
    }
  }
  return result;
}

async function recipients(tx: Tx, m: Milestone): Promise<string[]> {
  let rows: { userId: string | null }[];
  if (m.audience === "body_members") {
    if (!m.bodyId) return [];
    rows = await tx
      .select({ userId: bodyMemberships.userId })
      .from(bodyMemberships)
      .where(and(eq(bodyMemberships.bodyId, m.bodyId), isNotNull(bodyMemberships.userId)));
  } else {
    const role = m.audience === "role" && m.audienceRole ? m.audienceRole : "coordinator";
    rows = await tx
      .select({ userId: roleGrants.userId })
      .from(roleGrants)
      .where(and(eq(roleGrants.arenaId, m.arenaId), eq(roleGrants.role, role)));
  }
  return [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))].sort();
}

/** One round of the annual wheel's reminders, for runPeriodically (server/app.ts). */
export async function wheelReminderRound(db: Database, log: Logger, sent: (r: WheelReminderResult) => void): Promise<void> {
  const r = await sendWheelReminders(db);
  if (r.notifications.length > 0) {
    log.info({ reminded: r.reminded, notifications: r.notifications.length }, "annual wheel reminders sent");
    sent(r);
  }
}
