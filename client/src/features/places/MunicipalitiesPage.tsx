import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState } from "../../ui/QueryState";
import { useQuery } from "../../ui/useQuery";
import { ArenaNotFound } from "../shell/NotFoundPage";
import "./places.css";

const MunicipalitiesQuery = graphql(`
  query Municipalities($slug: String!) {
    arena(slug: $slug) {
      id
      name
      municipalities {
        municipality {
          id
          key
          name
        }
        ideaCount
        adoptionCount
        goodExampleCount
      }
    }
  }
`);

/** Kommuner (/a/:slug/m): each municipality of the arena, linking to its page. Public. */
export function MunicipalitiesPage() {
  const { t } = useTranslation("places");
  const { slug = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: MunicipalitiesQuery, variables: { slug } });
  const head = (
    <>
      <PageTitle parts={[t("municipalities.title"), data?.arena?.name]} />
      <h1 tabIndex={-1}>{t("municipalities.title")}</h1>
    </>
  );
  if (!data) return <PageState head={head} error={error} reexecute={reexecute} />;
  if (!data.arena) return <ArenaNotFound slug={slug} />;
  const list = data.arena.municipalities;
  return (
    <div className="places">
      {head}
      <p className="lead">{t("municipalities.intro")}</p>
      {list.length === 0 ? (
        <EmptyState>{t("municipalities.empty")}</EmptyState>
      ) : (
        <ul className="places__list">
          {list.map((m) => (
            <li key={m.municipality.id} className="card places__item">
              <Link to={`/a/${slug}/m/${m.municipality.key}`}>{m.municipality.name}</Link>
              <span className="muted">
                {t("municipalities.ideas", { count: m.ideaCount })} · {t("municipalities.adoptions", { count: m.adoptionCount })} ·{" "}
                {t("municipalities.examples", { count: m.goodExampleCount })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
