import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDate, formatLocalDate } from "../../ui/format";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, Loading, QueryError } from "../../ui/QueryState";
import { useViewer } from "../accounts/useViewer";
import { StageBadge } from "../ideas/StageBadge";
import { NextStepFragment, NextStepItem } from "./NextStepList";
import "./guidance.css";

export const CaseloadItemFragment = graphql(
  `
    fragment CaseloadItem_item on CaseloadItem {
      assignedAt
      lastContactOn
      withoutContact
      openNextStepCount
      dueNextSteps {
        id
        ...NextStep_step
      }
      overdueNextSteps {
        id
        ...NextStep_step
      }
      idea {
        id
        title
        stage
        bearer {
          id
          name
        }
        arena {
          id
          slug
          name
        }
      }
    }
  `,
  [NextStepFragment],
);

const CaseloadPageQuery = graphql(
  `
    query CaseloadPage($after: String) {
      myCaseload(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            idea {
              id
            }
            ...CaseloadItem_item
          }
        }
      }
    }
  `,
  [CaseloadItemFragment],
);

function CaseloadCard({ item: ref }: { item: FragmentOf<typeof CaseloadItemFragment> }) {
  const { t } = useTranslation("guidance");
  const item = readFragment(CaseloadItemFragment, ref);
  const { idea } = item;
  const headingId = `caseload-${idea.id}`;
  const steps = [...item.overdueNextSteps, ...item.dueNextSteps];
  return (
    <article className="card caseload-item" aria-labelledby={headingId}>
      <p className="queue-item__badges">
        <StageBadge stage={idea.stage} />
        {item.withoutContact && <Badge tone="warning">{t("caseload.withoutContact")}</Badge>}
        {item.overdueNextSteps.length > 0 && <Badge tone="danger">{t("caseload.overdueSteps")}</Badge>}
        {item.dueNextSteps.length > 0 && <Badge tone="accent">{t("caseload.dueSteps")}</Badge>}
      </p>
      <h3 id={headingId} className="queue-item__title">
        <Link to={`/a/${idea.arena.slug}/ideas/${idea.id}`}>{idea.title || t("idea.untitled", { ns: "ideas" })}</Link>
      </h3>
      <p className="muted">
        {idea.bearer.name} · {idea.arena.name}
      </p>
      <dl className="queue-item__meta">
        <div>
          <dt className="visually-hidden">{t("caseload.assigned", { date: "" })}</dt>
          <dd>{t("caseload.assigned", { date: formatDate(item.assignedAt) })}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t("sessions.heading")}</dt>
          <dd>
            {item.lastContactOn ? t("caseload.lastContact", { date: formatLocalDate(item.lastContactOn) }) : t("caseload.noContactYet")}
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{t("nextSteps.heading")}</dt>
          <dd>{t("caseload.openSteps", { count: item.openNextStepCount })}</dd>
        </div>
      </dl>
      {steps.length > 0 && (
        <ul className="next-steps next-steps--compact" aria-label={t("caseload.stepsHeading")}>
          {steps.map((s) => (
            <NextStepItem key={s.id} step={s} canToggle />
          ))}
        </ul>
      )}
    </article>
  );
}

/** "Mina idéer att lotsa" (/my/guidance): a guide's caseload, what is due, and who has gone without contact. */
export function CaseloadPage() {
  const { t } = useTranslation("guidance");
  const { viewer, fetching: viewerFetching } = useViewer();
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CaseloadPageQuery,
    variables: { after },
    pause: !viewer,
    requestPolicy: "cache-and-network",
  });
  const heading = <h1 tabIndex={-1}>{t("caseload.title")}</h1>;
  const head = (
    <div className="page-head">
      {heading}
      <p className="lead">{t("caseload.intro")}</p>
    </div>
  );

  if (!viewer) {
    return (
      <div className="narrow">
        <PageTitle parts={[t("caseload.title")]} />
        {heading}
        {viewerFetching ? (
          <Loading />
        ) : (
          <div className="notice">
            <p>{t("common.signInRequired")}</p>
            <p className="button-row">
              <Link className="button button--primary" to="/sign-in">
                {t("account.signIn", { ns: "translation" })}
              </Link>
            </p>
          </div>
        )}
      </div>
    );
  }
  const caseload = data?.myCaseload;
  return (
    <>
      <PageTitle parts={[t("caseload.title")]} />
      {head}
      {error && !data ? (
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : !caseload ? (
        <Loading />
      ) : (
        <section className="section section--tight" aria-labelledby="caseload-heading">
          <h2 id="caseload-heading" className="visually-hidden">
            {t("caseload.title")}
          </h2>
          {caseload.edges.length === 0 ? (
            <EmptyState>{t("caseload.empty")}</EmptyState>
          ) : (
            <>
              <ul className="queue-list">
                {caseload.edges.map((e) => (
                  <li key={e.node.idea.id}>
                    <CaseloadCard item={e.node} />
                  </li>
                ))}
              </ul>
              {caseload.pageInfo.hasNextPage && caseload.pageInfo.endCursor && (
                <p className="load-more">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={fetching}
                    onClick={() => setAfter(caseload.pageInfo.endCursor ?? undefined)}
                  >
                    {fetching
                      ? t("state.loading", { ns: "translation" })
                      : t("intake.showMore", { shown: caseload.edges.length, total: caseload.totalCount })}
                  </button>
                </p>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
