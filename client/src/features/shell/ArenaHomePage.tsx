import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { IdeaCard, IdeaCardFragment } from "../ideas/IdeaCard";
import { PageTitle } from "../../ui/PageTitle";
import { PageState } from "../../ui/PageState";
import { ArenaNotFound } from "./NotFoundPage";
import "./shell.css";

const ArenaHomeQuery = graphql(
  `
    query ArenaHome($slug: String!) {
      arena(slug: $slug) {
        id
        name
        region
        description
        bodies {
          id
        }
        organisations {
          id
          isParty
        }
        strategies {
          id
          areas {
            id
            goals {
              id
            }
          }
        }
      }
      ideas(arena: $slug, first: 3, sort: NEWEST) {
        totalCount
        edges {
          node {
            id
            ...IdeaCard_idea
          }
        }
      }
    }
  `,
  [IdeaCardFragment],
);

export function ArenaHomePage() {
  const { t } = useTranslation("shell");
  const { slug = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: ArenaHomeQuery, variables: { slug } });

  if (!data) return <PageState head={null} error={error} reexecute={reexecute} />;
  const arena = data?.arena;
  if (!arena) return <ArenaNotFound slug={slug} />;

  const parties = arena.organisations.filter((o) => o.isParty).length;
  const goals = arena.strategies.flatMap((s) => s.areas.flatMap((a) => a.goals)).length;
  const latest = data?.ideas.edges.slice(0, 3) ?? [];
  const ideaCount = data?.ideas.totalCount ?? 0;
  const cards = [
    {
      to: `/a/${slug}/ideas`,
      title: t("nav.ideas"),
      text: t("arenaHome.ideasText"),
      facts: [t("arenaHome.ideas", { count: ideaCount })],
    },
    {
      to: `/a/${slug}/structure`,
      title: t("nav.structure"),
      text: t("arenaHome.structureText"),
      facts: [t("arenaHome.bodies", { count: arena.bodies.length }), t("arenaHome.parties", { count: parties })],
    },
    {
      to: `/a/${slug}/strategy`,
      title: t("nav.strategy"),
      text: t("arenaHome.strategyText"),
      facts: [t("arenaHome.goals", { count: goals })],
    },
    { to: `/a/${slug}/frameworks`, title: t("nav.frameworks"), text: t("arenaHome.frameworksText"), facts: [] },
  ];

  return (
    <>
      <PageTitle parts={[arena.name]} />
      <section className="hero hero--arena">
        <p className="eyebrow">{arena.region}</p>
        <h1 tabIndex={-1}>{arena.name}</h1>
        <p className="lead">{arena.description}</p>
        <p className="button-row hero__actions">
          <Link className="button button--primary" to={`/a/${slug}/ideas/new`}>
            {t("arenaHome.newIdea")}
          </Link>
          <Link className="button button--secondary" to={`/a/${slug}/ideas`}>
            {t("arenaHome.browseIdeas")}
          </Link>
        </p>
      </section>
      <section className="section" aria-labelledby="arena-sections">
        <h2 id="arena-sections" className="visually-hidden">
          {t("arenaHome.sections")}
        </h2>
        <ul className="card-grid card-grid--4">
          {cards.map((c) => (
            <li key={c.to}>
              <article className="card nav-card">
                <h3>
                  <Link to={c.to} className="card-link">
                    {c.title}
                  </Link>
                </h3>
                <p>{c.text}</p>
                {c.facts.length > 0 && (
                  <p className="nav-card__facts">
                    {c.facts.map((f) => (
                      <span key={f} className="badge badge--muted">
                        {f}
                      </span>
                    ))}
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      </section>
      {latest.length > 0 && (
        <section className="section" aria-labelledby="latest-ideas">
          <div className="section-head">
            <h2 id="latest-ideas">{t("arenaHome.latestIdeas")}</h2>
            <Link to={`/a/${slug}/ideas`}>{t("arenaHome.allIdeas", { count: ideaCount })}</Link>
          </div>
          <ul className="card-grid card-grid--3">
            {latest.map((e) => (
              <li key={e.node.id}>
                <IdeaCard idea={e.node} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
