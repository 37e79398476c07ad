import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { formatLocalDate } from "../../ui/format";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { useQuery } from "../../ui/useQuery";
import { ActivityStatusBadge } from "./StatusBadge";
import "./plans.css";

const ReportQuery = graphql(`
  query PlanReportPage($slug: String!, $year: Int!, $goal: Int!) {
    arena(slug: $slug) {
      id
      name
      planReport(year: $year, goal: $goal) {
        year
        goal {
          id
          number
          title
        }
        plans {
          id
          title
          status
        }
        subGoals {
          id
          title
          description
        }
        activities {
          id
          title
          status
          progress
          plan {
            id
            title
          }
          subGoal {
            id
          }
          responsibleBody {
            id
            name
          }
          indicators {
            id
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
              body {
                id
                name
              }
            }
          }
          deviations {
            id
            reportedOn
            status
            comment
          }
          money {
            committed
            spent
          }
        }
      }
    }
  }
`);

const kr = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });

/** `/a/:slug/plans/:year/report/:goal`: the year's follow-up of one strategic goal, made to print. */
/** "Body date: text", without naming the body twice when the decision's text starts with it (as decisions often do). */
function decisionLine(d: { body: { name: string }; decidedOn: string; text: string }) {
  const date = formatLocalDate(d.decidedOn);
  return d.text.startsWith(d.body.name) ? `${date}: ${d.text}` : `${d.body.name} ${date}: ${d.text}`;
}

export function ReportPage() {
  const { t } = useTranslation("plans");
  const { slug = "", year: y = "", goal: g = "" } = useParams();
  const toInt = (v: string) => (/^\d{1,4}$/.test(v) ? Number(v) : 0);
  const year = toInt(y);
  const goalNumber = toInt(g);
  const [{ data, error }, reexecute] = useQuery({
    query: ReportQuery,
    variables: { slug, year, goal: goalNumber },
    requestPolicy: "cache-and-network",
  });
  const back = (
    <p className="eyebrow no-print">
      <Link to={`/a/${slug}/plans/${year}`}>
        <span aria-hidden="true">← </span>
        {t("report.back", { year })}
      </Link>
    </p>
  );
  const title = t("report.title", { year, number: goalNumber });
  const head = (
    <header className="page-head">
      <PageTitle parts={[title, data?.arena?.name]} />
      {back}
      <h1 tabIndex={-1}>{title}</h1>
    </header>
  );
  if (!data?.arena) return <PageState head={head} error={error} reexecute={reexecute} />;
  const report = data.arena.planReport;
  if (!report)
    return (
      <>
        {head}
        <p>{t("report.notFound")}</p>
      </>
    );
  const csv = (lang: string) => `/files/plans/${encodeURIComponent(slug)}/${year}/report/${goalNumber}.csv?lang=${lang}`;
  const groups = [
    ...report.subGoals.map((s) => ({
      key: s.id,
      caption: t("report.caption", { title: s.title }),
      title: s.title,
      description: s.description,
    })),
    { key: "", caption: t("report.captionNone"), title: t("page.withoutSubGoal"), description: "" },
  ]
    .map((grp) => ({ ...grp, list: report.activities.filter((a) => (a.subGoal?.id ?? "") === grp.key) }))
    .filter((grp) => grp.key !== "" || grp.list.length > 0);

  return (
    <article className="plan-report">
      {head}
      <p className="plan-report__goal">
        {report.goal.number}. {report.goal.title}
      </p>
      <p className="muted">{report.plans.map((p) => p.title).join(" · ")}</p>
      <div className="plan-goal__actions no-print">
        <button type="button" className="button button--small" onClick={() => window.print()}>
          {t("report.print")}
        </button>{" "}
        <a className="button button--small" href={csv("sv")} download>
          {t("report.csvSv")}
        </a>{" "}
        <a className="button button--small" href={csv("en")} download>
          {t("report.csvEn")}
        </a>
      </div>
      {report.activities.length === 0 && <p className="muted">{t("report.empty")}</p>}
      {groups.map((grp) => (
        <section key={grp.key || "none"} className="plan-report__section" aria-labelledby={`sub-${grp.key || "none"}`}>
          <h2 id={`sub-${grp.key || "none"}`}>{grp.title}</h2>
          {grp.description && <p>{grp.description}</p>}
          {grp.list.length > 0 && (
            <table className="plan-report__table">
              <caption className="visually-hidden">{grp.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("report.activity")}</th>
                  <th scope="col">{t("report.status")}</th>
                  <th scope="col">{t("report.indicators")}</th>
                  <th scope="col">{t("report.origins")}</th>
                  <th scope="col">{t("report.decisions")}</th>
                  <th scope="col">{t("report.deviations")}</th>
                  <th scope="col">{t("report.money")}</th>
                </tr>
              </thead>
              <tbody>
                {grp.list.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to={`/a/${slug}/plans/${year}/activities/${encodeURIComponent(a.id)}`}>{a.title}</Link>
                      {a.responsibleBody && <div className="muted">{a.responsibleBody.name}</div>}
                    </th>
                    <td>
                      <ActivityStatusBadge status={a.status} /> {t("page.progress", { progress: a.progress })}
                    </td>
                    <td>{a.indicators.map((i) => i.title).join(", ") || t("report.noneShort")}</td>
                    <td>
                      {a.origins
                        .flatMap((o) =>
                          o.kind === "IDEA" && o.idea
                            ? [o.idea.title]
                            : o.kind === "CYCLE" && o.cycle
                              ? [`${t("activityPage.pilot", { number: o.cycle.number })}${o.idea ? ` (${o.idea.title})` : ""}`]
                              : [],
                        )
                        .join("; ") || t("report.noneShort")}
                    </td>
                    <td>{a.origins.flatMap((o) => (o.decision ? [decisionLine(o.decision)] : [])).join("; ") || t("report.noneShort")}</td>
                    <td>
                      {a.deviations.length === 0
                        ? t("report.noneShort")
                        : a.deviations.map((d) => (
                            <p key={d.id}>
                              {formatLocalDate(d.reportedOn)} {t(`status.${d.status}`)}
                              {d.comment && `: ${d.comment}`}
                            </p>
                          ))}
                    </td>
                    <td>
                      {a.money
                        ? t("report.kr", { committed: kr.format(a.money.committed), spent: kr.format(a.money.spent) })
                        : t("report.noneShort")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </article>
  );
}
