import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { formatDateTime } from "../../ui/format";
import "./notifications.css";

export const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    message
    createdAt
    readAt
    targetId
    commentId
  }
`);

/** One notification: what happened, when, and a link to it. `fresh` marks those unread when the page opened. */
/** Global ids are base64url of "Type:id". */
const typeOf = (globalId: string) => {
  try {
    return atob(globalId.replace(/-/g, "+").replace(/_/g, "/")).split(":")[0];
  } catch {
    return "";
  }
};

/** Where a notification leads: its idea (at its comment), or for one about an arena (feedback to its admins) the outbox, which holds the whole message. */
function targetPath(targetId: string, commentId: string | null) {
  if (typeOf(targetId) === "Arena") return "/admin/outbox";
  return `/ideas/${targetId}${commentId ? `#comment-${commentId}` : ""}`;
}

export function NotificationItem({
  notification: ref,
  fresh,
}: {
  notification: FragmentOf<typeof NotificationItemFragment>;
  fresh: boolean;
}) {
  const { t } = useTranslation("notifications");
  const n = readFragment(NotificationItemFragment, ref);
  const to = targetPath(n.targetId, n.commentId);
  return (
    <article className={`card notification${fresh ? " notification--new" : ""}`}>
      <p className="notification__message">
        {fresh && <span className="badge badge--accent notification__new">{t("notifications.new")}</span>}
        <Link to={to} className="card-link">
          {n.message}
        </Link>
      </p>
      <p className="notification__time">
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
      </p>
    </article>
  );
}
