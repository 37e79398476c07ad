import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { formatDate } from "../../ui/format";
import { Loading, QueryError } from "../../ui/QueryState";
import { RequestStatusBadge } from "./RequestStatusBadge";
import "./research.css";

const MyAccessRequestsQuery = graphql(`
  query MyAccessRequestsList {
    myAccessRequests {
      id
      status
      reason
      response
      requestedAt
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
`);

/** The researcher's own requests to read ideas, with the bearers' answers. */
export function MyAccessRequests() {
  const { t } = useTranslation("research");
  const headingId = useId();
  const [{ data, error }, reexecute] = useQuery({ query: MyAccessRequestsQuery, requestPolicy: "cache-and-network" });
  const list = data?.myAccessRequests ?? [];
  return (
    <section className="section my-requests" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("mine.heading")}</h2>
      {error && !data ? (
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : !data ? (
        <Loading />
      ) : list.length === 0 ? (
        <p className="empty">{t("mine.none")}</p>
      ) : (
        <ul className="my-requests__list">
          {list.map((r) => (
            <li key={r.id} className="card my-request">
              <p className="my-request__head">
                {r.idea ? (
                  <Link to={`/a/${r.idea.arena.slug}/ideas/${r.idea.id}`}>{r.idea.title}</Link>
                ) : (
                  <span>{t("mine.unreadableIdea")}</span>
                )}{" "}
                <RequestStatusBadge status={r.status} />
              </p>
              <p className="muted">{t("mine.asked", { date: formatDate(r.requestedAt) })}</p>
              <dl className="my-request__details">
                <div>
                  <dt>{t("mine.reason")}</dt>
                  <dd>{r.reason}</dd>
                </div>
                {r.response && (
                  <div>
                    <dt>{t("mine.response")}</dt>
                    <dd>{r.response}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
