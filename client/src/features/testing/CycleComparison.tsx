import { Suspense, lazy } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../ui/TableScroll";
import { type FragmentOf } from "../../graphql";
import { Loading } from "../../ui/QueryState";
import { OutcomeBadge, withUnit } from "./CycleCard";
import type { CycleCardFragment } from "./fragments";
import { formatChange } from "./numbers";
import { type Series, seriesOf } from "./series";
import { formatLocalDate } from "../../ui/format";
import "./testing.css";

const RunChart = lazy(() => import("./RunChart"));

/** The same values as the run chart, as a table: date, cycle, value, note. */
function RunChartTable({ series }: { series: Series }) {
  const { t } = useTranslation("testing");
  const rows = series.cycles
    .flatMap((c) => c.measurements.map((m) => ({ ...m, number: c.number })))
    .sort((a, b) => (a.measuredOn === b.measuredOn ? a.number - b.number : a.measuredOn.localeCompare(b.measuredOn)));
  return (
    <TableScroll label={t("chart.tableCaption", { name: series.name })}>
      <table className="table table--compact">
        <caption className="visually-hidden">{t("chart.tableCaption", { name: series.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("measurements.date")}</th>
            <th scope="col">{t("comparison.cycle")}</th>
            <th scope="col">{t("measurements.value")}</th>
            <th scope="col">{t("measurements.note")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <time dateTime={r.measuredOn}>{formatLocalDate(r.measuredOn)}</time>
              </td>
              <td>{t("cycle.title", { n: r.number })}</td>
              <td>{withUnit(r.value, series.unit)}</td>
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One measure across the cycles, side by side: baseline, target and result per cycle; then its run chart. */
function SeriesComparison({ series, sideBySide }: { series: Series; sideBySide: boolean }) {
  const { t } = useTranslation("testing");
  const headingId = `series-${series.id}`;
  const hasValues = series.cycles.some((c) => c.measurements.length > 0);
  return (
    <section className="series" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {series.name} <span className="muted series__direction">({t(`direction.${series.direction}`)})</span>
      </h4>
      {sideBySide && (
        <TableScroll label={t("comparison.caption", { name: series.name })}>
          <table className="table comparison-table">
            <caption className="visually-hidden">{t("comparison.caption", { name: series.name })}</caption>
            <thead>
              <tr>
                <td />
                {series.cycles.map((c) => (
                  <th key={c.cycleId} scope="col">
                    {t("cycle.title", { n: c.number })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t("measures.baseline")}</th>
                {series.cycles.map((c) => (
                  <td key={c.cycleId}>{withUnit(c.baseline, series.unit)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t("measures.target")}</th>
                {series.cycles.map((c) => (
                  <td key={c.cycleId}>{withUnit(c.target, series.unit)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t("measures.latest")}</th>
                {series.cycles.map((c) => (
                  <td key={c.cycleId}>
                    {withUnit(c.value, series.unit)} <span className="muted">({formatChange(c.change)})</span>
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t("measures.result")}</th>
                {series.cycles.map((c) => (
                  <td key={c.cycleId}>
                    <OutcomeBadge outcome={c.outcome} />
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </TableScroll>
      )}
      {hasValues && (
        <figure className="run-chart-figure">
          <figcaption>{t("chart.caption", { name: series.name })}</figcaption>
          <Suspense fallback={<Loading label={t("chart.loading")} />}>
            <RunChart series={series} />
          </Suspense>
          <details className="run-chart-table">
            <summary>{t("chart.showTable")}</summary>
            <RunChartTable series={series} />
          </details>
        </figure>
      )}
    </section>
  );
}

/** An idea's cycles compared per measure (series), with a run chart of each. */
export function CycleComparison({ cycles }: { cycles: readonly FragmentOf<typeof CycleCardFragment>[] }) {
  const { t } = useTranslation("testing");
  const series = seriesOf(cycles);
  // With one cycle its card says it all, but for the run chart.
  const sideBySide = cycles.length > 1;
  const shown = sideBySide ? series : series.filter((s) => s.cycles.some((c) => c.measurements.length > 0));
  if (shown.length === 0) return null;
  return (
    <section className="cycle-comparison" aria-labelledby="cycle-comparison-heading">
      <h3 id="cycle-comparison-heading">{sideBySide ? t("comparison.heading") : t("comparison.headingOne")}</h3>
      <p className="muted">{sideBySide ? t("comparison.intro") : t("comparison.introOne")}</p>
      {shown.map((s) => (
        <SeriesComparison key={s.id} series={s} sideBySide={sideBySide} />
      ))}
    </section>
  );
}
