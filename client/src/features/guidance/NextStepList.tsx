import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { errorMessage } from "../../ui/QueryState";
import { IdeaTimelineFragment } from "../ideas/IdeaTimeline";
import { formatLocalDate } from "../../ui/format";
import { AddNextStep, EditNextStep, RemoveNextStep } from "./GuidanceEdits";
import { NextStepFragment, NextStepListFragment } from "./fragments";
import "./guidance.css";

const SetNextStepDoneMutation = graphql(
  `
    mutation SetNextStepDone($input: SetNextStepDoneInput!) {
      setNextStepDone(input: $input) {
        nextStep {
          id
          ...NextStep_step
        }
        idea {
          id
          ...IdeaTimeline_idea
        }
        errors {
          message
        }
      }
    }
  `,
  [NextStepFragment, IdeaTimelineFragment],
);

/** One next step: what, who, by when; a checkbox marks it done (for those who may). */
export function NextStepItem({
  step: ref,
  canToggle,
  idea,
  children,
}: {
  step: FragmentOf<typeof NextStepFragment>;
  canToggle: boolean;
  /** The step's idea, where a list mixes ideas. */
  idea?: ReactNode;
  /** More for those who may: an edit button and its form. */
  children?: ReactNode;
}) {
  const { t } = useTranslation("guidance");
  const step = readFragment(NextStepFragment, ref);
  const [{ fetching }, setDone] = useMutation(SetNextStepDoneMutation);
  const [error, setError] = useState<string | null>(null);
  // The box follows the click at once; the server's answer then settles it.
  const [pending, setPending] = useState<boolean | null>(null);
  const checked = pending ?? step.done;
  const owner = step.owner?.name ?? step.ownerLabel;
  const toggle = async (done: boolean) => {
    setError(null);
    setPending(done);
    const r = await setDone({ input: { id: step.id, done } });
    setPending(null);
    const message = r.error
      ? errorMessage(r.error, t("state.networkError", { ns: "translation" }))
      : r.data?.setNextStepDone.errors[0]?.message;
    if (message) setError(message);
  };
  const checkboxId = `step-${step.id}`;
  return (
    <li className={`next-step${step.done ? " next-step--done" : ""}`}>
      {canToggle ? (
        <input
          type="checkbox"
          id={checkboxId}
          className="next-step__check"
          checked={checked}
          disabled={fetching}
          onChange={(e) => void toggle(e.currentTarget.checked)}
          aria-label={t("nextSteps.markDone", { title: step.title })}
        />
      ) : null}
      <div className="next-step__text">
        <p className="next-step__title">
          {step.title}
          {step.done && <Badge tone="success">{t("nextSteps.done")}</Badge>}
          {step.overdue && <Badge tone="danger">{t("nextSteps.overdue")}</Badge>}
        </p>
        <p className="next-step__meta muted">
          {idea !== undefined && <span>{idea} · </span>}
          {owner && <span>{t("nextSteps.owner", { owner })} · </span>}
          <span>{step.dueOn ? t("nextSteps.due", { date: formatLocalDate(step.dueOn) }) : t("nextSteps.noDue")}</span>
        </p>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        {children}
      </div>
    </li>
  );
}

/** The idea's agreed next steps, soonest due first. */
export function NextStepList({
  idea: ref,
  canToggle,
  canEdit = false,
}: {
  idea: FragmentOf<typeof NextStepListFragment>;
  canToggle: boolean;
  /** The guidance team may edit steps and add one outside a session. */
  canEdit?: boolean;
}) {
  const { t } = useTranslation("guidance");
  const { id: ideaId, nextSteps } = readFragment(NextStepListFragment, ref);
  if (!nextSteps) return null;
  return (
    <section className="guidance-part" aria-labelledby="next-steps-heading">
      <h3 id="next-steps-heading">{t("nextSteps.heading")}</h3>
      {nextSteps.length === 0 ? (
        <p className="empty">{t("nextSteps.empty")}</p>
      ) : (
        <ul className="next-steps">
          {nextSteps.map((s) => (
            <NextStepItem key={s.id} step={s} canToggle={canToggle}>
              {canEdit && <EditNextStep step={readFragment(NextStepFragment, s)} />}
              {canEdit && <RemoveNextStep id={readFragment(NextStepFragment, s).id} title={readFragment(NextStepFragment, s).title} />}
            </NextStepItem>
          ))}
        </ul>
      )}
      {canEdit && <AddNextStep ideaId={ideaId} />}
    </section>
  );
}

export { NextStepFragment, NextStepListFragment };
