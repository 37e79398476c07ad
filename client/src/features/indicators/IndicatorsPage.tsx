import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState } from "../../ui/QueryState";
import { PageState } from "../../ui/PageState";
import { TableScroll } from "../../ui/TableScroll";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { IndicatorRegistryQuery } from "./queries";
import "./indicators.css";

/** The registry: SKR's 22 and the arena's own, each linking to its values. */
export function IndicatorsPage() {
  const { t } = useTranslation("indicators");
  const { slug = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: IndicatorRegistryQuery, variables: { slug } });
  const title = <h1 tabIndex={-1}>{t("list.title")}</h1>;
  if (!data) return <PageState head={title} error={error} reexecute={reexecute} />;
  const arena = data.arena;
  if (!arena) return <ArenaNotFound slug={slug} />;
  return (
    <>
      <PageTitle parts={[t("list.title"), arena.region]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {title}
        <p className="lead">{t("list.intro")}</p>
      </div>
      {arena.indicators.length === 0 ? (
        <EmptyState>{t("list.empty")}</EmptyState>
      ) : (
        <TableScroll label={t("list.title")}>
          <table className="table indicators-table">
            <caption className="visually-hidden">{t("list.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.key")}</th>
                <th scope="col">{t("list.indicator")}</th>
                <th scope="col">{t("list.unit")}</th>
                <th scope="col">{t("list.direction")}</th>
                <th scope="col">{t("list.source")}</th>
                <th scope="col">{t("list.series")}</th>
              </tr>
            </thead>
            <tbody>
              {arena.indicators.map((i) => (
                <tr key={i.id}>
                  <td>{i.key}</td>
                  <td>
                    <Link to={`/a/${slug}/indicators/${i.key}`}>{i.title}</Link>
                  </td>
                  <td>{i.unit}</td>
                  <td>{t(`direction.${i.direction}`)}</td>
                  <td>
                    {t(`source.${i.source}`)}
                    {i.sourceRef ? ` ${i.sourceRef}` : ""}
                  </td>
                  <td>{i.series.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
