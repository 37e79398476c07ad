import { type SQL, and, count, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Locale } from "../accounts/accounts.tables.js";
import type { Viewer } from "../../auth/sessions.js";
import type { Tx } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { afterTimeAndId, timeText } from "../../db/keyset.js";
import { UserErrors, apiError, fail } from "../../graphql/errors.js";
import { afterCommit, runMutation } from "../../graphql/mutation.js";
import { type ConnectionArgs, cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { users } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { NotificationEvents } from "./notifications.events.js";
import type { MyNotificationsArgs } from "./notifications.inputs.js";
import { renderMail, unnamedSubjectKinds } from "./notifications.render.js";
import {
  DEFAULT_PREFERENCE,
  mailsAtOnce,
  preferencesOf,
  transactionalFooter,
  unsubscribeHeaders,
  unsubscribeUrl,
} from "./mail-settings.js";
import { notifications, outbox } from "./notifications.tables.js";
import { toNotification, toOutboxMail } from "./notifications.types.js";
import type { EventKind } from "../../shared/events.js";
import * as clock from "../../shared/clock.js";

export interface NotificationInput {
  userId: string;
  arenaId: string | null;
  /** Declared with its text by the module that notifies (see server/shared/events.ts). */
  kind: EventKind;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * Who may read what notifications are about, per subject type, registered by the module that
 * owns the subject (ideas registers "Idea"): nobody is told, mailed, or shown a notification
 * about something they may not (or no longer) read, e.g. a followed idea that stopped being
 * public, under its new title. Kinds whose message names no subject are exempt.
 */
export interface SubjectReaders {
  /** Of these pairs, the keys `${userId}:${subjectId}` of those whose user may read the subject now. */
  mayRead(tx: Tx, pairs: { userId: string; subjectId: string }[]): Promise<Set<string>>;
  /** A condition over `notifications`: the viewer may read the row's subject now. */
  readable(viewer: Viewer): SQL;
}
const subjectReaders = new Map<string, SubjectReaders>();
export function registerSubjectReaders(subjectType: string, readers: SubjectReaders): void {
  subjectReaders.set(subjectType, readers);
}

async function onlyReadable(tx: Tx, list: NotificationInput[]): Promise<NotificationInput[]> {
  const unnamed = unnamedSubjectKinds();
  const checked = list.filter((n) => subjectReaders.has(n.subjectType) && !unnamed.includes(n.kind));
  if (checked.length === 0) return list;
  const allowed = new Set<string>();
  for (const [type, readers] of subjectReaders) {
    const pairs = checked.filter((n) => n.subjectType === type);
    if (pairs.length > 0) for (const k of await readers.mayRead(tx, pairs)) allowed.add(`${type}:${k}`);
  }
  return list.filter((n) => !checked.includes(n) || allowed.has(`${n.subjectType}:${n.userId}:${n.subjectId}`));
}

/** A condition over `notifications`: the viewer may read what the row is about (see SubjectReaders). */
function aboutReadable(viewer: Viewer): SQL | undefined {
  const unnamed = unnamedSubjectKinds();
  return and(
    ...[...subjectReaders].map(([type, readers]) =>
      or(ne(notifications.subjectType, type), inArray(notifications.kind, unnamed), readers.readable(viewer)),
    ),
  );
}

/**
 * Records in-app notifications inside the transaction of what caused them, and a mail for
 * each in the outbox (in the recipient's language). Once that transaction commits, open
 * clients are told (the notificationAdded subscription) and the mailer is woken; if it rolls
 * back, nobody hears of it.
 */
export async function notify(tx: Tx, all: NotificationInput[]): Promise<NotificationRow[]> {
  const list = all.length === 0 ? all : await onlyReadable(tx, all);
  if (list.length === 0) return [];
  // Set here rather than by now(): the cursors of myNotifications carry milliseconds.
  const createdAt = clock.now();
  const rows = await tx
    .insert(notifications)
    .values(list.map((n) => ({ ...n, data: n.data ?? {}, createdAt })))
    .returning();
  const recipients = [...new Set(rows.map((r) => r.userId))];
  const people = await tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(inArray(users.id, recipients), isNull(users.deletedAt)));
  const byId = new Map(people.map((p) => [p.id, p]));
  const preferences = await preferencesOf(tx, recipients);
  const mails = rows.flatMap((r) => {
    const to = byId.get(r.userId);
    // Kinds the person turned off, or wants in the daily digest, are not mailed now.
    if (!to || !mailsAtOnce(preferences.get(r.userId) ?? DEFAULT_PREFERENCE, r.kind)) return [];
    const unsubscribe = unsubscribeUrl(r.userId, r.kind);
    // The outbox is the mailer's queue, on real time; the notification is the domain's, on the clock.
    return [
      {
        toAddress: to.email,
        arenaId: r.arenaId,
        createdAt: new Date(),
        headers: unsubscribeHeaders(unsubscribe),
        ...renderMail(r.kind, r.data, to, unsubscribe),
      },
    ];
  });
  if (mails.length > 0) await tx.insert(outbox).values(mails);
  afterCommit(tx, (ctx) => {
    for (const r of rows) ctx.pubSub.publish("NOTIFICATION_ADDED", r);
    ctx.mailer.kick();
  });
  return rows;
}

/**
 * Queues a mail to an address that need not belong to an account (a support actor), in the
 * caller's transaction; the mailer is woken once it commits.
 */
/**
 * A transactional mail: one message that something a person or a party is doing needs (a reset
 * link, an address to confirm, a referral or a decision to confirm receipt of). Nobody subscribed
 * to it, so it carries no List-Unsubscribe; its footer says why. Notifications and digests, which
 * a person can turn off, go through notify and the digest instead, always with the link.
 */
export async function enqueueMail(
  tx: Tx,
  mail: { to: string; subject: string; text: string; arenaId: string | null; locale?: Locale },
): Promise<void> {
  const text = `${mail.text.trimEnd()}\n\n${transactionalFooter(mail.locale)}\n`;
  await tx.insert(outbox).values({ toAddress: mail.to, subject: mail.subject, text, arenaId: mail.arenaId, createdAt: new Date() });
  afterCommit(tx, (ctx) => ctx.mailer.kick());
}

// ---- reading ----

function requireViewer(ctx: Context) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  return ctx.viewer;
}

async function validArgs(ctx: Context, args: object) {
  await validateInput(args, ctx.locale, "args").catch((e: unknown) => {
    if (e instanceof UserErrors) throw apiError("BAD_USER_INPUT", ctx.locale);
    throw e;
  });
}

/** Newest first on (createdAt, id), both descending. */
const before = (after: (string | number)[] | null, table: typeof notifications | typeof outbox): SQL | undefined =>
  afterTimeAndId(table.createdAt, table.id, after, { time: "desc", id: "desc" });

const NOTIFICATION_CURSOR = cursorKind("notifications:newest", "time", "uuid");

/** The viewer's own notifications, newest first: one statement for the page, one for the count. */
export async function myNotifications(ctx: Context, args: MyNotificationsArgs) {
  const viewer = requireViewer(ctx);
  await validArgs(ctx, args);
  const size = pageSize(args);
  const mine = and(eq(notifications.userId, viewer.id), args.unreadOnly ? isNull(notifications.readAt) : undefined, aboutReadable(viewer));
  const after = decodeCursor(args.after, NOTIFICATION_CURSOR);
  const rows = await ctx.db
    .select({ row: notifications, at: timeText(notifications.createdAt) })
    .from(notifications)
    .where(and(mine, before(after, notifications)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(notifications).where(mine);
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [r.at, r.row.id],
    (r) => toNotification(r.row, ctx.locale),
    after !== null,
    NOTIFICATION_CURSOR,
  );
}

export async function unreadNotificationCount(ctx: Context): Promise<number> {
  const viewer = requireViewer(ctx);
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt), aboutReadable(viewer)));
  return row?.n ?? 0;
}

/** A notification by raw id, for node(id:): its owner only. */
export async function notificationById(ctx: Context, id: string) {
  if (!ctx.viewer) return null;
  const [row] = await ctx.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, ctx.viewer.id), aboutReadable(ctx.viewer)));
  return row ? toNotification(row, ctx.locale) : null;
}

/** Marks the given notifications of the viewer read, or all of them when none are given. */
export async function markNotificationsRead(ctx: Context, ids: string[] | null | undefined) {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, async (tx) => {
    const mine = and(eq(notifications.userId, viewer.id), aboutReadable(viewer))!;
    let which: SQL | undefined;
    if (ids && ids.length > 0) {
      const raw = [...new Set(ids.map((g) => fromGlobalId(g, "Notification")?.id ?? null))];
      if (raw.includes(null)) fail(ctx.locale, "ids", "NOT_FOUND");
      const found = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(mine, inArray(notifications.id, raw as string[])));
      // Someone else's notification is reported like one that does not exist.
      if (found.length !== raw.length) fail(ctx.locale, "ids", "NOT_FOUND");
      which = inArray(notifications.id, raw as string[]);
    }
    const marked = await tx
      .update(notifications)
      .set({ readAt: clock.now() })
      .where(and(mine, isNull(notifications.readAt), which))
      .returning();
    if (marked.length > 0)
      await recordEvent(tx, {
        arenaId: null,
        actorId: viewer.id,
        subjectType: "User",
        subjectId: viewer.id,
        kind: NotificationEvents.read,
        data: { count: marked.length, all: which === undefined },
      });
    const [left] = await tx
      .select({ n: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt)));
    return { notifications: marked.map((r) => toNotification(r, ctx.locale)), unreadCount: left?.n ?? 0 };
  });
}

/** Mail about the arenas the viewer administers: no admin reads another arena's residents' mail. */
function administeredMail(ctx: Context): SQL {
  const arenaIds = (ctx.viewer?.roles ?? []).filter((r) => r.role === "admin").map((r) => r.arenaId);
  return arenaIds.length > 0 ? inArray(outbox.arenaId, arenaIds) : sql`false`;
}

const OUTBOX_CURSOR = cursorKind("outbox:newest", "time", "uuid");

/** The mail of the arenas the viewer administers, newest first (read here when no SMTP server is configured). */
export async function listOutbox(ctx: Context, args: ConnectionArgs) {
  await validArgs(ctx, args);
  const size = pageSize(args);
  const after = decodeCursor(args.after, OUTBOX_CURSOR);
  const rows = await ctx.db
    .select({ row: outbox, at: timeText(outbox.createdAt) })
    .from(outbox)
    .where(and(administeredMail(ctx), before(after, outbox)))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(outbox).where(administeredMail(ctx));
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [r.at, r.row.id],
    (r) => toOutboxMail(r.row),
    after !== null,
    OUTBOX_CURSOR,
  );
}

export async function outboxMailById(ctx: Context, id: string) {
  const [row] = await ctx.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.id, id), administeredMail(ctx)));
  return row ? toOutboxMail(row) : null;
}
