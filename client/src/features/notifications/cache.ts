import type { Cache } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { type FeatureCache, invalidateFields, noKey } from "../../app/cacheFields";
import { UnreadCountQuery } from "./unreadCount";

/** Sets the bell's number where the cache keeps it. */
function setUnreadCount(cache: Cache, next: (count: number) => number) {
  cache.updateQuery({ query: UnreadCountQuery }, (data) =>
    data ? { ...data, unreadNotificationCount: Math.max(0, next(data.unreadNotificationCount)) } : data,
  );
}

export const notificationsCache: FeatureCache = {
  keys: {
    NotificationConnection: noKey,
    NotificationEdge: noKey,
    OutboxMailConnection: noKey,
    OutboxMailEdge: noKey,
    MarkNotificationsReadPayload: noKey,
    MailSettings: noKey,
    NotificationKindSetting: noKey,
    MailSettingsPayload: noKey,
    UnsubscribePayload: noKey,
  },
  resolvers: { Query: { myNotifications: relayPagination(), outbox: relayPagination() } },
  viewerDependent: ["myNotifications", "unreadNotificationCount", "outbox", "myMailSettings"],
  updates: {
    Subscription: {
      notificationAdded(_result, _args, cache) {
        setUnreadCount(cache, (n) => n + 1);
        invalidateFields(cache, "Query", ["myNotifications"]);
      },
    },
    Mutation: {
      updateMailSettings(result, _args, cache) {
        const saved = (result.updateMailSettings as { settings?: unknown } | null | undefined)?.settings;
        // Unkeyed, so not updated in place: read again.
        if (saved !== null && saved !== undefined) invalidateFields(cache, "Query", ["myMailSettings"]);
      },
      markNotificationsRead(result, _args, cache) {
        const payload = result.markNotificationsRead as { unreadCount?: number | null } | null | undefined;
        const count = payload?.unreadCount;
        if (typeof count === "number") setUnreadCount(cache, () => count);
      },
    },
  },
};
