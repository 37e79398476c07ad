import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState } from "../../ui/QueryState";
import { PageState } from "../../ui/PageState";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { StrategyView, StrategyViewFragment } from "./StrategyView";

const StrategyPageQuery = graphql(
  `
    query StrategyPage($slug: String!) {
      arena(slug: $slug) {
        id
        name
        region
        strategies {
          id
          ...StrategyView_strategy
        }
      }
    }
  `,
  [StrategyViewFragment],
);

export function StrategyPage() {
  const { t } = useTranslation("strategy");
  const { slug = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: StrategyPageQuery, variables: { slug } });
  const title = <h1 tabIndex={-1}>{t("strategy.title")}</h1>;

  if (!data) return <PageState head={title} error={error} reexecute={reexecute} />;
  const arena = data?.arena;
  if (!arena) return <ArenaNotFound slug={slug} />;

  return (
    <>
      <PageTitle parts={[t("strategy.title"), arena.region]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {title}
        <p className="lead">{t("strategy.intro")}</p>
      </div>
      {arena.strategies.length === 0 ? (
        <EmptyState>{t("strategy.empty")}</EmptyState>
      ) : (
        arena.strategies.map((s) => <StrategyView key={s.id} strategy={s} />)
      )}
    </>
  );
}
