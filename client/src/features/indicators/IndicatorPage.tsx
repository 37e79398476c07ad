import { Suspense, lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { graphql, type ResultOf } from "../../graphql";
import { useQuery } from "../../ui/useQuery";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, Loading } from "../../ui/QueryState";
import { PageState } from "../../ui/PageState";
import { TableScroll } from "../../ui/TableScroll";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { GapView } from "./GapView";
import { Warnings } from "./Warnings";
import { IndicatorRegistryQuery } from "./queries";
import "./indicators.css";

const IndicatorChart = lazy(() => import("./IndicatorChart"));

const IndicatorValuesQuery = graphql(`
  query IndicatorValuesPage($id: ID!) {
    node(id: $id) {
      id
      ... on Indicator {
        values(breakdown: TOTAL) {
          areaCode
          areaName
          areaKind
          period
          value
          n
          warnings
        }
      }
    }
  }
`);

type Registry = NonNullable<ResultOf<typeof IndicatorRegistryQuery>["arena"]>;
type IndicatorRow = Registry["indicators"][number];

function SeriesQuality({ indicator }: { indicator: IndicatorRow }) {
  const { t } = useTranslation("indicators");
  const yesNo = (b: boolean | null) => (b === null ? t("detail.unknown") : b ? t("detail.yes") : t("detail.no"));
  if (indicator.series.length === 0) return <EmptyState>{t("detail.noSeries")}</EmptyState>;
  return (
    <>
      {indicator.series.map((s) => (
        <div key={s.id} className="card series-quality">
          <h3>
            {s.name} <Warnings warnings={s.warnings} />
          </h3>
          <dl className="facts">
            <dt>{t("detail.sender")}</dt>
            <dd>{s.sender || t("detail.unknown")}</dd>
            <dt>{t("detail.dataKind")}</dt>
            <dd>{t(`dataKind.${s.dataKind}`)}</dd>
            <dt>{t("detail.validated")}</dt>
            <dd>{yesNo(s.validatedQuestions)}</dd>
            <dt>{t("detail.population")}</dt>
            <dd>{s.population || t("detail.unknown")}</dd>
            <dt>{t("detail.sampling")}</dt>
            <dd>{t(`sampling.${s.sampling}`)}</dd>
            <dt>{t("detail.responseRate")}</dt>
            <dd>{s.responseRate === null ? t("detail.unknown") : `${s.responseRate} %`}</dd>
            <dt>{t("detail.weighted")}</dt>
            <dd>{yesNo(s.weighted)}</dd>
            {s.notes && (
              <>
                <dt>{t("detail.notes")}</dt>
                <dd>{s.notes}</dd>
              </>
            )}
          </dl>
        </div>
      ))}
    </>
  );
}

function ValuesOverTime({ indicator, arena }: { indicator: IndicatorRow; arena: Registry }) {
  const { t } = useTranslation("indicators");
  const [{ data, error }, reexecute] = useQuery({ query: IndicatorValuesQuery, variables: { id: indicator.id } });
  const municipalities = arena.organisations.filter((o) => o.municipalityCode);
  const [area, setArea] = useState(municipalities[0]?.municipalityCode ?? "");
  if (!data) return <PageState head={null} error={error} reexecute={reexecute} />;
  const values = data.node && "values" in data.node ? data.node.values : [];
  if (values.length === 0) return <EmptyState>{t("detail.noValues")}</EmptyState>;
  const shown = values.filter((v) => v.areaCode === area || v.areaKind === "COUNTY");
  const periods = [...new Set(shown.map((v) => v.period))].sort();
  const areaName = municipalities.find((m) => m.municipalityCode === area)?.name ?? area;
  const lineOf = (code: string | null | undefined) =>
    shown.filter((v) => v.areaCode === code).map((v) => ({ period: v.period, value: v.value }));
  const lines = [
    { key: "area", label: areaName, points: lineOf(area) },
    { key: "county", label: arena.region, points: lineOf(arena.countyCode) },
  ];
  return (
    <>
      <div className="field">
        <label htmlFor="indicator-area">{t("detail.area")}</label>
        <select id="indicator-area" value={area} onChange={(e) => setArea(e.target.value)}>
          {municipalities.map((m) => (
            <option key={m.id} value={m.municipalityCode!}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="indicator-values">
        <Suspense fallback={<Loading />}>
          <IndicatorChart
            lines={lines}
            unit={indicator.unit}
            label={t("detail.chartLabel", { area: areaName, from: periods[0], to: periods[periods.length - 1] })}
          />
        </Suspense>
        <TableScroll label={t("detail.tableCaption", { title: indicator.title })}>
          <table className="table table--compact">
            <caption>{t("detail.tableCaption", { title: indicator.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("detail.year")}</th>
                <th scope="col">{areaName}</th>
                <th scope="col">{t("detail.n")}</th>
                <th scope="col">{arena.region}</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => {
                const own = shown.find((v) => v.period === period && v.areaCode === area);
                const county = shown.find((v) => v.period === period && v.areaKind === "COUNTY");
                return (
                  <tr key={period}>
                    <th scope="row">{period}</th>
                    <td>
                      {own ? `${own.value} ${indicator.unit}` : "–"} <Warnings warnings={own?.warnings ?? []} />
                    </td>
                    <td>{own?.n ?? "–"}</td>
                    <td>{county ? `${county.value} ${indicator.unit}` : "–"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </>
  );
}

/** One indicator: its series' quality, its values over time beside the county, and the gap view. */
export function IndicatorPage() {
  const { t } = useTranslation("indicators");
  const { slug = "", key = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: IndicatorRegistryQuery, variables: { slug } });
  if (!data) return <PageState head={<h1 tabIndex={-1}>{t("list.title")}</h1>} error={error} reexecute={reexecute} />;
  const arena = data.arena;
  if (!arena) return <ArenaNotFound slug={slug} />;
  const indicator = arena.indicators.find((i) => i.key === key);
  if (!indicator)
    return (
      <>
        <h1 tabIndex={-1}>{t("list.title")}</h1>
        <EmptyState>{t("detail.notFound")}</EmptyState>
      </>
    );
  return (
    <>
      <PageTitle parts={[indicator.title, t("list.title"), arena.region]} />
      <div className="page-head">
        <p className="eyebrow">
          <Link to={`/a/${slug}/indicators`}>{t("detail.back")}</Link>
        </p>
        <h1 tabIndex={-1}>{indicator.title}</h1>
        <p className="lead">
          {t(`direction.${indicator.direction}`)} · {t(`source.${indicator.source}`)} {indicator.sourceRef}
          {indicator.unit ? ` · ${indicator.unit}` : ""}
        </p>
        <p>
          <Link to={`/a/${slug}/indicators/${key}/import`}>{t("detail.import")}</Link>
        </p>
      </div>
      <section aria-labelledby="indicator-values">
        <h2 id="indicator-values">{t("detail.values")}</h2>
        <ValuesOverTime indicator={indicator} arena={arena} />
      </section>
      <section aria-labelledby="indicator-gap">
        <h2 id="indicator-gap">{t("gap.title")}</h2>
        <GapView slug={slug} indicatorId={indicator.id} unit={indicator.unit} />
      </section>
      <section aria-labelledby="indicator-series">
        <h2 id="indicator-series">{t("detail.series")}</h2>
        <SeriesQuality indicator={indicator} />
      </section>
    </>
  );
}
