import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { graphql } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { useQuery } from "../../ui/useQuery";
import { CreateMatterForm } from "./CreateMatterForm";
import { MatterStageBadge } from "./StageBadge";
import { MATTER_KINDS, MATTER_STAGES, type MatterKind } from "./types";
import "./matters.css";

const MattersBoardQuery = graphql(`
  query MattersBoard($slug: String!, $bodyId: ID, $kind: MatterKind, $overdue: Boolean) {
    arena(slug: $slug) {
      id
      name
      viewerReadsMatters
      bodies {
        id
        name
      }
      matters(first: 100, bodyId: $bodyId, kind: $kind, overdue: $overdue) {
        totalCount
        edges {
          node {
            id
            number
            title
            kind
            stage
            overdue
            body {
              id
              name
            }
            preparer {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** The kansli's board of the arena's matters, by stage; filtered by body, kind and overdue (in the address, so that a filter can be shared). */
export function MattersBoardPage() {
  const { t } = useTranslation("matters");
  const { slug = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const bodyId = params.get("body") || null;
  const kindParam = params.get("kind");
  const kind = MATTER_KINDS.includes(kindParam as MatterKind) ? (kindParam as MatterKind) : null;
  const overdue = params.get("overdue") === "1" ? true : null;
  const [{ data, error }, reexecute] = useQuery({
    query: MattersBoardQuery,
    variables: { slug, bodyId, kind, overdue },
    requestPolicy: "cache-and-network",
  });
  const head = (
    <header className="page-head">
      <PageTitle parts={[t("board.title"), data?.arena?.name]} />
      <h1 tabIndex={-1}>{t("board.title")}</h1>
      <p className="lead">{t("board.intro")}</p>
    </header>
  );
  if (!data) return <PageState head={head} error={error} reexecute={reexecute} />;
  const arena = data.arena;
  if (!arena?.viewerReadsMatters)
    return (
      <>
        {head}
        <p className="notice">{t("board.noAccess")}</p>
      </>
    );
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const matters = arena.matters.edges.map((e) => e.node);
  const filtered = bodyId !== null || kind !== null || overdue !== null;

  return (
    <>
      {head}
      {creating ? (
        <CreateMatterForm arenaId={arena.id} slug={slug} onCancel={() => setCreating(false)} />
      ) : (
        <p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t("board.newMatter")}
          </button>
        </p>
      )}
      <form className="matters-filters" aria-label={t("board.filters")} onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          {t("board.body")}
          <select value={bodyId ?? ""} onChange={(e) => set("body", e.target.value || null)}>
            <option value="">{t("board.anyBody")}</option>
            {arena.bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t("board.kind")}
          <select value={kind ?? ""} onChange={(e) => set("kind", e.target.value || null)}>
            <option value="">{t("board.anyKind")}</option>
            {MATTER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="matters-filters__check">
          <input type="checkbox" checked={overdue === true} onChange={(e) => set("overdue", e.target.checked ? "1" : null)} />
          {t("board.overdue")}
        </label>
      </form>
      <p role="status">{t("board.count", { count: arena.matters.totalCount })}</p>
      {matters.length === 0 ? (
        <p className="muted">{filtered ? t("board.empty") : t("board.noneYet")}</p>
      ) : (
        <div className="matters-board">
          {MATTER_STAGES.map((stage) => {
            const inStage = matters.filter((m) => m.stage === stage);
            if (inStage.length === 0) return null;
            return (
              <section key={stage} className="matters-board__column" aria-labelledby={`stage-${stage}`}>
                <h2 id={`stage-${stage}`}>
                  {t(`stage.${stage}`)} <span className="muted">({inStage.length})</span>
                </h2>
                <ul className="matters-board__list">
                  {inStage.map((m) => (
                    <li key={m.id} className="card matter-card">
                      <p className="matter-card__number">{t("board.number", { number: m.number })}</p>
                      <h3 className="matter-card__title">
                        <Link to={`/a/${slug}/matters/${m.number}`}>{m.title}</Link>
                      </h3>
                      <p className="matter-card__badges">
                        <MatterStageBadge stage={m.stage} />
                        <Badge>{t(`kind.${m.kind}`)}</Badge>
                        {m.overdue && <Badge tone="warning">{t("board.overdueBadge")}</Badge>}
                      </p>
                      {m.body && <p className="matter-card__meta">{t("board.placedAt", { body: m.body.name })}</p>}
                      {m.preparer && <p className="matter-card__meta">{t("board.preparedBy", { name: m.preparer.name })}</p>}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
