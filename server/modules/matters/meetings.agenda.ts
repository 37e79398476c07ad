import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { fail } from "../../graphql/errors.js";
import { swedishToday } from "../../shared/swedish-date.js";
import { MeetingEvents } from "./meetings.events.js";
import { moveMatter } from "./matters.lifecycle.js";
import { lockMatter } from "./matters.read.js";
import { matters, type meetings } from "./matters.tables.js";

type MeetingRow = typeof meetings.$inferSelect;

/** The meeting's day in Sweden, for the steps' labels ("På dagordningen för Länsledning Välfärd 2027-03-12"). */
export const meetingDay = (m: Pick<MeetingRow, "startsAt">) => swedishToday(m.startsAt);

/** A matter placed with the meeting's body goes on its agenda (on_agenda). */
export async function putOnAgenda(
  ctx: Context,
  tx: Tx,
  meeting: MeetingRow,
  matterGlobalId: string,
): Promise<{ id: string; title: string }> {
  const id = inputId(ctx, matterGlobalId, "Matter", "input.matterId");
  const row = await lockMatter(tx, id);
  if (!row || row.arenaId !== meeting.arenaId) fail(ctx.locale, "input.matterId", "NOT_FOUND");
  if (row.stage !== "placed" || row.bodyId !== meeting.bodyId) fail(ctx.locale, "input.matterId", "MATTER_NOT_PLACED_HERE");
  await moveMatter(tx, row, "on_agenda", {
    actorId: ctx.viewer!.id,
    bodyId: meeting.bodyId,
    date: meetingDay(meeting),
    data: { meetingId: meeting.id },
  });
  return { id: row.id, title: row.title };
}

/** Matters taken off an agenda, or on a cancelled meeting's, wait at their body again (placed). */
export async function takeOffAgenda(ctx: Context, tx: Tx, meeting: MeetingRow, matterIds: string[]): Promise<void> {
  if (matterIds.length === 0) return;
  const rows = await tx
    .select()
    .from(matters)
    .where(and(inArray(matters.id, matterIds), eq(matters.stage, "on_agenda")))
    .for("update");
  for (const row of rows)
    await moveMatter(tx, row, "placed", {
      actorId: ctx.viewer!.id,
      bodyId: meeting.bodyId,
      date: meetingDay(meeting),
      kind: MeetingEvents.takenOffAgenda,
      data: { meetingId: meeting.id },
    });
}
