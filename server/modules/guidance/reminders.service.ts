import { and, asc, eq, inArray, isNotNull, isNull, lte, notInArray, sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Database } from "../../db/index.js";
import { events } from "../audit/audit.tables.js";
import { ideaCoBearers, ideas } from "../ideas/ideas.tables.js";
import { type NotificationInput, type NotificationRow, notify } from "../notifications/notifications.service.js";
import { ideaGuides, nextSteps } from "./guidance.tables.js";
import { plusDays, swedishToday } from "../../shared/swedish-date.js";
import { OUT_OF_CASELOAD } from "./guidance.rules.js";
import { GuidanceEvents } from "./guidance.events.js";
import * as clock from "../../shared/clock.js";

// ---- reminders ----

export interface ReminderResult {
  due: number;
  overdue: number;
  notifications: NotificationRow[];
}

/** Steps per transaction: small enough that PGlite's one connection is never held for long, and far below PostgreSQL's 65,534 bind parameters. */
export const REMINDER_CHUNK = 200;
/** Notifications per insert (a step may tell many people). */
const NOTIFY_SLICE = 1000;

/**
 * Reminds of next steps that fall due tomorrow (or today) and of those now overdue, once each
 * per due date: a reminder is recorded as an event on the step (next_step.due_notified,
 * next_step.overdue_notified, with the due date), so a second run sends nothing, and a step
 * whose due date moves is reminded again. Who is told: the owner, or the bearers when a label
 * owns the step; of an overdue step also the idea's guides.
 *
 * The backlog is worked through in chunks of REMINDER_CHUNK steps in due order, each chunk in
 * its own transaction that writes the events and the notifications together: a crash loses at
 * most the chunk in flight, whole, and the next run sends exactly what is still unsent. Each
 * chunk first takes a transaction-scoped advisory lock, so two servers running this at once
 * take turns, and each chunk's query sees what the other's committed (SKIP LOCKED alone let a
 * step locked and released between the other's snapshot and its lock be sent twice). Between
 * chunks the connection is free, so requests are served while a large backlog is sent.
 *
 * Returns what it sent; `onChunk` hears of each chunk once committed, so the caller can
 * publish the notifications and wake the mailer (there is no request here to do it after
 * commit).
 */
export async function notifyDueNextSteps(
  db: Database,
  now: Date = clock.now(),
  onChunk?: (r: ReminderResult) => void,
): Promise<ReminderResult> {
  const total: ReminderResult = { due: 0, overdue: 0, notifications: [] };
  let after: { dueOn: string; id: string } | undefined;
  for (;;) {
    const chunk = await remindChunk(db, now, after);
    if (chunk.steps === 0) break;
    total.due += chunk.result.due;
    total.overdue += chunk.result.overdue;
    total.notifications.push(...chunk.result.notifications);
    onChunk?.(chunk.result);
    if (chunk.steps < REMINDER_CHUNK) break;
    after = chunk.last;
  }
  return total;
}

async function remindChunk(
  db: Database,
  now: Date,
  after: { dueOn: string; id: string } | undefined,
): Promise<{ steps: number; last?: { dueOn: string; id: string }; result: ReminderResult }> {
  const today = swedishToday(now);
  const tomorrow = plusDays(today, 1);
  const reminderKind = sql`case when ${nextSteps.dueOn} < ${today}::date then ${GuidanceEvents.overdueNotified} else ${GuidanceEvents.dueNotified} end`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('arena.next_step_reminders'))`);
    const rows = await tx
      .select({ step: nextSteps, idea: { id: ideas.id, arenaId: ideas.arenaId, bearerId: ideas.bearerId, title: ideas.title } })
      .from(nextSteps)
      .innerJoin(ideas, eq(ideas.id, nextSteps.ideaId))
      .where(
        and(
          isNull(nextSteps.doneAt),
          isNotNull(nextSteps.dueOn),
          lte(nextSteps.dueOn, tomorrow),
          // Keyset: the steps before this chunk were handled (or are locked by an edit, and wait for the next run).
          after ? sql`(${nextSteps.dueOn}, ${nextSteps.id}) > (${after.dueOn}::date, ${after.id}::uuid)` : undefined,
          notInArray(ideas.stage, OUT_OF_CASELOAD),
          sql`not exists (select 1 from ${events} where ${events.subjectType} = 'NextStep' and ${events.subjectId} = ${nextSteps.id} and ${events.kind} = ${reminderKind} and ${events.data}->>'dueOn' = ${nextSteps.dueOn}::text)`,
        ),
      )
      .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id))
      .limit(REMINDER_CHUNK)
      .for("update", { of: nextSteps, skipLocked: true });
    if (rows.length === 0) return { steps: 0, result: { due: 0, overdue: 0, notifications: [] } };
    const lastStep = rows[rows.length - 1]!.step;
    const ideaIds = [...new Set(rows.map((r) => r.idea.id))];
    const co = await tx
      .select({ ideaId: ideaCoBearers.ideaId, userId: ideaCoBearers.userId })
      .from(ideaCoBearers)
      .where(and(inArray(ideaCoBearers.ideaId, ideaIds), eq(ideaCoBearers.status, "accepted")));
    const guides = await tx
      .select({ ideaId: ideaGuides.ideaId, userId: ideaGuides.userId })
      .from(ideaGuides)
      .where(inArray(ideaGuides.ideaId, ideaIds));
    const of = (list: { ideaId: string; userId: string | null }[], ideaId: string) =>
      list.flatMap((x) => (x.ideaId === ideaId && x.userId ? [x.userId] : []));
    const list: NotificationInput[] = [];
    const recorded: (typeof events.$inferInsert)[] = [];
    let due = 0;
    let overdue = 0;
    for (const { step, idea } of rows) {
      const late = step.dueOn! < today;
      if (late) overdue++;
      else due++;
      const owners = step.ownerId ? [step.ownerId] : [idea.bearerId, ...of(co, idea.id)];
      const told = new Set([...owners, ...(late ? of(guides, idea.id) : [])]);
      recorded.push({
        arenaId: idea.arenaId,
        actorId: null,
        subjectType: "NextStep",
        subjectId: step.id,
        kind: late ? GuidanceEvents.overdueNotified : GuidanceEvents.dueNotified,
        data: { ideaId: idea.id, dueOn: step.dueOn, told: [...told] },
      });
      for (const userId of told)
        list.push({
          userId,
          arenaId: idea.arenaId,
          kind: late ? GuidanceEvents.nextStepOverdue : GuidanceEvents.nextStepDue,
          subjectType: "Idea",
          subjectId: idea.id,
          data: { title: idea.title, step: step.title, dueOn: step.dueOn, nextStepId: step.id },
        });
    }
    // One insert for the chunk's events (recordEvent writes one row per statement).
    await tx.insert(events).values(recorded);
    const notifications: NotificationRow[] = [];
    for (let i = 0; i < list.length; i += NOTIFY_SLICE) notifications.push(...(await notify(tx, list.slice(i, i + NOTIFY_SLICE))));
    return { steps: rows.length, last: { dueOn: lastStep.dueOn!, id: lastStep.id }, result: { due, overdue, notifications } };
  });
}

/** One round of next-step reminders, for runPeriodically (server/app.ts). `sent` publishes what was sent and wakes the mailer. */
export async function nextStepReminderRound(db: Database, log: Logger, sent: (r: ReminderResult) => void): Promise<void> {
  // Each chunk is published as it commits, so a later failure does not withhold what was sent.
  const r = await notifyDueNextSteps(db, clock.now(), (chunk) => {
    if (chunk.notifications.length > 0) sent(chunk);
  });
  if (r.notifications.length > 0)
    log.info({ due: r.due, overdue: r.overdue, notifications: r.notifications.length }, "next-step reminders sent");
}
