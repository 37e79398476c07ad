import { type SQL, and, asc, count, eq, exists, gt, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { type AnyPgColumn, alias } from "drizzle-orm/pg-core";
import { hasRole } from "../../auth/sessions.js";
import type { Database, Tx } from "../../db/index.js";
import { inputId, requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { afterTimeAndId, timeText } from "../../db/keyset.js";
import { UserErrors, apiError, fail } from "../../graphql/errors.js";
import { manyLoader, oneLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection, toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { type Role, roleGrants } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { DiscussionEvents } from "./discussion.events.js";
import { type IdeaAccess, TEAM_ROLES, atLeast } from "../ideas/ideas.access.js";
import { ideaAudience, ideaById, lockIdea } from "../ideas/ideas.service.js";
import { bearersOf } from "../ideas/lifecycle.js";
import { ideas } from "../ideas/ideas.tables.js";
import type { Idea } from "../ideas/ideas.types.js";
import { toIdea } from "../ideas/ideas.types.js";
import { type NotificationInput, notify } from "../notifications/notifications.service.js";
import type {
  AddCommentInput,
  CommentsArgs,
  EditCommentInput,
  ModerateCommentInput,
  ModerationQueueArgs,
  ReportCommentInput,
} from "./discussion.inputs.js";
import { commentReports, comments } from "./discussion.tables.js";
import {
  type Comment,
  CommentThreadEnum,
  type CommentView,
  EDIT_WINDOW_MINUTES,
  ModerationDecisionEnum,
  showsBody,
  toComment,
} from "./discussion.types.js";
import type { EventKind } from "../../shared/events.js";
import * as clock from "../../shared/clock.js";

type CommentRow = typeof comments.$inferSelect;
type IdeaRow = typeof ideas.$inferSelect;

/**
 * Who moderates an arena's discussions: its coordinators (the coordination office works in
 * the app daily, so reports are handled quickly) and its admins, who hold every role there.
 */
const MODERATORS: readonly Role[] = ["coordinator"];

export function createDiscussionLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    commentById: rowByIdLoader(db, comments),
    /** Visible comments of each idea's public thread (Idea.commentCount). */
    publicCommentCountByIdea: oneLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: comments.ideaId, n: count() })
          .from(comments)
          .where(
            and(
              inArray(comments.ideaId, ids(k)),
              eq(comments.thread, "public"),
              sql`${comments.hiddenAt} is null`,
              sql`${comments.removedAt} is null`,
            ),
          )
          .groupBy(comments.ideaId),
      (r) => r.ideaId,
    ),
    /** Every reply of each top-level comment, oldest first; who may read which is decided per viewer. */
    repliesByParent: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(comments)
          .where(inArray(comments.parentId, ids(k)))
          .orderBy(asc(comments.createdAt), asc(comments.id)),
      (r) => r.parentId!,
    ),
    reportsByComment: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(commentReports)
          .where(inArray(commentReports.commentId, ids(k)))
          .orderBy(asc(commentReports.createdAt)),
      (r) => r.commentId,
    ),
    /** Keys are "userId:commentId": whether that user has reported that comment. */
    reportedBy: oneLoader(
      async (k: readonly string[]) => {
        const pairs = k.map((x) => x.split(":") as [string, string]);
        const rows = await db
          .select({ userId: commentReports.reporterId, commentId: commentReports.commentId })
          .from(commentReports)
          .where(
            and(
              inArray(commentReports.reporterId, [...new Set(pairs.map((p) => p[0]))]),
              inArray(
                commentReports.commentId,
                pairs.map((p) => p[1]),
              ),
            ),
          );
        return rows.map((r) => `${r.userId}:${r.commentId}`);
      },
      (key) => key,
    ),
  };
}

// ---- rules ----

const canModerate = (ctx: Context, arenaId: string) => hasRole(ctx.viewer, arenaId, MODERATORS);

const viewOf = (ctx: Context, arenaId: string): CommentView => ({
  viewerId: ctx.viewer?.id ?? null,
  canModerate: canModerate(ctx, arenaId),
});

/** The public thread is read by whoever may see the idea; the internal one by its bearers and the arena's guidance team. */
export const mayRead = (access: IdeaAccess, thread: CommentThreadEnum | CommentRow["thread"]) =>
  thread === CommentThreadEnum.PUBLIC ? access !== "none" : atLeast(access, "team");

/** Whether a thread takes new comments: never on drafts or withdrawn ideas; the public one on public ideas only. */
const isOpen = (idea: IdeaRow, thread: CommentThreadEnum) =>
  idea.stage !== "draft" && idea.stage !== "withdrawn" && (thread === CommentThreadEnum.INTERNAL || idea.visibility === "public");

/** SQL twin of showsBody, over `t` (comments or an alias of it). */
function bodyShown(t: { removedAt: AnyPgColumn; hiddenAt: AnyPgColumn; authorId: AnyPgColumn }, view: CommentView): SQL {
  if (view.canModerate) return isNull(t.removedAt);
  return and(isNull(t.removedAt), or(isNull(t.hiddenAt), view.viewerId ? eq(t.authorId, view.viewerId) : undefined))!;
}

async function validArgs(ctx: Context, args: object) {
  await validateInput(args, ctx.locale, "args").catch((e: unknown) => {
    if (e instanceof UserErrors) throw apiError("BAD_USER_INPUT", ctx.locale);
    throw e;
  });
}

const afterKey = (after: (string | number)[] | null): SQL | undefined =>
  afterTimeAndId(comments.createdAt, comments.id, after, { time: "asc", id: "asc" });

// ---- reading ----

const COMMENT_CURSOR = cursorKind("comments:oldest", "time", "uuid");

/**
 * A page of an idea's thread, oldest first: top-level comments (replies hang under each).
 * A top-level comment the viewer may not read is listed as a placeholder only while it has
 * replies they may read. Null when the viewer may not read the thread at all.
 */
export async function ideaComments(ctx: Context, idea: Idea, args: CommentsArgs) {
  if (!mayRead(idea.access, args.thread)) return null;
  await validArgs(ctx, args);
  const view = viewOf(ctx, idea.arenaRawId);
  const size = pageSize(args);
  const reply = alias(comments, "reply");
  const listed = and(
    eq(comments.ideaId, idea.rawId),
    eq(comments.thread, args.thread),
    isNull(comments.parentId),
    or(
      bodyShown(comments, view),
      exists(
        ctx.db
          .select({ one: sql`1` })
          .from(reply)
          .where(and(eq(reply.parentId, comments.id), bodyShown(reply, view))),
      ),
    ),
  );
  const after = decodeCursor(args.after, COMMENT_CURSOR);
  const rows = await ctx.db
    .select({ row: comments, at: timeText(comments.createdAt) })
    .from(comments)
    .where(and(listed, afterKey(after)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(comments).where(listed);
  for (const r of rows) ctx.loaders.commentById.prime(r.row.id, r.row);
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [r.at, r.row.id],
    (r) => toComment(r.row, view),
    after !== null,
    COMMENT_CURSOR,
  );
}

/** The replies of a top-level comment that the viewer may read, oldest first. */
export async function repliesOf(ctx: Context, comment: Comment): Promise<Comment[]> {
  if (comment.parentRawId !== null) return [];
  const rows = await ctx.loaders.repliesByParent.load(comment.rawId);
  return rows.filter((r) => showsBody(r, comment.view)).map((r) => toComment(r, comment.view));
}

/** A comment by raw id, for node(id:): null unless the viewer may read its thread. */
export async function commentById(ctx: Context, rawId: string): Promise<Comment | null> {
  const row = await ctx.loaders.commentById.load(rawId);
  if (!row) return null;
  const idea = await ideaById(ctx, row.ideaId);
  if (!idea || !mayRead(idea.access, row.thread)) return null;
  return toComment(row, viewOf(ctx, idea.arenaRawId));
}

const MODERATION_CURSOR = cursorKind("moderation:oldest", "time", "uuid");

/** Reported or hidden comments of an arena that no moderator has dealt with, oldest first; for its moderators. */
export async function moderationQueue(ctx: Context, args: ModerationQueueArgs) {
  const arena = fromGlobalId(args.arenaId, "Arena");
  if (!arena) throw apiError("NOT_FOUND", ctx.locale);
  requireArenaRole(ctx, arena.id, MODERATORS);
  await validArgs(ctx, args);
  const size = pageSize(args);
  const waiting = and(
    inArray(comments.ideaId, ctx.db.select({ id: ideas.id }).from(ideas).where(eq(ideas.arenaId, arena.id))),
    isNull(comments.removedAt),
    or(isNotNull(comments.hiddenAt), gt(comments.reportCount, 0)),
  );
  const after = decodeCursor(args.after, MODERATION_CURSOR);
  const rows = await ctx.db
    .select({ row: comments, at: timeText(comments.createdAt) })
    .from(comments)
    .where(and(waiting, afterKey(after)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(comments).where(waiting);
  const view: CommentView = { viewerId: ctx.viewer!.id, canModerate: true };
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [r.at, r.row.id],
    (r) => toComment(r.row, view),
    after !== null,
    MODERATION_CURSOR,
  );
}

// ---- writing ----

/**
 * Inside a mutation: the comment and its idea, locked in that order (idea, then comment, as
 * adding a reply does), with the viewer's access. NOT_FOUND when the viewer may not read the
 * thread or the comment is gone.
 */
async function lockComment(ctx: Context, tx: Tx, globalId: string, field: string) {
  const id = inputId(ctx, globalId, "Comment", field);
  const [peek] = await tx.select({ ideaId: comments.ideaId }).from(comments).where(eq(comments.id, id));
  if (!peek) fail(ctx.locale, field, "NOT_FOUND");
  const { row: idea, access } = await lockIdea(ctx, tx, toGlobalId("Idea", peek.ideaId), field);
  const [row] = await tx.select().from(comments).where(eq(comments.id, id)).for("update");
  if (!row || row.removedAt !== null || !mayRead(access, row.thread)) fail(ctx.locale, field, "NOT_FOUND");
  return { row, idea, access, view: viewOf(ctx, idea.arenaId) };
}

function requireAuthor(ctx: Context, row: CommentRow) {
  if (row.authorId !== ctx.viewer!.id) throw apiError("FORBIDDEN", ctx.locale);
}

const excerpt = (body: string) => (body.length > 300 ? `${body.slice(0, 297)}…` : body);

/** Who hears of a new comment, and how it is put to each of them. */
async function audienceOf(tx: Tx, idea: IdeaRow, comment: CommentRow, parent: CommentRow | null, by: string): Promise<NotificationInput[]> {
  const base = {
    arenaId: idea.arenaId,
    subjectType: "Idea",
    subjectId: idea.id,
  };
  // Internal notes stay in the app: their mail says only that there is something to read.
  const data = {
    title: idea.title,
    by,
    commentId: comment.id,
    thread: comment.thread,
    ...(comment.thread === "public" ? { excerpt: excerpt(comment.body) } : {}),
  };
  const out: NotificationInput[] = [];
  const told = new Set<string>([comment.authorId]);
  const tell = (userId: string, kind: EventKind, extra: Record<string, unknown> = {}) => {
    if (told.has(userId)) return;
    told.add(userId);
    out.push({ ...base, userId, kind, data: { ...data, ...extra } });
  };
  const carriers = await bearersOf(tx, idea);
  if (comment.thread === "public") {
    if (parent) tell(parent.authorId, DiscussionEvents.replied);
    for (const userId of await ideaAudience(tx, idea.id))
      tell(userId, DiscussionEvents.added, { relation: carriers.includes(userId) ? "bearer" : "follower" });
  } else {
    for (const userId of carriers) tell(userId, DiscussionEvents.internal);
    // Guidance staff who took part in the thread and still hold a team role in the arena hear the answers.
    const staff = await tx
      .selectDistinct({ userId: comments.authorId })
      .from(comments)
      .innerJoin(
        roleGrants,
        and(eq(roleGrants.userId, comments.authorId), eq(roleGrants.arenaId, idea.arenaId), inArray(roleGrants.role, [...TEAM_ROLES])),
      )
      .where(and(eq(comments.ideaId, idea.id), eq(comments.thread, "internal")));
    for (const s of staff) tell(s.userId, DiscussionEvents.internal);
  }
  return out;
}

/** Posts a comment or a reply. */
export async function addComment(ctx: Context, input: AddCommentInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const viewer = ctx.viewer;
    const { row: idea, access } = await lockIdea(ctx, tx, input.ideaId, "input.ideaId");
    const thread = input.thread ?? CommentThreadEnum.PUBLIC;
    if (!mayRead(access, thread)) throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    if (!isOpen(idea, thread)) fail(ctx.locale, "input.ideaId", "COMMENTS_CLOSED");
    const view = viewOf(ctx, idea.arenaId);
    let parent: CommentRow | null = null;
    if (input.parentId) {
      const parentId = inputId(ctx, input.parentId, "Comment", "input.parentId");
      const [found] = await tx.select().from(comments).where(eq(comments.id, parentId));
      parent = found ?? null;
      if (!parent || parent.ideaId !== idea.id || !mayRead(access, parent.thread) || !showsBody(parent, view))
        fail(ctx.locale, "input.parentId", "NOT_FOUND");
      if (parent.thread !== thread || parent.parentId !== null) fail(ctx.locale, "input.parentId", "INVALID_PARENT");
    }
    const [row] = await tx
      .insert(comments)
      // Set here rather than by now(): the cursors of a thread carry milliseconds.
      .values({ ideaId: idea.id, thread, authorId: viewer.id, parentId: parent?.id ?? null, body: input.body, createdAt: clock.now() })
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Comment",
      subjectId: row!.id,
      kind: DiscussionEvents.added,
      data: { ideaId: idea.id, thread, parentId: parent?.id ?? null },
    });
    await notify(tx, await audienceOf(tx, idea, row!, parent, viewer.name));
    return { comment: toComment(row!, view), idea: toIdea(idea, access) };
  });
}

/** The author edits a comment, within EDIT_WINDOW_MINUTES of posting. */
export async function editComment(ctx: Context, input: EditCommentInput) {
  return runMutation(ctx, async (tx) => {
    const { row, idea, access, view } = await lockComment(ctx, tx, input.id, "input.id");
    requireAuthor(ctx, row);
    await validateInput(input, ctx.locale);
    if (row.hiddenAt !== null) fail(ctx.locale, "input.id", "COMMENT_HIDDEN");
    if (clock.now().getTime() - row.createdAt.getTime() > EDIT_WINDOW_MINUTES * 60_000)
      fail(ctx.locale, "input.id", "EDIT_WINDOW_CLOSED", { minutes: EDIT_WINDOW_MINUTES });
    if (input.body === row.body) return { comment: toComment(row, view), idea: toIdea(idea, access) };
    const [updated] = await tx.update(comments).set({ body: input.body, editedAt: clock.now() }).where(eq(comments.id, row.id)).returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Comment",
      subjectId: row.id,
      kind: DiscussionEvents.edited,
      data: { ideaId: idea.id, thread: row.thread },
    });
    return { comment: toComment(updated!, view), idea: toIdea(idea, access) };
  });
}

/** The author deletes a comment: it is kept, marked removed, and shown as a placeholder while it has replies. */
export async function deleteComment(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const { row, idea, access, view } = await lockComment(ctx, tx, globalId, "id");
    requireAuthor(ctx, row);
    const [updated] = await tx
      .update(comments)
      .set({ removedAt: clock.now(), removedBy: ctx.viewer!.id })
      .where(eq(comments.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Comment",
      subjectId: row.id,
      kind: DiscussionEvents.deleted,
      data: { ideaId: idea.id, thread: row.thread },
    });
    return { comment: toComment(updated!, view), idea: toIdea(idea, access) };
  });
}

/** Anyone signed in reports a comment once; enough reports hide it until a moderator decides. */
export async function reportComment(ctx: Context, input: ReportCommentInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const viewer = ctx.viewer;
    await validateInput(input, ctx.locale);
    const { row, idea, access, view } = await lockComment(ctx, tx, input.id, "input.id");
    if (!showsBody(row, view)) fail(ctx.locale, "input.id", "NOT_FOUND");
    if (row.authorId === viewer.id) fail(ctx.locale, "input.id", "OWN_COMMENT");
    const added = await tx
      .insert(commentReports)
      .values({ commentId: row.id, reporterId: viewer.id, reason: input.reason ?? "" })
      .onConflictDoNothing()
      .returning();
    if (added.length === 0) fail(ctx.locale, "input.id", "ALREADY_REPORTED");
    const reportCount = row.reportCount + 1;
    const hide = row.hiddenAt === null && reportCount >= ctx.config.moderation.hideAfterReports;
    const [updated] = await tx
      .update(comments)
      .set({ reportCount, ...(hide ? { hiddenAt: clock.now() } : {}) })
      .where(eq(comments.id, row.id))
      .returning();
    const event = { arenaId: idea.arenaId, subjectType: "Comment", subjectId: row.id };
    await recordEvent(tx, {
      ...event,
      actorId: viewer.id,
      kind: DiscussionEvents.reported,
      data: { ideaId: idea.id, thread: row.thread, reason: input.reason ?? "", reportCount },
    });
    if (hide) {
      await recordEvent(tx, { ...event, actorId: null, kind: DiscussionEvents.hidden, data: { ideaId: idea.id, reportCount } });
      const moderators = await tx
        .selectDistinct({ userId: roleGrants.userId })
        .from(roleGrants)
        .where(and(eq(roleGrants.arenaId, idea.arenaId), inArray(roleGrants.role, [...MODERATORS, "admin"])));
      await notify(
        tx,
        moderators.map((m) => ({
          userId: m.userId,
          arenaId: idea.arenaId,
          kind: DiscussionEvents.hidden,
          subjectType: "Idea",
          subjectId: idea.id,
          data: { title: idea.title, commentId: row.id, reportCount },
        })),
      );
    }
    return { comment: toComment(updated!, view), idea: toIdea(idea, access) };
  });
}

/** A moderator of the arena restores a comment (clearing its reports) or removes it. */
export async function moderateComment(ctx: Context, input: ModerateCommentInput) {
  return runMutation(ctx, async (tx) => {
    const { row, idea, access, view } = await lockComment(ctx, tx, input.id, "input.id");
    if (!view.canModerate) throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    const restore = input.decision === ModerationDecisionEnum.RESTORE;
    if (restore) await tx.delete(commentReports).where(eq(commentReports.commentId, row.id));
    const [updated] = await tx
      .update(comments)
      .set(restore ? { hiddenAt: null, reportCount: 0 } : { removedAt: clock.now(), removedBy: ctx.viewer!.id })
      .where(eq(comments.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Comment",
      subjectId: row.id,
      kind: restore ? DiscussionEvents.restored : DiscussionEvents.removed,
      data: { ideaId: idea.id, thread: row.thread, reportCount: row.reportCount, wasHidden: row.hiddenAt !== null },
    });
    return { comment: toComment(updated!, view), idea: toIdea(idea, access) };
  });
}
