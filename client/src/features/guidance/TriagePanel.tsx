import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Choice, Fieldset } from "../../forms/Choices";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { ActorPicker } from "./ActorPicker";
import { GuidePicker } from "./GuidePicker";
import { MergeTargetPicker } from "./MergeTargetPicker";
import "./guidance.css";

const TriageIdeaMutation = graphql(
  `
    mutation TriageIdea($input: TriageInput!) {
      triageIdea(input: $input) {
        confirmationUrl
        idea {
          id
          stage
          hearBackBy
          guides {
            id
            name
          }
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

export const DECISIONS = ["ACCEPT", "NEEDS_INFO", "REFER", "MERGE", "DECLINE"] as const;
export type Decision = (typeof DECISIONS)[number];
const REASON_REQUIRED: readonly Decision[] = ["REFER", "MERGE", "DECLINE"];
const FIELDS = ["decision", "reason", "guideIds", "question", "mergeIntoId", "actorId"];

interface Props {
  ideaId: string;
  ideaTitle: string;
  arenaSlug: string;
  arenaId: string;
  /** After a referral, the actor's personal link (shown once). */
  onDone: (decision: Decision, confirmationUrl: string | null) => void;
}

/** A coordinator's decision on a submitted idea, with what each decision needs. */
export function TriagePanel({ ideaId, ideaTitle, arenaSlug, arenaId, onDone }: Props) {
  const { t } = useTranslation("guidance");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [guideIds, setGuideIds] = useState<string[]>([]);
  const [mergeIntoId, setMergeIntoId] = useState<string | null>(null);
  const [{ fetching }, triage] = useMutation(TriageIdeaMutation);
  const name = `triage-${ideaId}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!decision) return setErrors({ fields: { decision: t("triage.chooseDecision") }, general: [] });
    const form = new FormData(event.currentTarget);
    const reason = String(form.get("reason") ?? "").trim();
    const question = String(form.get("question") ?? "").trim();
    setErrors(noErrors);
    const result = await triage({
      input: {
        ideaId,
        decision,
        reason: reason || null,
        guideIds: decision === "ACCEPT" ? guideIds : null,
        question: decision === "NEEDS_INFO" ? question : null,
        mergeIntoId: decision === "MERGE" ? mergeIntoId : null,
        actorId: decision === "REFER" ? String(form.get("actorId") ?? "") || null : null,
      },
    });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const payload = result.data?.triageIdea;
    if (payload?.idea && payload.errors.length === 0) return onDone(decision, payload.confirmationUrl ?? null);
    setErrors(toFormErrors(payload?.errors ?? [], FIELDS));
  };

  return (
    <form ref={formRef} className="form triage-form" noValidate onSubmit={onSubmit} aria-label={`${t("intake.triage")}: ${ideaTitle}`}>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <Fieldset legend={t("triage.legend")} error={errors.fields.decision}>
        {DECISIONS.map((d) => (
          <Choice
            key={d}
            type="radio"
            name={`${name}-decision`}
            value={d}
            label={t(`triage.decisions.${d}`)}
            hint={t(`triage.hints.${d}`)}
            checked={decision === d}
            invalid={errors.fields.decision !== undefined}
            onChange={(on) => on && setDecision(d)}
          />
        ))}
      </Fieldset>
      {decision === "ACCEPT" && (
        <GuidePicker arenaSlug={arenaSlug} name={`${name}-guides`} value={guideIds} onChange={setGuideIds} error={errors.fields.guideIds} />
      )}
      {decision === "NEEDS_INFO" && (
        <Field name="question" label={t("triage.question")} error={errors.fields.question}>
          {(p) => <textarea {...p} rows={3} maxLength={2000} />}
        </Field>
      )}
      {decision === "REFER" && <ActorPicker arenaId={arenaId} id={`${name}-actor`} error={errors.fields.actorId} />}
      {decision === "MERGE" && (
        <MergeTargetPicker
          arenaSlug={arenaSlug}
          ideaId={ideaId}
          value={mergeIntoId}
          onChange={setMergeIntoId}
          error={errors.fields.mergeIntoId}
        />
      )}
      {decision && (
        <Field
          name="reason"
          label={t("common.reason")}
          hint={
            decision === "REFER"
              ? t("triage.referReasonHint")
              : REASON_REQUIRED.includes(decision)
                ? t("triage.reasonHint")
                : t("triage.reasonOptionalHint")
          }
          optional={!REASON_REQUIRED.includes(decision)}
          error={errors.fields.reason}
        >
          {(p) => <textarea {...p} rows={3} maxLength={2000} />}
        </Field>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? t("triage.submitting") : t("triage.submit")}
        </button>
      </div>
    </form>
  );
}
