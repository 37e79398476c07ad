import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { formatDate } from "../../ui/format";
import { EmptyState, Loading, QueryError } from "../../ui/QueryState";
import "./guidance.css";

const OverdueReferralsQuery = graphql(`
  query OverdueReferrals($arenaId: ID!) {
    overdueReferrals(arenaId: $arenaId, first: 50) {
      totalCount
      edges {
        node {
          id
          respondBy
          sentAt
          actor {
            id
            name
          }
          idea {
            id
            title
            arena {
              id
              slug
            }
          }
        }
      }
    }
  }
`);

/** Referrals that the actor has not confirmed by their respond-by date: for the guidance team. */
export function OverdueReferrals({ arenaId }: { arenaId: string }) {
  const { t } = useTranslation("guidance");
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OverdueReferralsQuery,
    variables: { arenaId },
    requestPolicy: "cache-and-network",
  });
  return (
    <section className="section section--tight" aria-labelledby="overdue-referrals-heading">
      <h3 id="overdue-referrals-heading">
        {t("overdue.referralsHeading")} {data && <span className="count">{data.overdueReferrals.totalCount}</span>}
      </h3>
      <p className="muted">{t("overdue.referralsIntro")}</p>
      {error && !data ? (
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : fetching && !data ? (
        <Loading />
      ) : (data?.overdueReferrals.edges.length ?? 0) === 0 ? (
        <EmptyState>{t("overdue.referralsEmpty")}</EmptyState>
      ) : (
        <ul className="overdue-list">
          {data?.overdueReferrals.edges.map(({ node }) => (
            <li key={node.id} className="overdue-list__item">
              {node.idea ? <Link to={`/a/${node.idea.arena.slug}/ideas/${node.idea.id}`}>{node.idea.title}</Link> : null}
              <span className="muted"> · {t("overdue.referralTo", { actor: node.actor.name, date: formatDate(node.respondBy) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
