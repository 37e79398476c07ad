import { type FormEvent, useState } from "react";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import { SupportActorCard, SupportActorCardFragment } from "./SupportActorCard";
import { SupportActorForm } from "./SupportActorForm";
import { ACTOR_KINDS, ACTOR_PHASES, type ActorKind, type ActorPhase } from "./kinds";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, Loading, QueryError } from "../../ui/QueryState";
import { ArenaNotFound } from "../shell/NotFoundPage";
import "./support.css";
import "../guidance/guidance.css";

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
    query SupportActors($arenaId: ID!, $search: String, $kind: SupportActorKind, $phase: SupportPhase, $after: String) {
      supportActors(arenaId: $arenaId, search: $search, kind: $kind, phase: $phase, first: 50, after: $after) {
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

/** "Stödsystemet" (/a/:slug/support): the actors an arena can refer ideas to. Public; contact details for signed-in people. */
export function SupportActorsPage() {
  const { t } = useTranslation("guidance");
  const { slug = "" } = useParams();
  const [arenaResult, reexecuteArena] = useQuery({ query: SupportArenaQuery, variables: { slug } });
  const arena = arenaResult.data?.arena;
  const [search, setSearch] = useState("");
  const [kind, setKind] = useState<ActorKind | "">("");
  const [phase, setPhase] = useState<ActorPhase | "">("");
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SupportActorsQuery,
    variables: { arenaId: arena?.id ?? "", search: search || null, kind: kind || null, phase: phase || null, after },
    pause: !arena,
  });
  const { t: ts } = useTranslation("support");
  const { viewer } = useViewer();
  const canAdd = hasArenaRole(viewer, slug, ["COORDINATOR", "ADMIN"]);
  const [adding, setAdding] = useState(false);
  const { openerRef, headingRef } = useOpenerFocus(adding);
  const [status, setStatus] = useState("");
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
    setKind(String(form.get("kind") ?? "") as ActorKind | "");
    setPhase(String(form.get("phase") ?? "") as ActorPhase | "");
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
      {canAdd &&
        (adding ? (
          <SupportActorForm
            arenaId={arena.id}
            headingRef={headingRef}
            onDone={(name) => {
              setAdding(false);
              setStatus(ts("added", { name }));
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <p className="button-row">
            <button ref={openerRef} type="button" className="button button--primary" onClick={() => setAdding(true)}>
              {ts("add")}
            </button>
          </p>
        ))}
      {status && (
        <div className="notice notice--success">
          <p>{status}</p>
        </div>
      )}
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
              {ACTOR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`registry.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="registry-phase">
              {t("registry.phase")}
            </label>
            <select id="registry-phase" name="phase" defaultValue={phase}>
              <option value="">{t("registry.allPhases")}</option>
              {ACTOR_PHASES.map((p) => (
                <option key={p} value={p}>
                  {t(`registry.phases.${p}`)}
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
          {status || (actors ? t("registry.count", { count: actors.totalCount }) : "")}
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
                  <SupportActorCard actor={e.node} arenaId={arena.id} onChanged={setStatus} />
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
