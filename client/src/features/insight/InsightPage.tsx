import { type ReactNode, Suspense, lazy } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { useQuery } from "../../ui/useQuery";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { type Count, CountCell, FigureTable } from "./FigureTable";
import type { ChartSeries } from "./InsightChart";
import "./insight.css";

const InsightChart = lazy(() => import("./InsightChart"));

const InsightPageQuery = graphql(`
  query InsightPage($slug: String!, $filter: InsightFilter) {
    arena(slug: $slug) {
      id
      name
      region
      countyParts {
        id
        name
      }
      strategies {
        id
        areas {
          id
          goals {
            id
            number
            title
          }
        }
      }
      insight(filter: $filter) {
        viewerIsStaff
        threshold
        funnel {
          period
          submitted {
            value
            suppressed
          }
          accepted {
            value
            suppressed
          }
          tested {
            value
            suppressed
          }
          advanced {
            value
            suppressed
          }
          adopted {
            value
            suppressed
          }
        }
        stageTimes {
          stage
          stays {
            value
            suppressed
          }
          medianDays
          p90Days
        }
        promises {
          kind
          due {
            value
            suppressed
          }
          kept {
            value
            suppressed
          }
          keptPercent
        }
        referrals {
          status
          sent {
            value
            suppressed
          }
          answeredInTime {
            value
            suppressed
          }
          answeredLate {
            value
            suppressed
          }
          overdue {
            value
            suppressed
          }
        }
        reach {
          dimension
          key
          label
          ideas {
            value
            suppressed
          }
        }
        testOutcomes {
          met {
            value
            suppressed
          }
          notMet {
            value
            suppressed
          }
          inconclusive {
            value
            suppressed
          }
          retest {
            value
            suppressed
          }
          pivot {
            value
            suppressed
          }
          advance {
            value
            suppressed
          }
          stop {
            value
            suppressed
          }
        }
        spread {
          adoptions {
            municipalityId
            municipality
            planned {
              value
              suppressed
            }
            testing {
              value
              suppressed
            }
            adopted {
              value
              suppressed
            }
            declined {
              value
              suppressed
            }
          }
          ladder {
            step
            ideas {
              value
              suppressed
            }
          }
        }
        guidesLoad {
          guide
          openIdeas
          ideas
          sessions
        }
      }
    }
  }
`);

const SECTORS = ["CIVIL_SOCIETY", "PUBLIC", "BUSINESS", "ACADEMIA"] as const;
type Sector = (typeof SECTORS)[number];
const REACH_DIMENSIONS = ["SECTOR", "COUNTY_PART", "MUNICIPALITY", "GOAL", "TARGET_GROUP"] as const;
/** Years offered in the filter: this one and the four before it. */
const YEARS_BACK = 5;

/** A withheld count draws as no bar; the table says why. */
const plot = (c: Count) => (c.suppressed ? null : c.value);

/** One figure set: heading, intro, a chart (when it has rows), its table, and its CSV file. */
function Figure({
  id,
  heading,
  intro,
  csv,
  chart,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  csv: string;
  chart?: { rows: Record<string, string | number | null>[]; series: ChartSeries[] };
  children: ReactNode;
}) {
  const { t } = useTranslation("insight");
  return (
    <section className="insight-figure" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {intro && <p className="insight-figure__intro">{intro}</p>}
      {chart && chart.rows.length > 0 && (
        <Suspense fallback={null}>
          <InsightChart label={t("chartLabel", { name: heading })} rows={chart.rows} series={chart.series} />
        </Suspense>
      )}
      {children}
      <a className="insight-csv" href={csv} download>
        {t("csv", { name: heading.toLowerCase() })}
      </a>
    </section>
  );
}

export function InsightPage() {
  const { t, i18n } = useTranslation("insight");
  const { t: tt } = useTranslation();
  const { slug = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const year = params.get("year");
  const goal = params.get("goal");
  const countyPart = params.get("countyPart");
  const sector = SECTORS.find((s) => s === params.get("sector")) ?? null;
  const filter = { year: year ? Number(year) : null, goalId: goal, countyPartId: countyPart, sector: sector as Sector | null };
  const [{ data, error }, reexecute] = useQuery({
    query: InsightPageQuery,
    variables: { slug, filter },
    // Figures move with every change in the arena: show the last ones at once, then the current.
    requestPolicy: "cache-and-network",
  });
  const title = <h1 tabIndex={-1}>{t("title")}</h1>;
  if (!data) return <PageState head={title} error={error} reexecute={reexecute} />;
  const arena = data.arena;
  if (!arena) return <ArenaNotFound slug={slug} />;
  const i = arena.insight;
  const n = i.threshold;
  const cell = (c: Count | number | null) => <CountCell count={c} threshold={n} />;

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const query = new URLSearchParams({ lang: i18n.language.startsWith("en") ? "en" : "sv" });
  if (year) query.set("year", year);
  if (goal) query.set("goal", goal);
  if (countyPart) query.set("countyPart", countyPart);
  if (sector) query.set("sector", sector);
  const csv = (view: string) => `/insight/${encodeURIComponent(slug)}/${view}.csv?${query.toString()}`;
  const thisYear = new Date().getFullYear();
  const goals = arena.strategies.flatMap((s) => s.areas.flatMap((a) => a.goals));

  const funnelSeries: ChartSeries[] = (["submitted", "accepted", "tested", "advanced", "adopted"] as const).map((k) => ({
    key: k,
    label: t(`funnel.${k}`),
  }));
  const periods = i.funnel.filter((r) => r.period !== null);
  const ladderTotal = i.spread.ladder.some((l) => l.ideas.suppressed || (l.ideas.value ?? 0) > 0);
  const o = i.testOutcomes;

  return (
    <>
      <PageTitle parts={[t("title"), arena.name]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {title}
        <p className="lead">{t("intro")}</p>
        <p>{i.viewerIsStaff ? t("staffNote") : t("suppressedNote", { threshold: n })}</p>
      </div>

      <form className="insight-filters" aria-label={t("filters.heading")} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("filters.year")}
          <select value={year ?? ""} onChange={(e) => setFilter("year", e.target.value)}>
            <option value="">{t("filters.allYears")}</option>
            {Array.from({ length: YEARS_BACK }, (_, k) => thisYear - k).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("filters.goal")}
          <select value={goal ?? ""} onChange={(e) => setFilter("goal", e.target.value)}>
            <option value="">{t("filters.allGoals")}</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.number}. {g.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("filters.countyPart")}
          <select value={countyPart ?? ""} onChange={(e) => setFilter("countyPart", e.target.value)}>
            <option value="">{t("filters.allCountyParts")}</option>
            {arena.countyParts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("filters.sector")}
          <select value={sector ?? ""} onChange={(e) => setFilter("sector", e.target.value)}>
            <option value="">{t("filters.allSectors")}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {tt(`sector.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>

      <div className="insight-grid">
        <Figure
          id="funnel"
          heading={t("funnel.heading")}
          intro={t("funnel.intro")}
          csv={csv("funnel")}
          chart={{
            rows: periods.map((r) => ({
              name: r.period!,
              submitted: plot(r.submitted),
              accepted: plot(r.accepted),
              tested: plot(r.tested),
              advanced: plot(r.advanced),
              adopted: plot(r.adopted),
            })),
            series: funnelSeries,
          }}
        >
          <FigureTable
            caption={t("funnel.caption")}
            columns={[t("funnel.period"), ...funnelSeries.map((s) => s.label)]}
            rows={i.funnel.map((r) => ({
              key: r.period ?? "total",
              header: r.period ?? t("total"),
              cells: [r.submitted, r.accepted, r.tested, r.advanced, r.adopted].map(cell),
            }))}
          />
        </Figure>

        <Figure
          id="stage-times"
          heading={t("stageTimes.heading")}
          intro={t("stageTimes.intro")}
          csv={csv("stage-times")}
          chart={{
            rows: i.stageTimes.map((r) => ({ name: t(`stage.${r.stage}`), median: r.medianDays, p90: r.p90Days })),
            series: [
              { key: "median", label: t("stageTimes.median") },
              { key: "p90", label: t("stageTimes.p90") },
            ],
          }}
        >
          <FigureTable
            caption={t("stageTimes.heading")}
            columns={[t("stageTimes.stage"), t("stageTimes.stays"), t("stageTimes.median"), t("stageTimes.p90")]}
            rows={i.stageTimes.map((r) => ({
              key: r.stage,
              header: t(`stage.${r.stage}`),
              cells: [cell(r.stays), r.medianDays?.toLocaleString("sv-SE") ?? "–", r.p90Days?.toLocaleString("sv-SE") ?? "–"],
            }))}
          />
        </Figure>

        <Figure id="promises" heading={t("promises.heading")} intro={t("promises.intro")} csv={csv("promises")}>
          <FigureTable
            caption={t("promises.heading")}
            columns={[t("promises.promise"), t("promises.due"), t("promises.kept"), t("promises.keptPercent")]}
            rows={i.promises.map((r) => ({
              key: r.kind,
              header: t(`promises.${r.kind}`),
              cells: [cell(r.due), cell(r.kept), r.keptPercent === null ? "–" : `${r.keptPercent.toLocaleString("sv-SE")} %`],
            }))}
          />
        </Figure>

        <Figure id="referrals" heading={t("referrals.heading")} intro={t("referrals.intro")} csv={csv("referrals")}>
          {i.referrals.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <FigureTable
              caption={t("referrals.heading")}
              columns={[t("referrals.status"), t("referrals.sent"), t("referrals.inTime"), t("referrals.late"), t("referrals.overdue")]}
              rows={i.referrals.map((r) => ({
                key: r.status,
                header: t(`referrals.${r.status}`),
                cells: [r.sent, r.answeredInTime, r.answeredLate, r.overdue].map(cell),
              }))}
            />
          )}
        </Figure>

        <Figure id="outcomes" heading={t("outcomes.heading")} intro={t("outcomes.intro")} csv={csv("test-outcomes")}>
          <FigureTable
            caption={t("outcomes.heading")}
            columns={[t("outcomes.outcome"), t("outcomes.count")]}
            rows={(
              [
                ["met", o.met],
                ["notMet", o.notMet],
                ["inconclusive", o.inconclusive],
                ["retest", o.retest],
                ["pivot", o.pivot],
                ["advance", o.advance],
                ["stop", o.stop],
              ] as const
            ).map(([k, c], idx) => ({
              key: k,
              header: `${idx < 3 ? t("outcomes.measures") : t("outcomes.decisions")}: ${t(`outcomes.${k}`)}`,
              cells: [cell(c)],
            }))}
          />
        </Figure>

        <Figure id="reach" heading={t("reach.heading")} intro={t("reach.intro")} csv={csv("reach")}>
          {REACH_DIMENSIONS.map((d) => {
            const rows = i.reach.filter((r) => r.dimension === d);
            if (rows.length === 0) return null;
            return (
              <FigureTable
                key={d}
                caption={t(`reach.${d}`)}
                columns={[t(`reach.${d}`), t("reach.ideas")]}
                rows={rows.map((r) => ({ key: r.key, header: r.label, cells: [cell(r.ideas)] }))}
              />
            );
          })}
          {i.reach.length === 0 && <p>{t("empty")}</p>}
        </Figure>

        <Figure
          id="spread"
          heading={t("spread.heading")}
          csv={csv("adoptions")}
          chart={
            ladderTotal
              ? {
                  rows: i.spread.ladder.map((l) => ({ name: t("spread.stepN", { n: l.step }), ideas: plot(l.ideas) })),
                  series: [{ key: "ideas", label: t("spread.ideas") }],
                }
              : undefined
          }
        >
          <FigureTable
            caption={t("spread.ladderCaption")}
            columns={[t("spread.step"), t("spread.ideas")]}
            rows={i.spread.ladder.map((l) => ({ key: String(l.step), header: t("spread.stepN", { n: l.step }), cells: [cell(l.ideas)] }))}
          />
          {i.spread.adoptions.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <FigureTable
              caption={t("spread.adoptionsCaption")}
              columns={[t("spread.municipality"), t("spread.planned"), t("spread.testing"), t("spread.adopted"), t("spread.declined")]}
              rows={i.spread.adoptions.map((a) => ({
                key: a.municipalityId,
                header: a.municipality,
                cells: [a.planned, a.testing, a.adopted, a.declined].map(cell),
              }))}
            />
          )}
        </Figure>

        {i.guidesLoad && (
          <Figure id="guides" heading={t("guides.heading")} intro={t("guides.intro")} csv={csv("guides")}>
            {i.guidesLoad.length === 0 ? (
              <p>{t("empty")}</p>
            ) : (
              <FigureTable
                caption={t("guides.heading")}
                columns={[t("guides.guide"), t("guides.openIdeas"), t("guides.ideas"), t("guides.sessions")]}
                rows={i.guidesLoad.map((g) => ({ key: g.guide, header: g.guide, cells: [g.openIdeas, g.ideas, g.sessions].map(cell) }))}
              />
            )}
          </Figure>
        )}
      </div>
    </>
  );
}
