import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, connectionType, toGlobalId } from "../../graphql/relay.js";
import { Idea } from "../ideas/ideas.types.js";
import type { comments } from "./discussion.tables.js";

export enum CommentThreadEnum {
  PUBLIC = "public",
  INTERNAL = "internal",
}
registerEnumType(CommentThreadEnum, {
  name: "CommentThread",
  description:
    "PUBLIC: everyone who may see the idea reads it, signed-in people write on public ideas. INTERNAL: the idea's bearers and the arena's guidance team only.",
});

export enum ModerationDecisionEnum {
  RESTORE = "restore",
  REMOVE = "remove",
}
registerEnumType(ModerationDecisionEnum, {
  name: "ModerationDecision",
  description: "RESTORE: show the comment again and clear its reports. REMOVE: take it down for good.",
});

/** How long after posting an author may still edit a comment. */
export const EDIT_WINDOW_MINUTES = 15;

/** Who is looking, as far as a comment is concerned. */
export interface CommentView {
  viewerId: string | null;
  /** Moderates the idea's arena (its coordinators and admins). */
  canModerate: boolean;
}

type CommentRow = typeof comments.$inferSelect;

/**
 * Whether the viewer may read a comment's text: not when it was removed, nor when it is
 * hidden after reports, unless they wrote it or moderate the arena.
 */
export function showsBody(row: Pick<CommentRow, "removedAt" | "hiddenAt" | "authorId">, view: CommentView): boolean {
  return row.removedAt === null && (row.hiddenAt === null || view.canModerate || row.authorId === view.viewerId);
}

@ObjectType({
  implements: Node,
  description:
    "A comment on an idea. A comment the viewer may not read (hidden after reports, or removed) is shown as a placeholder (body and author null) while it has replies, and left out otherwise.",
})
export class Comment extends Node {
  rawId!: string;
  ideaRawId!: string;
  parentRawId!: string | null;
  /** Null for a placeholder. */
  authorRawId!: string | null;
  view!: CommentView;

  @Field(() => CommentThreadEnum)
  thread!: CommentThreadEnum;
  @Field(() => String, {
    nullable: true,
    description: "Null when removed, or when hidden and you neither wrote it nor moderate the arena.",
  })
  body!: string | null;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true, description: "When its author last edited it." })
  editedAt!: Date | null;
  @Field(() => Boolean, { description: "Hidden after reports, until a moderator restores or removes it." })
  hidden!: boolean;
  @Field(() => Boolean, { description: "Deleted by its author or removed by a moderator." })
  removed!: boolean;
  @Field(() => Boolean)
  viewerIsAuthor!: boolean;
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: `Your own comments: until when you may edit it (${EDIT_WINDOW_MINUTES} minutes after posting).`,
  })
  editableUntil!: Date | null;
  @Field(() => Boolean, { description: "Whether you moderate this comment's arena (and may restore or remove it)." })
  viewerCanModerate!: boolean;
  @Field(() => Int, { nullable: true, description: "Moderators only." })
  reportCount!: number | null;
}

export function toComment(row: CommentRow, view: CommentView): Comment {
  const shown = showsBody(row, view);
  const own = view.viewerId !== null && row.authorId === view.viewerId;
  return Object.assign(new Comment(), {
    __typename: "Comment",
    id: toGlobalId("Comment", row.id),
    rawId: row.id,
    ideaRawId: row.ideaId,
    parentRawId: row.parentId,
    authorRawId: shown ? row.authorId : null,
    view,
    thread: row.thread as CommentThreadEnum,
    body: shown ? row.body : null,
    createdAt: row.createdAt,
    editedAt: shown ? row.editedAt : null,
    hidden: row.removedAt === null && row.hiddenAt !== null,
    removed: row.removedAt !== null,
    viewerIsAuthor: own,
    editableUntil: own && row.removedAt === null ? new Date(row.createdAt.getTime() + EDIT_WINDOW_MINUTES * 60_000) : null,
    viewerCanModerate: view.canModerate,
    reportCount: view.canModerate ? row.reportCount : null,
  });
}

export const CommentConnection = connectionType("Comment", Comment);

@ObjectType({ description: "One person's report of a comment; moderators see them." })
export class CommentReport {
  reporterRawId!: string;
  @Field(() => String, { description: "The reason given; may be empty." })
  reason!: string;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType()
export class CommentPayload {
  @Field(() => Comment, { nullable: true })
  comment!: Comment | null;
  @Field(() => Idea, { nullable: true, description: "The idea commented on, e.g. to refresh its comment count." })
  idea!: Idea | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
