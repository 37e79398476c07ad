import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { graphql, readFragment } from "../../graphql";
import { useQuery } from "../../ui/useQuery";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import { CreateMatterMutation } from "./CreateMatterForm";
import { MatterStageBadge } from "./StageBadge";
import "./matters.css";

const IdeaMattersQuery = graphql(`
  query IdeaMattersPanel($id: ID!) {
    idea(id: $id) {
      id
      arena {
        id
        slug
      }
      matters {
        id
        number
        title
        stage
        body {
          id
          name
        }
        decisions {
          id
          outcome
          decidedOn
          body {
            id
            name
          }
        }
      }
      testCycles {
        id
        number
        decision
        evaluations {
          id
        }
      }
      learnings {
        id
        title
      }
    }
  }
`);

type Origin = { kind: "IDEA" | "CYCLE" | "LEARNING" | "EVALUATION"; id: string; label: string };

/**
 * "Ärenden och beslut": the matters the idea is linked to, their stage and body, and the bodies'
 * decisions on them; for the kansli, one action to turn the idea, a decided test cycle,
 * a learning or an evaluation into a matter.
 */
export function IdeaMattersPanel({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("matters");
  const { t: tb } = useTranslation("bodies");
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [{ data }] = useQuery({ query: IdeaMattersQuery, variables: { id: ideaId }, requestPolicy: "cache-and-network" });
  const [{ fetching }, create] = useMutation(CreateMatterMutation);
  const [error, setError] = useState<string | null>(null);
  const idea = data?.idea;
  if (!idea) return null;
  const kansli = hasArenaRole(viewer, idea.arena.slug, ["COORDINATOR", "ADMIN"]);
  if (idea.matters.length === 0 && !kansli) return null;

  const origins: Origin[] = kansli
    ? [
        { kind: "IDEA", id: idea.id, label: t("panel.create") },
        ...(idea.testCycles ?? []).flatMap((c): Origin[] =>
          c.decision
            ? [
                { kind: "CYCLE", id: c.id, label: t("panel.fromCycle", { number: c.number, decision: t(`decision.${c.decision}`) }) },
                ...c.evaluations.map((e): Origin => ({
                  kind: "EVALUATION",
                  id: e.id,
                  label: t("panel.fromEvaluation", { number: c.number }),
                })),
              ]
            : [],
        ),
        ...idea.learnings.map((l): Origin => ({ kind: "LEARNING", id: l.id, label: t("panel.fromLearning", { title: l.title }) })),
      ]
    : [];

  const onCreate = async (o: Origin) => {
    setError(null);
    const r = await create({ input: { arenaId: idea.arena.id, kind: "PROPOSAL", origin: { kind: o.kind, id: o.id } } });
    const p = r.data?.createMatter;
    if (p?.matter && p.errors.length === 0) return navigate(`/a/${idea.arena.slug}/matters/${p.matter.number}`);
    const errors = p ? readFragment(FormErrorsFragment, p.errors) : [];
    setError(errors[0]?.message ?? r.error?.message ?? "");
  };

  return (
    <section className="section idea-matters" aria-labelledby="idea-matters-heading">
      <h2 id="idea-matters-heading">{t("panel.heading")}</h2>
      {idea.matters.length === 0 ? (
        <p className="muted">{t("panel.none")}</p>
      ) : (
        <ul className="idea-matters__list">
          {idea.matters.map((m) => (
            <li key={m.id}>
              <Link to={`/a/${idea.arena.slug}/matters/${m.number}`}>
                {t("page.number", { number: m.number })}: {m.title}
              </Link>{" "}
              <MatterStageBadge stage={m.stage} />
              {m.body && <span className="muted"> {t("board.placedAt", { body: m.body.name })}</span>}
              {m.decisions.length > 0 && (
                <ul className="idea-matters__decisions">
                  {m.decisions.map((d) => (
                    <li key={d.id}>{t("panel.decided", { body: d.body.name, date: d.decidedOn, outcome: tb(`outcome.${d.outcome}`) })}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {origins.length > 0 && (
        <ul className="idea-matters__create">
          {origins.map((o) => (
            <li key={`${o.kind}:${o.id}`}>
              <button type="button" className="button button--small" disabled={fetching} onClick={() => void onCreate(o)}>
                {fetching ? t("panel.creating") : o.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
