import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, Loading } from "../../ui/QueryState";
import { PageState } from "../../ui/PageState";
import { useViewer } from "../accounts/useViewer";
import { NotificationItem, NotificationItemFragment } from "./NotificationItem";
import "./notifications.css";

const NotificationsPageQuery = graphql(
  `
    query NotificationsPage($after: String) {
      myNotifications(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            readAt
            ...NotificationItem_notification
          }
        }
      }
    }
  `,
  [NotificationItemFragment],
);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids) {
      notifications {
        id
        readAt
      }
      unreadCount
      errors {
        field
        code
        message
      }
    }
  }
`);

/**
 * /notifications: the person's notifications, newest first. Those shown unread are marked
 * read as the page shows them (the bell's count drops), and stay marked "Ny" for this visit.
 */
export function NotificationsPage() {
  const { t } = useTranslation("notifications");
  const { viewer, fetching: viewerFetching } = useViewer();
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: NotificationsPageQuery, variables: { after }, pause: !viewer });
  const [, markRead] = useMutation(MarkReadMutation);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());

  const unread = (data?.myNotifications.edges ?? []).filter((e) => e.node.readAt === null).map((e) => e.node.id);
  const unreadKey = unread.join(",");
  useEffect(() => {
    if (unreadKey === "") return;
    const ids = unreadKey.split(",");
    setFresh((f) => new Set([...f, ...ids]));
    void markRead({ ids });
  }, [unreadKey, markRead]);

  const title = <h1 tabIndex={-1}>{t("notifications.title")}</h1>;
  if (!viewer) {
    return (
      <div className="narrow">
        <PageTitle parts={[t("notifications.title")]} />
        {title}
        {viewerFetching ? (
          <Loading />
        ) : (
          <div className="notice">
            <p>{t("notifications.signInRequired")}</p>
            <Link className="button button--primary" to="/sign-in">
              {t("account.signIn")}
            </Link>
          </div>
        )}
      </div>
    );
  }
  const head = (
    <div className="page-head">
      {title}
      <p className="lead">{t("notifications.intro")}</p>
    </div>
  );
  if (!data)
    return (
      <PageState
        head={
          <>
            <PageTitle parts={[t("notifications.title")]} />
            {head}
          </>
        }
        error={error}
        reexecute={reexecute}
      />
    );
  const edges = data.myNotifications.edges;
  return (
    <div className="notifications-page">
      <PageTitle parts={[t("notifications.title")]} />
      {head}
      {edges.length === 0 ? (
        <EmptyState>{t("notifications.empty")}</EmptyState>
      ) : (
        <>
          <ol className="notification-list" aria-label={t("notifications.title")}>
            {edges.map((e) => (
              <li key={e.node.id}>
                <NotificationItem notification={e.node} fresh={fresh.has(e.node.id)} />
              </li>
            ))}
          </ol>
          {data.myNotifications.pageInfo.hasNextPage && data.myNotifications.pageInfo.endCursor && (
            <p className="load-more">
              <button
                type="button"
                className="button button--secondary"
                disabled={fetching}
                onClick={() => setAfter(data.myNotifications.pageInfo.endCursor ?? undefined)}
              >
                {t("ideas.showMore", { shown: edges.length, total: data.myNotifications.totalCount, ns: "ideas" })}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
