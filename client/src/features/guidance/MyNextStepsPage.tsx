import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, Loading, QueryError } from "../../ui/QueryState";
import { useQuery } from "../../ui/useQuery";
import { AccessNotice } from "../accounts/AccessNotice";
import { useViewer } from "../accounts/useViewer";
import { NextStepFragment, NextStepItem } from "./NextStepList";
import "./guidance.css";

const FILTERS = ["OPEN", "DUE", "OVERDUE", "ALL"] as const;
type Filter = (typeof FILTERS)[number];

const MyNextStepsQuery = graphql(
  `
    query MyNextStepsPage($filter: NextStepFilter!, $after: String) {
      myNextSteps(filter: $filter, first: 30, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...NextStep_step
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
  `,
  [NextStepFragment],
);

/** "Mina nästa steg" (/my/next-steps): the steps of every idea a person guides or bears, soonest due first. */
export function MyNextStepsPage() {
  const { t } = useTranslation("guidance");
  const { viewer, fetching: viewerFetching } = useViewer();
  const [filter, setFilter] = useState<Filter>("OPEN");
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [{ data, error }, reexecute] = useQuery({
    query: MyNextStepsQuery,
    variables: { filter, after },
    pause: !viewer,
    requestPolicy: "cache-and-network",
  });
  const heading = <h1 tabIndex={-1}>{t("myNextSteps.title")}</h1>;
  if (!viewer)
    return (
      <AccessNotice
        heading={heading}
        title={t("myNextSteps.title")}
        signedIn={false}
        fetching={viewerFetching}
        forbidden=""
        signInRequired={t("myNextSteps.signInRequired")}
      />
    );
  const steps = data?.myNextSteps;
  return (
    <>
      <PageTitle parts={[t("myNextSteps.title")]} />
      <div className="page-head">
        {heading}
        <p className="lead">{t("myNextSteps.intro")}</p>
      </div>
      <div className="field my-steps__filter">
        <label className="field__label" htmlFor="my-steps-filter">
          {t("myNextSteps.filter")}
        </label>
        <select
          id="my-steps-filter"
          value={filter}
          onChange={(e) => {
            setAfter(undefined);
            setFilter(e.currentTarget.value as Filter);
          }}
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`myNextSteps.filters.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <section className="section section--tight" aria-labelledby="my-steps-heading">
        <h2 id="my-steps-heading">{steps ? t("myNextSteps.count", { count: steps.totalCount }) : t("myNextSteps.title")}</h2>
        {error && !data ? (
          <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
        ) : !steps ? (
          <Loading />
        ) : steps.edges.length === 0 ? (
          <EmptyState>{t("myNextSteps.empty")}</EmptyState>
        ) : (
          <ul className="next-steps my-steps">
            {steps.edges.map(({ node }) => (
              <NextStepItem
                key={node.id}
                step={node}
                canToggle
                idea={
                  node.idea ? (
                    <Link to={`/a/${node.idea.arena.slug}/ideas/${node.idea.id}`}>
                      {node.idea.title || t("idea.untitled", { ns: "ideas" })}
                    </Link>
                  ) : undefined
                }
              />
            ))}
          </ul>
        )}
        {steps?.pageInfo.hasNextPage && steps.pageInfo.endCursor && (
          <p className="load-more">
            <button type="button" className="button button--secondary" onClick={() => setAfter(steps.pageInfo.endCursor ?? undefined)}>
              {t("myNextSteps.showMore", { shown: steps.edges.length, total: steps.totalCount })}
            </button>
          </p>
        )}
      </section>
    </>
  );
}
