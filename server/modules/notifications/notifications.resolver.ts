import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import type { ArenaTopics } from "../../graphql/pubsub.js";
import { ConnectionArgs } from "../../graphql/relay.js";
import { MyNotificationsArgs } from "./notifications.inputs.js";
import * as service from "./notifications.service.js";
import * as outboxService from "./outbox.service.js";
import {
  MarkNotificationsReadPayload,
  Notification,
  NotificationConnection,
  OutboxMailConnection,
  ResendMailPayload,
  toNotification,
} from "./notifications.types.js";

type Added = ArenaTopics["NOTIFICATION_ADDED"][0];

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "Your notifications, newest first." })
  myNotifications(@Args(() => MyNotificationsArgs) args: MyNotificationsArgs, @Ctx() ctx: Context) {
    return service.myNotifications(ctx, args);
  }

  @Authorized()
  @Query(() => Int, { description: "How many of your notifications are unread." })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return service.unreadNotificationCount(ctx);
  }

  @Authorized()
  @Mutation(() => MarkNotificationsReadPayload, { description: "Mark your notifications read: those given, or all when none are given." })
  async markNotificationsRead(@Arg("ids", () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: Context) {
    const r = await service.markNotificationsRead(ctx, ids);
    return { notifications: r.value?.notifications ?? [], unreadCount: r.value?.unreadCount ?? null, errors: r.errors };
  }

  @Authorized()
  @Subscription(() => Notification, {
    topics: "NOTIFICATION_ADDED",
    // The session is checked again at every event: signed out or expired, it hears nothing more.
    filter: async ({ payload, context }: { payload: Added; context: Context }) =>
      payload.userId === context.viewer?.id && (await context.sessions.isLive(context.sessionToken)),
    description: "Your new notifications, as they happen.",
  })
  notificationAdded(@Root() payload: Added, @Ctx() ctx: Context): Notification {
    return toNotification(payload, ctx.locale);
  }

  @Authorized("ADMIN")
  @Query(() => OutboxMailConnection, {
    description: "Outgoing mail, newest first, for administrators: sent, failed, or waiting (all of it when no SMTP server is configured).",
  })
  outbox(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return service.listOutbox(ctx, args);
  }

  @Authorized("ADMIN")
  @Mutation(() => ResendMailPayload, {
    description:
      "Send an unsent mail of an arena you administer again now (one the mailer gave up on, or one still waiting for its next attempt).",
  })
  async resendMail(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await outboxService.resendMail(ctx, id);
    return { mail: r.value, errors: r.errors };
  }
}
