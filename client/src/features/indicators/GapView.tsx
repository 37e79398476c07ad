import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql } from "../../graphql";
import { useQuery } from "../../ui/useQuery";
import { EmptyState } from "../../ui/QueryState";
import { PageState } from "../../ui/PageState";
import { TableScroll } from "../../ui/TableScroll";
import { Warnings } from "./Warnings";

const GapQuery = graphql(`
  query IndicatorGapView($slug: String!, $id: ID!, $period: Int) {
    arena(slug: $slug) {
      id
      indicatorGap(indicatorId: $id, period: $period) {
        period
        periods
        county {
          value
          n
        }
        rows {
          rank
          difference
          better
          municipality {
            areaCode
            areaName
            value
            n
            warnings
          }
        }
      }
    }
  }
`);

const fmt = (x: number) => (Math.round(x * 10) / 10).toLocaleString("sv-SE");

/** "Mind the gap" (003): the arena's municipalities ranked against the county for a year. */
export function GapView({ slug, indicatorId, unit }: { slug: string; indicatorId: string; unit: string }) {
  const { t } = useTranslation("indicators");
  const [period, setPeriod] = useState<number | null>(null);
  const [{ data, error }, reexecute] = useQuery({ query: GapQuery, variables: { slug, id: indicatorId, period } });
  if (!data) return <PageState head={null} error={error} reexecute={reexecute} />;
  const gap = data.arena?.indicatorGap;
  if (!gap || gap.period === null) return <EmptyState>{t("detail.noValues")}</EmptyState>;
  return (
    <>
      <p>{t("gap.intro")}</p>
      <div className="field">
        <label htmlFor="gap-year">{t("gap.year")}</label>
        <select id="gap-year" value={gap.period} onChange={(e) => setPeriod(Number(e.target.value))}>
          {gap.periods.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <p className="gap-county">{gap.county ? t("gap.county", { value: `${fmt(gap.county.value)} ${unit}` }) : t("gap.noCounty")}</p>
      {gap.rows.length === 0 ? (
        <EmptyState>{t("gap.empty")}</EmptyState>
      ) : (
        <TableScroll label={t("gap.title")}>
          <table className="table table--compact gap-table">
            <caption className="visually-hidden">{t("gap.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("gap.rank")}</th>
                <th scope="col">{t("gap.municipality")}</th>
                <th scope="col">{t("detail.value")}</th>
                <th scope="col">{t("gap.difference")}</th>
                <th scope="col">{t("gap.better")}</th>
                <th scope="col">{t("detail.warnings")}</th>
              </tr>
            </thead>
            <tbody>
              {gap.rows.map((r) => (
                <tr key={r.municipality.areaCode}>
                  <td>{r.rank}</td>
                  <td>{r.municipality.areaName}</td>
                  <td>
                    {fmt(r.municipality.value)} {unit}
                  </td>
                  <td>
                    {r.difference === null ? "–" : `${r.difference > 0 ? "+" : r.difference < 0 ? "−" : "±"}${fmt(Math.abs(r.difference))}`}
                  </td>
                  <td className={r.better === true ? "gap-better" : r.better === false ? "gap-worse" : undefined}>
                    {r.better === null ? t("gap.same") : r.better ? t("gap.isBetter") : t("gap.isWorse")}
                  </td>
                  <td>
                    <Warnings warnings={r.municipality.warnings} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
