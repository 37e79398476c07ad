import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useSubscription } from "urql";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { UnreadCountQuery } from "./unreadCount";
import "./notifications.css";

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      message
      createdAt
      readAt
      targetId
      commentId
    }
  }
`);

/**
 * The header's bell: a link to the notifications with the number of unread ones. New
 * notifications arrive over the subscription; the count follows at once and each is
 * announced politely to screen readers.
 */
export function NotificationBell() {
  const { t } = useTranslation("notifications");
  const [{ data }] = useQuery({ query: UnreadCountQuery });
  const [announcement, setAnnouncement] = useState("");
  useSubscription({ query: NotificationAddedSubscription }, (_previous: unknown, event) => {
    setAnnouncement(t("notifications.arrived", { message: event.notificationAdded.message }));
    return event;
  });
  const count = data?.unreadNotificationCount ?? 0;
  const label = count > 0 ? t("notifications.bellUnread", { count }) : t("notifications.bell");
  return (
    <>
      <Link to="/notifications" className="bell" aria-label={label} title={label}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" className="bell__icon">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6zM9.5 19a2.5 2.5 0 0 0 5 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinejoin="round"
          />
        </svg>
        {count > 0 && (
          <span className="bell__count" aria-hidden="true">
            {count > 99 ? "99+" : count}
          </span>
        )}
      </Link>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
