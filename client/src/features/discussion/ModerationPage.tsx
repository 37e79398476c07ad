import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { formatDateTime } from "../../ui/format";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, Loading, QueryError } from "../../ui/QueryState";
import { useQuery } from "../../ui/useQuery";
import { AccessNotice } from "../accounts/AccessNotice";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { CommentBody, CommentFieldsFragment } from "./CommentItem";
import "./discussion.css";

const ModerationArenaQuery = graphql(`
  query ModerationArena($slug: String!) {
    arena(slug: $slug) {
      id
      name
    }
  }
`);

const ModerationQueueQuery = graphql(
  `
    query ModerationQueue($arenaId: ID!, $after: String) {
      moderationQueue(arenaId: $arenaId, first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...CommentFields_comment
            idea {
              id
              title
              arena {
                id
                slug
              }
            }
            reports {
              createdAt
              reason
              reporter {
                id
                name
              }
            }
          }
        }
      }
    }
  `,
  [CommentFieldsFragment],
);

/** "Moderering" (/a/:slug/moderation): reported and hidden comments awaiting a coordinator's decision. */
export function ModerationPage() {
  const { t } = useTranslation("discussion");
  const { slug = "" } = useParams();
  const { viewer, fetching: viewerFetching } = useViewer();
  const allowed = hasArenaRole(viewer, slug, ["COORDINATOR", "ADMIN"]);
  const [arenaResult, reexecuteArena] = useQuery({ query: ModerationArenaQuery, variables: { slug }, pause: !allowed });
  const arena = arenaResult.data?.arena;
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [queue, reexecute] = useQuery({
    query: ModerationQueueQuery,
    variables: { arenaId: arena?.id ?? "", after },
    pause: !arena,
    requestPolicy: "cache-and-network",
  });
  const heading = <h1 tabIndex={-1}>{t("moderation.title")}</h1>;

  if (!allowed)
    return (
      <AccessNotice
        heading={heading}
        title={t("moderation.title")}
        signedIn={viewer !== null}
        fetching={viewerFetching}
        forbidden={t("moderation.forbidden")}
        signInRequired={t("moderation.signInRequired")}
      />
    );
  if (!arenaResult.data) return <PageState head={heading} error={arenaResult.error} reexecute={reexecuteArena} />;
  if (!arena) return <ArenaNotFound slug={slug} />;
  const list = queue.data?.moderationQueue;

  return (
    <>
      <PageTitle parts={[t("moderation.title"), arena.name]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {heading}
        <p className="lead">{t("moderation.intro")}</p>
      </div>
      <section className="section section--tight" aria-labelledby="moderation-heading">
        <h2 id="moderation-heading">{list ? t("moderation.count", { count: list.totalCount }) : t("moderation.title")}</h2>
        {queue.error && !queue.data ? (
          <QueryError error={queue.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
        ) : !list ? (
          <Loading />
        ) : list.edges.length === 0 ? (
          <EmptyState>{t("moderation.empty")}</EmptyState>
        ) : (
          <ol className="moderation-list">
            {list.edges.map(({ node }) => (
              <li key={node.id} className="card moderation-item">
                {node.idea && (
                  <p className="moderation-item__idea">
                    {t("moderation.onIdea")}{" "}
                    <Link to={`/a/${node.idea.arena.slug}/ideas/${node.idea.id}#comment-${node.id}`}>{node.idea.title}</Link>
                  </p>
                )}
                <CommentBody comment={node} signedIn />
                {node.reports && node.reports.length > 0 && (
                  <div className="moderation-item__reports">
                    <h3 className="moderation-item__reports-heading">{t("moderation.reportsHeading")}</h3>
                    <ul>
                      {node.reports.map((r, i) => (
                        <li key={i}>
                          <span className="muted">
                            {t("moderation.reportedBy", {
                              name: r.reporter?.name ?? t("discussion.someone"),
                              date: formatDateTime(r.createdAt),
                            })}
                          </span>
                          : {r.reason || t("moderation.noReason")}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
        {list?.pageInfo.hasNextPage && list.pageInfo.endCursor && (
          <p className="load-more">
            <button type="button" className="button button--secondary" onClick={() => setAfter(list.pageInfo.endCursor ?? undefined)}>
              {t("discussion.showMore", { shown: list.edges.length, total: list.totalCount })}
            </button>
          </p>
        )}
      </section>
    </>
  );
}
