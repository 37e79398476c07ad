import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, connectionType, toGlobalId } from "../../graphql/relay.js";
import type { Locale } from "../accounts/accounts.tables.js";
import { renderNotification } from "./notifications.render.js";
import type { notifications, outbox } from "./notifications.tables.js";

@ObjectType({ implements: Node, description: "Something that happened that concerns you. Only you see your notifications." })
export class Notification extends Node {
  rawId!: string;
  userRawId!: string;

  @Field(() => String, { description: "e.g. comment.added, comment.replied, idea.submitted, co_bearer.invited" })
  kind!: string;
  @Field(() => String, { description: "What happened, in your language." })
  message!: string;
  @Field(() => ID, { description: "Global id of what it is about (an Idea): open it with node(id:)." })
  targetId!: string;
  @Field(() => ID, { nullable: true, description: "The comment it is about, if any, to scroll to." })
  commentId!: string | null;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true })
  readAt!: Date | null;
}

export const NotificationConnection = connectionType("Notification", Notification);

export function toNotification(row: typeof notifications.$inferSelect, locale: Locale): Notification {
  const commentId = typeof row.data.commentId === "string" ? row.data.commentId : null;
  return Object.assign(new Notification(), {
    __typename: "Notification",
    id: toGlobalId("Notification", row.id),
    rawId: row.id,
    userRawId: row.userId,
    kind: row.kind,
    message: renderNotification(row.kind, row.data, locale),
    targetId: toGlobalId(row.subjectType, row.subjectId),
    commentId: commentId && toGlobalId("Comment", commentId),
    createdAt: row.createdAt,
    readAt: row.readAt,
  });
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => [Notification], { description: "The notifications marked read now." })
  notifications!: Notification[];
  @Field(() => Int, { nullable: true, description: "How many unread notifications you have left; null when it failed." })
  unreadCount!: number | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({
  implements: Node,
  description: "A mail to send, or sent. With no SMTP server configured, mail stays here for administrators to read.",
})
export class OutboxMail extends Node {
  @Field(() => String)
  to!: string;
  @Field(() => String)
  subject!: string;
  @Field(() => String)
  text!: string;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true, description: "Null until the SMTP server accepted it." })
  sentAt!: Date | null;
  @Field(() => Int, { description: "Sending attempts so far." })
  attempts!: number;
  @Field(() => String, { nullable: true, description: "Why the last attempt failed." })
  lastError!: string | null;
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "When it is tried next; null once sent, or given up when sentAt is null too (an administrator may resend it).",
  })
  nextAttemptAt!: Date | null;
}

export const OutboxMailConnection = connectionType("OutboxMail", OutboxMail);

@ObjectType()
export class ResendMailPayload {
  @Field(() => OutboxMail, { nullable: true, description: "The mail, due again at once; null when it failed." })
  mail!: OutboxMail | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

export function toOutboxMail(row: typeof outbox.$inferSelect): OutboxMail {
  return Object.assign(new OutboxMail(), {
    __typename: "OutboxMail",
    id: toGlobalId("OutboxMail", row.id),
    to: row.toAddress,
    subject: row.subject,
    text: row.text,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt,
  });
}
