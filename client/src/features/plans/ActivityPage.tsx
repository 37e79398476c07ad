import { FundingPanel } from "../funding/FundingPanel";
import type { TFunction } from "i18next";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { type ResultOf, graphql } from "../../graphql";
import { formatLocalDate } from "../../ui/format";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { useQuery } from "../../ui/useQuery";
import { ActivityForm } from "./ActivityForm";
import { OriginList } from "./OriginList";
import { ActivityStatusBadge } from "./StatusBadge";
import { UpdateForm } from "./UpdateForm";
import "./plans.css";

const ActivityPageQuery = graphql(`
  query ActivityPage($id: ID!) {
    node(id: $id) {
      ... on PlanActivity {
        id
        title
        description
        how
        resources
        participants
        startsOn
        endsOn
        followUpMethod
        status
        progress
        version
        viewerCanEdit
        viewerCanRecordUpdate
        plan {
          id
          title
          year
        }
        goal {
          id
          number
          title
        }
        subGoal {
          id
          title
        }
        responsibleBody {
          id
          name
        }
        responsibleOrganisation {
          id
          name
        }
        contactPerson {
          id
          name
        }
        indicators {
          id
          key
          title
        }
        origins {
          kind
          idea {
            id
            title
          }
          cycle {
            id
            number
          }
          decision {
            id
            decidedOn
            text
          }
          matter {
            id
            number
            title
          }
        }
        updates {
          id
          reportedOn
          status
          progress
          comment
          authorName
          evidence {
            title
            url
          }
        }
      }
    }
  }
`);

export type ActivityData = Extract<NonNullable<ResultOf<typeof ActivityPageQuery>["node"]>, { title: string }>;

/**
 * The activity's parts, as tabs reached by `?tab=`: the overview and the follow-up. Co-funding adds
 * its funding tab here (a key, a label and what it shows).
 */
export function activityTabs(
  t: TFunction<"plans">,
  a: ActivityData,
  slug: string,
): { key: string; label: string; render: () => ReactNode }[] {
  return [
    { key: "overview", label: t("activityPage.overview"), render: () => <Overview a={a} slug={slug} /> },
    { key: "updates", label: t("activityPage.updates"), render: () => <Updates a={a} /> },
    {
      key: "funding",
      label: t("activityPage.funding"),
      render: () => (
        <>
          <FundingPanel target={{ kind: "ACTIVITY", activityId: a.id }} slug={slug} />
          <p className="hint">{t("activityPage.fundingWho")}</p>
        </>
      ),
    },
  ];
}

/** `/a/:slug/plans/:year/activities/:id`: one activity, what it is and how it goes. */
export function ActivityPage() {
  const { t } = useTranslation("plans");
  const { slug = "", year = "", id = "" } = useParams();
  const [search] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [{ data, error }, reexecute] = useQuery({ query: ActivityPageQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const back = (
    <p className="eyebrow">
      <Link to={`/a/${slug}/plans/${year}`}>
        <span aria-hidden="true">← </span>
        {t("activityPage.back", { year })}
      </Link>
    </p>
  );
  if (!data)
    return (
      <PageState
        head={
          <header className="page-head">
            {back}
            <h1 tabIndex={-1}>{t("nav")}</h1>
          </header>
        }
        error={error}
        reexecute={reexecute}
      />
    );
  const a = data.node && "title" in data.node ? (data.node as ActivityData) : null;
  if (!a)
    return (
      <header className="page-head">
        {back}
        <h1 tabIndex={-1}>{t("nav")}</h1>
        <p>{t("activityPage.notFound")}</p>
      </header>
    );
  const tabs = activityTabs(t, a, slug);
  const current = tabs.find((x) => x.key === search.get("tab")) ?? tabs[0]!;
  const refresh = () => {
    setEditing(false);
    setReporting(false);
    reexecute({ requestPolicy: "network-only" });
  };

  return (
    <>
      <header className="page-head">
        <PageTitle parts={[a.title, a.plan.title]} />
        {back}
        <h1 tabIndex={-1}>{a.title}</h1>
        <p>
          <ActivityStatusBadge status={a.status} /> <span className="muted">{t("page.progress", { progress: a.progress })}</span>
        </p>
        <div className="plan-goal__actions">
          {a.viewerCanRecordUpdate && !reporting && (
            <button type="button" className="button button--small" onClick={() => setReporting(true)}>
              {t("update.open")}
            </button>
          )}{" "}
          {a.viewerCanEdit && !editing && (
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              {t("activity.edit")}
            </button>
          )}
        </div>
      </header>
      {reporting && <UpdateForm activityId={a.id} title={a.title} onDone={refresh} />}
      {editing && (
        <ActivityForm
          slug={slug}
          year={a.plan.year}
          mode={{
            kind: "edit",
            draft: {
              id: a.id,
              version: a.version,
              planId: a.plan.id,
              goalId: a.goal.id,
              subGoalId: a.subGoal?.id ?? null,
              title: a.title,
              description: a.description,
              how: a.how,
              resources: a.resources,
              participants: a.participants,
              responsibleBodyId: a.responsibleBody?.id ?? null,
              responsibleOrganisationId: a.responsibleOrganisation?.id ?? null,
              contactPersonId: a.contactPerson?.id ?? null,
              startsOn: a.startsOn,
              endsOn: a.endsOn,
              followUpMethod: a.followUpMethod,
              indicatorIds: a.indicators.map((i) => i.id),
            },
          }}
          onCancel={() => setEditing(false)}
          onDone={refresh}
        />
      )}
      <nav className="plan-tabs" aria-label={t("activityPage.tabs")}>
        <ul>
          {tabs.map((x) => (
            <li key={x.key}>
              <Link to={`?tab=${x.key}`} aria-current={x.key === current.key ? "page" : undefined}>
                {x.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {current.render()}
    </>
  );
}

function Overview({ a, slug }: { a: ActivityData; slug: string }) {
  const { t } = useTranslation("plans");
  const row = (label: string, value: string | null | undefined) =>
    value != null && value !== "" ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  return (
    <section className="section" aria-labelledby="activity-overview">
      <h2 id="activity-overview">{t("activityPage.what")}</h2>
      <dl className="plan-facts">
        {row(t("activityPage.plan"), a.plan.title)}
        {row(t("activityPage.goal"), `${a.goal.number}. ${a.goal.title}`)}
        {row(t("activityPage.subGoal"), a.subGoal?.title)}
        {row(t("activity.description"), a.description)}
        {row(t("activity.how"), a.how)}
        {row(t("activity.resources"), a.resources)}
        {row(t("activity.participants"), a.participants)}
        {row(t("activity.responsibleBody"), a.responsibleBody?.name)}
        {row(t("activity.responsibleOrganisation"), a.responsibleOrganisation?.name)}
        {row(t("activity.contactPerson"), a.contactPerson?.name)}
        {row(
          t("activityPage.when"),
          a.startsOn || a.endsOn ? `${a.startsOn ? formatLocalDate(a.startsOn) : ""} – ${a.endsOn ? formatLocalDate(a.endsOn) : ""}` : null,
        )}
        {row(t("activityPage.followUp"), a.followUpMethod)}
        {row(t("activityPage.indicators"), a.indicators.length > 0 ? a.indicators.map((i) => i.title).join(", ") : null)}
      </dl>
      <h2>{t("activityPage.origins")}</h2>
      <OriginList origins={a.origins} slug={slug} empty={t("activityPage.noOrigins")} />
    </section>
  );
}

function Updates({ a }: { a: ActivityData }) {
  const { t } = useTranslation("plans");
  return (
    <section className="section" aria-labelledby="activity-updates">
      <h2 id="activity-updates">{t("activityPage.updates")}</h2>
      {a.updates.length === 0 ? (
        <p className="muted">{t("activityPage.noUpdates")}</p>
      ) : (
        <ol className="plan-updates">
          {a.updates.map((u) => (
            <li key={u.id}>
              <p>
                <strong>{formatLocalDate(u.reportedOn)}</strong> <ActivityStatusBadge status={u.status} />{" "}
                {t("page.progress", { progress: u.progress })}
                {u.authorName && <span className="muted"> {t("activityPage.by", { name: u.authorName })}</span>}
              </p>
              {u.comment && <p>{u.comment}</p>}
              {u.evidence.length > 0 && (
                <ul>
                  {u.evidence.map((e) => (
                    <li key={e.url}>
                      <a href={e.url} rel="noopener noreferrer">
                        {e.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
