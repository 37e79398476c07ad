import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge, type Tone } from "../../ui/Badge";
import { formatDate } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import { LearningEditForm } from "./LearningEditForm";
import { DECISIONS, type Decision } from "../testing/DecisionForm";
import "./learning.css";

export const LearningEntryFragment = graphql(`
  fragment LearningEntry_learning on Learning {
    id
    title
    body
    outcome
    targetGroup
    cycleNumber
    published
    publishedAt
    createdAt
    viewerCanEdit
    ideaTitle
    idea {
      id
    }
    arena {
      id
      slug
      name
    }
    goals {
      id
      number
      title
    }
  }
`);

const PublishMutation = graphql(
  `
    mutation PublishLearningButton($id: ID!) {
      publishLearning(id: $id) {
        learning {
          id
          ...LearningEntry_learning
        }
        errors {
          message
        }
      }
    }
  `,
  [LearningEntryFragment],
);

const UnpublishMutation = graphql(
  `
    mutation UnpublishLearningButton($id: ID!) {
      unpublishLearning(id: $id) {
        learning {
          id
          ...LearningEntry_learning
        }
        errors {
          message
        }
      }
    }
  `,
  [LearningEntryFragment],
);

/** A learning's outcome is the decision it came from. */
export type Outcome = Decision;
export const OUTCOMES = DECISIONS;
const TONE: Record<Outcome, Tone> = { RETEST: "accent", PIVOT: "level", ADVANCE: "success", STOP: "warning" };

interface Props {
  learning: FragmentOf<typeof LearningEntryFragment>;
  /** Show which arena it comes from (when the list spans arenas). */
  showArena: boolean;
}

/**
 * One library entry: what was learned, its outcome in words (stops and failures are shown as
 * learnings, like the rest), the idea it came from when the reader may open it, and for the
 * arena's team the means to edit, publish and unpublish it.
 */
export function LearningEntry({ learning: ref, showArena }: Props) {
  const { t } = useTranslation("learning");
  const l = readFragment(LearningEntryFragment, ref);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState("");
  const [failure, setFailure] = useState("");
  const [publishState, publish] = useMutation(PublishMutation);
  const [unpublishState, unpublish] = useMutation(UnpublishMutation);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `learning-${l.id}`;
  const busy = publishState.fetching || unpublishState.fetching;

  const togglePublished = async () => {
    setStatus("");
    setFailure("");
    const r = l.published ? await unpublish({ id: l.id }) : await publish({ id: l.id });
    if (r.error) return setFailure(errorMessage(r.error, t("state.networkError", { ns: "translation" })));
    const p = r.data && ("publishLearning" in r.data ? r.data.publishLearning : r.data.unpublishLearning);
    if (p && p.errors.length > 0) return setFailure(p.errors.map((e) => e.message).join(" "));
    setStatus(l.published ? t("entry.unpublished_done") : t("entry.published_done"));
  };

  return (
    <article className="card learning-entry" aria-labelledby={headingId} tabIndex={-1}>
      <div className="learning-entry__head">
        <h3 id={headingId} className="learning-entry__title">
          {l.title}
        </h3>
        <p className="learning-entry__badges">
          <span className="visually-hidden">{t("entry.outcome")} </span>
          <Badge tone={TONE[l.outcome]}>{t(`outcome.${l.outcome}`)}</Badge>
          {!l.published && (
            <>
              {" "}
              <Badge tone="muted">{t("entry.internal")}</Badge>
            </>
          )}
        </p>
      </div>
      {!l.published && <p className="muted learning-entry__hint">{t("entry.internalHint")}</p>}
      {editing ? (
        <LearningEditForm
          learning={l}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setStatus(t("entry.saved"));
            // The edit button is back only after this render.
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <p className="learning-entry__body">{l.body}</p>
      )}
      <dl className="learning-entry__facts">
        <div>
          <dt>{t("entry.fromIdea")}</dt>
          <dd>
            {l.idea && l.ideaTitle ? (
              <Link to={`/a/${l.arena.slug}/ideas/${l.idea.id}`}>{l.ideaTitle}</Link>
            ) : (
              <span className="muted">{t("entry.hiddenIdea")}</span>
            )}
            {l.cycleNumber !== null && <>, {t("entry.cycle", { number: l.cycleNumber })}</>}
          </dd>
        </div>
        {l.targetGroup !== "" && (
          <div>
            <dt>{t("entry.targetGroup")}</dt>
            <dd>{l.targetGroup}</dd>
          </div>
        )}
        {l.goals.length > 0 && (
          <div>
            <dt>{t("entry.goals")}</dt>
            <dd>{l.goals.map((g) => `${g.number}. ${g.title}`).join("; ")}</dd>
          </div>
        )}
        {showArena && (
          <div>
            <dt>{t("entry.arena")}</dt>
            <dd>{l.arena.name}</dd>
          </div>
        )}
      </dl>
      <p className="muted learning-entry__date">
        {l.publishedAt ? t("entry.published", { date: formatDate(l.publishedAt) }) : t("entry.recorded", { date: formatDate(l.createdAt) })}
      </p>
      {l.viewerCanEdit && !editing && (
        <div className="button-row">
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void togglePublished()}>
            {l.published ? t("entry.unpublish") : t("entry.publish")}
          </button>
          <button
            ref={editButton}
            type="button"
            className="button button--ghost"
            onClick={() => {
              setStatus("");
              setEditing(true);
            }}
          >
            {t("entry.edit")}
          </button>
        </div>
      )}
      <p className="form__status" role="status">
        {status}
      </p>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </article>
  );
}
