import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, Loading } from "../../ui/QueryState";
import { PageState } from "../../ui/PageState";
import { useViewer } from "../accounts/useViewer";
import { OutboxMailItem, OutboxMailItemFragment } from "./OutboxMailItem";
import "./notifications.css";
import "../../ui/listing.css";

const OutboxPageQuery = graphql(
  `
    query OutboxPage($after: String) {
      outbox(first: 25, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...OutboxMailItem_mail
          }
        }
      }
    }
  `,
  [OutboxMailItemFragment],
);

/** /admin/outbox ("Utkorg"): every mail the platform sends, for administrators; where mail is read when no SMTP server is set up. */
export function OutboxPage() {
  const { t } = useTranslation("notifications");
  const { viewer, fetching: viewerFetching } = useViewer();
  const isAdmin = (viewer?.roles ?? []).some((r) => r.role === "ADMIN");
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OutboxPageQuery, variables: { after }, pause: !isAdmin });
  const title = <h1 tabIndex={-1}>{t("outbox.title")}</h1>;

  if (!isAdmin) {
    return (
      <div className="narrow">
        <PageTitle parts={[t("outbox.title")]} />
        {title}
        {viewerFetching ? (
          <Loading />
        ) : (
          <div className="notice">
            <p>{viewer ? t("outbox.adminsOnly") : t("outbox.signInRequired")}</p>
            {!viewer && (
              <Link className="button button--primary" to="/sign-in">
                {t("account.signIn")}
              </Link>
            )}
          </div>
        )}
      </div>
    );
  }
  const head = (
    <div className="page-head">
      <p className="eyebrow">{t("outbox.eyebrow")}</p>
      {title}
      <p className="lead">{t("outbox.intro")}</p>
    </div>
  );
  if (!data)
    return (
      <PageState
        head={
          <>
            <PageTitle parts={[t("outbox.title")]} />
            {head}
          </>
        }
        error={error}
        reexecute={reexecute}
      />
    );
  const edges = data.outbox.edges;
  return (
    <>
      <PageTitle parts={[t("outbox.title")]} />
      {head}
      <p className="results-count">{t("outbox.count", { count: data.outbox.totalCount })}</p>
      {edges.length === 0 ? (
        <EmptyState>{t("outbox.empty")}</EmptyState>
      ) : (
        <>
          <ol className="outbox-list" aria-label={t("outbox.title")}>
            {edges.map((e) => (
              <li key={e.node.id}>
                <OutboxMailItem mail={e.node} />
              </li>
            ))}
          </ol>
          {data.outbox.pageInfo.hasNextPage && data.outbox.pageInfo.endCursor && (
            <p className="load-more">
              <button
                type="button"
                className="button button--secondary"
                disabled={fetching}
                onClick={() => setAfter(data.outbox.pageInfo.endCursor ?? undefined)}
              >
                {t("ideas.showMore", { shown: edges.length, total: data.outbox.totalCount, ns: "ideas" })}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
