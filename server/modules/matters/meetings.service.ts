import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import { inputId, requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { manyLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import type { EventKind } from "../../shared/events.js";
import * as clock from "../../shared/clock.js";
import { recordEvent } from "../audit/audit.service.js";
import { notify } from "../notifications/notifications.service.js";
import { bodies, bodyMemberships } from "../partnership/partnership.tables.js";
import { putOnAgenda, takeOffAgenda } from "./meetings.agenda.js";
import { MeetingEvents } from "./meetings.events.js";
import type {
  AddAgendaItemInput,
  CreateMeetingInput,
  MeetingVersionInput,
  RemoveAgendaItemInput,
  ReorderAgendaInput,
  UpdateMeetingInput,
  WriteMinutesInput,
} from "./meetings.inputs.js";
import { MEETING_LIMITS } from "./meetings.inputs.js";
import { meetingTime, viewerReadsInternals } from "./meetings.rules.js";
import { rightsIn } from "./matters.read.js";
import { type AgendaItem, type Meeting, MeetingWhenEnum, toAgendaItem, toMeeting } from "./meetings.types.js";
import { matterRights, mayDecideFor } from "./matters.access.js";
import { agendaItems, matters, meetings } from "./matters.tables.js";

/** The kansli: the arena's coordinators (admins hold every role of their arena). */
const KANSLI = ["coordinator"] as const;

export function createMeetingLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    meetingById: rowByIdLoader(db, meetings),
    agendaByMeeting: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(agendaItems)
          .where(inArray(agendaItems.meetingId, ids(k)))
          .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt)),
      (r) => r.meetingId,
    ),
    /** Title, stage and body of matters on agendas (no basis, no notes). */
    agendaMatterById: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ id: matters.id, number: matters.number, title: matters.title, stage: matters.stage, bodyId: matters.bodyId })
          .from(matters)
          .where(inArray(matters.id, ids(k))),
      (r) => r.id,
    ),
  };
}

// ---- reading ----

export async function meetingById(ctx: Context, id: string): Promise<Meeting | null> {
  const row = await ctx.loaders.meetingById.load(id);
  return row ? toMeeting(row) : null;
}

/** A body's meetings: upcoming (from today on, soonest first) or past (latest first). */
export async function meetingsOfBody(ctx: Context, bodyId: string, when: MeetingWhenEnum, first: number): Promise<Meeting[]> {
  const today = clock.swedishToday();
  const rows = await ctx.db
    .select()
    .from(meetings)
    .where(
      and(eq(meetings.bodyId, bodyId), when === MeetingWhenEnum.UPCOMING ? gte(meetings.startsAt, today) : lt(meetings.startsAt, today)),
    )
    .orderBy(when === MeetingWhenEnum.UPCOMING ? asc(meetings.startsAt) : desc(meetings.startsAt))
    .limit(Math.min(Math.max(first, 1), 100));
  for (const r of rows) ctx.loaders.meetingById.prime(r.id, r);
  return rows.map(toMeeting);
}

/** The next meeting (not cancelled, from today on) of each of these bodies, soonest first. */
export async function nextMeetingsOf(ctx: Context, bodyIds: string[]) {
  if (bodyIds.length === 0) return [];
  const rows = await ctx.db
    .selectDistinctOn([meetings.bodyId])
    .from(meetings)
    .where(and(inArray(meetings.bodyId, bodyIds), gte(meetings.startsAt, clock.swedishToday()), isNull(meetings.cancelledAt)))
    .orderBy(meetings.bodyId, asc(meetings.startsAt));
  return rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export async function agendaOf(ctx: Context, meeting: Meeting): Promise<AgendaItem[]> {
  const [rows, internals] = await Promise.all([
    ctx.loaders.agendaByMeeting.load(meeting.rawId),
    viewerReadsInternals(ctx, meeting.arenaRawId),
  ]);
  const visible = internals || meeting.minutesPublishedAt !== null;
  return rows.map((r, i) => toAgendaItem(r, i + 1, visible));
}

export async function agendaItemTitle(ctx: Context, item: AgendaItem): Promise<string> {
  if (!item.matterRawId) return item.freeTitle;
  const [m] = await ctx.loaders.agendaMatterById.load(item.matterRawId);
  return m ? `${m.title}` : item.freeTitle;
}

export async function meetingLink(ctx: Context, meeting: Meeting): Promise<string | null> {
  return (await viewerReadsInternals(ctx, meeting.arenaRawId)) ? meeting.linkText : null;
}

// ---- changing: the kansli books meetings and keeps their agendas ----

export type MeetingRow = typeof meetings.$inferSelect;

interface MeetingChange {
  /** The event's data. */
  data?: Record<string, unknown>;
  /** Columns to set besides the version. */
  set?: Partial<typeof meetings.$inferInsert>;
}

/** Locks the meeting and checks that the viewer is its arena's kansli. */
async function lockMeeting(ctx: Context, tx: Tx, globalId: string, field: string): Promise<MeetingRow> {
  const id = inputId(ctx, globalId, "Meeting", field);
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, id)).for("update");
  if (!row) fail(ctx.locale, field, "NOT_FOUND");
  requireArenaRole(ctx, row.arenaId, KANSLI);
  return row;
}

/**
 * One shape for the kansli's changes of a meeting: lock, check who and the version the person
 * read, refuse a cancelled meeting or one whose minutes are out, change, bump the version, record.
 */
async function mutateMeeting(
  ctx: Context,
  input: { id: string; version: number },
  kind: EventKind,
  work: (tx: Tx, meeting: MeetingRow) => Promise<MeetingChange>,
) {
  const res = await runMutation(ctx, async (tx) => {
    const row = await lockMeeting(ctx, tx, input.id, "input.id");
    if (row.version !== input.version) fail(ctx.locale, "input.version", "STALE_MEETING");
    if (row.cancelledAt) fail(ctx.locale, "input.id", "MEETING_CANCELLED");
    if (row.minutesPublishedAt) fail(ctx.locale, "input.id", "MEETING_HELD");
    const change = await work(tx, row);
    const [updated] = await tx
      .update(meetings)
      .set({ ...change.set, version: row.version + 1 })
      .where(eq(meetings.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Meeting",
      subjectId: row.id,
      kind,
      data: { bodyId: row.bodyId, ...change.data },
    });
    return toMeeting(updated!);
  });
  return res;
}

function checkPlaceAndLink(ctx: Context, place: string, link: string) {
  if (place.trim() === "" && link.trim() === "") fail(ctx.locale, "input.place", "PLACE_OR_LINK");
  if (link.trim() !== "" && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(link.trim())) fail(ctx.locale, "input.link", "INVALID_URL");
}

export function createMeeting(ctx: Context, input: CreateMeetingInput) {
  return runMutation(ctx, async (tx) => {
    const bodyId = inputId(ctx, input.bodyId, "Body", "input.bodyId");
    const [body] = await tx.select().from(bodies).where(eq(bodies.id, bodyId));
    if (!body) fail(ctx.locale, "input.bodyId", "NOT_FOUND");
    const actorId = requireArenaRole(ctx, body.arenaId, KANSLI);
    await validateInput(input, ctx.locale);
    checkPlaceAndLink(ctx, input.place, input.link);
    const [row] = await tx
      .insert(meetings)
      .values({
        arenaId: body.arenaId,
        bodyId,
        startsAt: input.startsAt,
        place: input.place.trim(),
        link: input.link.trim(),
        createdBy: actorId,
        createdAt: clock.now(),
      })
      .returning();
    await recordEvent(tx, {
      arenaId: body.arenaId,
      actorId,
      subjectType: "Meeting",
      subjectId: row!.id,
      kind: MeetingEvents.created,
      data: { bodyId, startsAt: input.startsAt.toISOString() },
    });
    return toMeeting(row!);
  });
}

export function updateMeeting(ctx: Context, input: UpdateMeetingInput) {
  return mutateMeeting(ctx, input, MeetingEvents.updated, async (_tx, row) => {
    await validateInput(input, ctx.locale);
    const place = input.place ?? row.place;
    const link = input.link ?? row.link;
    checkPlaceAndLink(ctx, place, link);
    const set = { startsAt: input.startsAt ?? row.startsAt, place: place.trim(), link: link.trim() };
    return { set, data: { changed: Object.keys(input).filter((k) => !["id", "version"].includes(k)) } };
  });
}

export function cancelMeeting(ctx: Context, input: MeetingVersionInput) {
  return mutateMeeting(ctx, input, MeetingEvents.cancelled, async (tx, row) => {
    const items = await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, row.id));
    const onIt = items.flatMap((i) => (i.matterId ? [i.matterId] : []));
    await takeOffAgenda(ctx, tx, row, onIt);
    return { set: { cancelledAt: clock.now() }, data: { matters: onIt.length } };
  });
}

export function addAgendaItem(ctx: Context, input: AddAgendaItemInput) {
  return mutateMeeting(ctx, { id: input.meetingId, version: input.version }, MeetingEvents.agendaItemAdded, async (tx, row) => {
    await validateInput(input, ctx.locale);
    const title = input.title?.trim() ?? "";
    const hasMatter = !!input.matterId;
    if (hasMatter === (title !== "")) fail(ctx.locale, hasMatter ? "input.title" : "input.matterId", "AGENDA_ITEM_EITHER");
    const items = await tx.select({ position: agendaItems.position }).from(agendaItems).where(eq(agendaItems.meetingId, row.id));
    if (items.length >= MEETING_LIMITS.agendaItems)
      fail(ctx.locale, "input.meetingId", "TOO_MANY_ITEMS", { max: MEETING_LIMITS.agendaItems });
    const position = items.reduce((max, i) => Math.max(max, i.position), 0) + 1;
    const matter = hasMatter ? await putOnAgenda(ctx, tx, row, input.matterId!) : null;
    const [item] = await tx
      .insert(agendaItems)
      .values({ meetingId: row.id, position, matterId: matter?.id ?? null, title: matter ? "" : title, createdAt: clock.now() })
      .returning();
    return { data: { itemId: item!.id, matterId: matter?.id ?? null, title: matter?.title ?? title } };
  });
}

export function removeAgendaItem(ctx: Context, input: RemoveAgendaItemInput) {
  return mutateMeeting(ctx, { id: input.meetingId, version: input.version }, MeetingEvents.agendaItemRemoved, async (tx, row) => {
    const itemId = inputId(ctx, input.itemId, "AgendaItem", "input.itemId");
    const [item] = await tx
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, row.id)));
    if (!item) fail(ctx.locale, "input.itemId", "NOT_FOUND");
    if (item.matterId) await takeOffAgenda(ctx, tx, row, [item.matterId]);
    await tx.delete(agendaItems).where(eq(agendaItems.id, item.id));
    return { data: { itemId: item.id, matterId: item.matterId, title: item.title } };
  });
}

export function reorderAgenda(ctx: Context, input: ReorderAgendaInput) {
  return mutateMeeting(ctx, { id: input.meetingId, version: input.version }, MeetingEvents.agendaReordered, async (tx, row) => {
    const items = await tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, row.id));
    const given = input.itemIds.map((g, i) => inputId(ctx, g, "AgendaItem", `input.itemIds.${i}`));
    const have = new Set(items.map((i) => i.id));
    if (given.length !== have.size || new Set(given).size !== given.length || given.some((id) => !have.has(id)))
      fail(ctx.locale, "input.itemIds", "AGENDA_ORDER");
    // One statement, whatever the agenda's length.
    await tx.execute(
      sql`update ${agendaItems} set position = o.position from (select * from unnest(${sql.param(given)}::uuid[]) with ordinality as t(id, position)) o where ${agendaItems.id} = o.id`,
    );
    return { data: { order: given } };
  });
}

/** The notice (kallelse), once: to every person seated in the body, in the app and by mail, with the agenda. */
export function sendMeetingNotice(ctx: Context, input: MeetingVersionInput) {
  return runMutation(ctx, async (tx) => {
    const row = await lockMeeting(ctx, tx, input.id, "input.id");
    if (row.noticeSentAt) fail(ctx.locale, "input.id", "NOTICE_ALREADY_SENT");
    if (row.version !== input.version) fail(ctx.locale, "input.version", "STALE_MEETING");
    if (row.cancelledAt) fail(ctx.locale, "input.id", "MEETING_CANCELLED");
    if (row.minutesPublishedAt) fail(ctx.locale, "input.id", "MEETING_HELD");
    const [body] = await tx.select().from(bodies).where(eq(bodies.id, row.bodyId));
    const seated = await tx
      .selectDistinct({ userId: bodyMemberships.userId })
      .from(bodyMemberships)
      .where(and(eq(bodyMemberships.bodyId, row.bodyId), isNotNull(bodyMemberships.userId)));
    if (seated.length === 0) fail(ctx.locale, "input.id", "NO_MEMBERS");
    const items = await tx
      .select({ title: agendaItems.title, matterTitle: matters.title, number: matters.number })
      .from(agendaItems)
      .leftJoin(matters, eq(matters.id, agendaItems.matterId))
      .where(eq(agendaItems.meetingId, row.id))
      .orderBy(asc(agendaItems.position));
    const data = {
      body: body!.name,
      when: meetingTime(row.startsAt),
      place: row.place,
      link: row.link,
      agenda: items.map((i) => i.matterTitle ?? i.title),
    };
    const actorId = ctx.viewer!.id;
    await notify(
      tx,
      seated.map((s) => ({
        userId: s.userId!,
        arenaId: row.arenaId,
        kind: MeetingEvents.noticeSent,
        subjectType: "Meeting",
        subjectId: row.id,
        data,
      })),
    );
    const at = clock.now();
    const [updated] = await tx
      .update(meetings)
      .set({ noticeSentAt: at, noticeSentBy: actorId, version: row.version + 1 })
      .where(eq(meetings.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId,
      subjectType: "Meeting",
      subjectId: row.id,
      kind: MeetingEvents.noticeSent,
      data: { bodyId: row.bodyId, recipients: seated.length, items: items.length },
    });
    return toMeeting(updated!);
  });
}

// ---- minutes: the body's members or the kansli write them per item; the kansli publishes them ----

export function writeMinutes(ctx: Context, input: WriteMinutesInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const itemId = inputId(ctx, input.agendaItemId, "AgendaItem", "input.agendaItemId");
    const [found] = await tx
      .select({ item: agendaItems, meeting: meetings })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(eq(agendaItems.id, itemId));
    if (!found) fail(ctx.locale, "input.agendaItemId", "NOT_FOUND");
    const { meeting } = found;
    if (!mayDecideFor(await matterRights(tx, ctx.viewer, meeting.arenaId), meeting.bodyId).may) throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    // Serialises with publishing: nothing is written into minutes already out.
    const [locked] = await tx.select().from(meetings).where(eq(meetings.id, meeting.id)).for("share");
    if (locked!.cancelledAt) fail(ctx.locale, "input.agendaItemId", "MEETING_CANCELLED");
    if (locked!.minutesPublishedAt) fail(ctx.locale, "input.agendaItemId", "MINUTES_PUBLISHED");
    await tx.update(agendaItems).set({ minutes: input.minutes.trim() }).where(eq(agendaItems.id, itemId));
    await recordEvent(tx, {
      arenaId: meeting.arenaId,
      actorId: ctx.viewer.id,
      subjectType: "Meeting",
      subjectId: meeting.id,
      kind: MeetingEvents.minutesWritten,
      data: { itemId, length: input.minutes.trim().length },
    });
    return toMeeting(locked!);
  });
}

export function publishMinutes(ctx: Context, input: MeetingVersionInput) {
  return mutateMeeting(ctx, input, MeetingEvents.minutesPublished, async (tx, row) => {
    const [written] = await tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, row.id), sql`${agendaItems.minutes} <> ''`))
      .limit(1);
    if (!written) fail(ctx.locale, "input.id", "MINUTES_EMPTY");
    return { set: { minutesPublishedAt: clock.now(), minutesPublishedBy: ctx.viewer!.id } };
  });
}

/** Whether the viewer may change the meeting (the kansli) and write its minutes (also the body's members). */
export async function meetingRightsOf(ctx: Context, meeting: Meeting) {
  const rights = await rightsIn(ctx, meeting.arenaRawId);
  return { manage: rights.kansli, minutes: mayDecideFor(rights, meeting.bodyRawId).may };
}
