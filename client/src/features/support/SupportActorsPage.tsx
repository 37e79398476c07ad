import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, Loading, QueryError } from "../../ui/QueryState";
import { ArenaNotFound } from "../shell/NotFoundPage";
import "./support.css";
import "../guidance/guidance.css";

export const SupportActorCardFragment = graphql(`
  fragment SupportActorCard_actor on SupportActor {
    id
    name
    kind
    offer
    contact
    email
    website
  }
`);

const KINDS = [
  "INCUBATOR",
  "BUSINESS_ADVICE",
  "COOPERATIVE_DEVELOPMENT",
  "FUNDING_CALL",
  "UNIVERSITY_INNOVATION_OFFICE",
  "MUNICIPAL_SERVICE",
  "CIVIL_SOCIETY_ORGANISATION",
  "NATIONAL_AGENCY",
] as const;
type Kind = (typeof KINDS)[number];

const SupportArenaQuery = graphql(`
  query SupportArena($slug: String!) {
    arena(slug: $slug) {
      id
      name
    }
  }
`);

const SupportActorsQuery = graphql(
  `
    query SupportActors($arenaId: ID!, $search: String, $kind: SupportActorKind, $after: String) {
      supportActors(arenaId: $arenaId, search: $search, kind: $kind, first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...SupportActorCard_actor
          }
        }
      }
    }
  `,
  [SupportActorCardFragment],
);

function SupportActorCard({ actor: ref }: { actor: FragmentOf<typeof SupportActorCardFragment> }) {
  const { t } = useTranslation("guidance");
  const a = readFragment(SupportActorCardFragment, ref);
  return (
    <article className="card actor-card" aria-labelledby={`actor-${a.id}`}>
      <p className="queue-item__badges">
        <Badge tone="level">{t(`registry.kinds.${a.kind}`)}</Badge>
      </p>
      <h3 id={`actor-${a.id}`} className="queue-item__title">
        {a.name}
      </h3>
      {a.offer && <p>{a.offer}</p>}
      <dl className="actor-card__meta">
        {a.contact && (
          <div>
            <dt>{t("registry.contact")}</dt>
            <dd>{a.contact}</dd>
          </div>
        )}
        {a.email && (
          <div>
            <dt>{t("registry.email")}</dt>
            <dd>
              <a href={`mailto:${a.email}`}>{a.email}</a>
            </dd>
          </div>
        )}
        {a.website && (
          <div>
            <dt>{t("registry.website")}</dt>
            <dd>
              <a href={a.website}>{a.website}</a>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}

/** "Stödsystemet" (/a/:slug/support): the actors an arena can refer ideas to. Public; contact details for signed-in people. */
export function SupportActorsPage() {
  const { t } = useTranslation("guidance");
  const { slug = "" } = useParams();
  const [arenaResult, reexecuteArena] = useQuery({ query: SupportArenaQuery, variables: { slug } });
  const arena = arenaResult.data?.arena;
  const [search, setSearch] = useState("");
  const [kind, setKind] = useState<Kind | "">("");
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SupportActorsQuery,
    variables: { arenaId: arena?.id ?? "", search: search || null, kind: kind || null, after },
    pause: !arena,
  });
  const heading = <h1 tabIndex={-1}>{t("registry.title")}</h1>;

  if (arenaResult.error && !arenaResult.data) {
    return (
      <>
        {heading}
        <QueryError error={arenaResult.error} onRetry={() => reexecuteArena({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!arenaResult.data) {
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  }
  if (!arena) return <ArenaNotFound slug={slug} />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setAfter(undefined);
    setSearch(String(form.get("q") ?? "").trim());
    setKind(String(form.get("kind") ?? "") as Kind | "");
  };
  const actors = data?.supportActors;

  return (
    <>
      <PageTitle parts={[t("registry.title"), arena.name]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {heading}
        <p className="lead">{t("registry.intro")}</p>
      </div>
      <form role="search" className="form registry-search" onSubmit={onSubmit} aria-label={t("registry.search")}>
        <div className="form-row">
          <div className="field">
            <label className="field__label" htmlFor="registry-q">
              {t("registry.search")}
            </label>
            <input id="registry-q" name="q" type="search" defaultValue={search} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="registry-kind">
              {t("registry.kind")}
            </label>
            <select id="registry-kind" name="kind" defaultValue={kind}>
              <option value="">{t("registry.allKinds")}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`registry.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--secondary">
            {t("registry.searchButton")}
          </button>
        </div>
      </form>
      <section className="section section--tight" aria-labelledby="actors-heading" aria-busy={fetching}>
        <h2 id="actors-heading">{actors ? t("registry.count", { count: actors.totalCount }) : t("registry.title")}</h2>
        <p className="visually-hidden" role="status">
          {actors ? t("registry.count", { count: actors.totalCount }) : ""}
        </p>
        {error && !data ? (
          <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
        ) : !actors ? (
          <Loading />
        ) : actors.edges.length === 0 ? (
          <EmptyState>{t("registry.empty")}</EmptyState>
        ) : (
          <>
            <ul className="card-grid card-grid--2">
              {actors.edges.map((e) => (
                <li key={e.node.id}>
                  <SupportActorCard actor={e.node} />
                </li>
              ))}
            </ul>
            {actors.pageInfo.hasNextPage && actors.pageInfo.endCursor && (
              <p className="load-more">
                <button type="button" className="button button--secondary" onClick={() => setAfter(actors.pageInfo.endCursor ?? undefined)}>
                  {t("intake.showMore", { shown: actors.edges.length, total: actors.totalCount })}
                </button>
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
