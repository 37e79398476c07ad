import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { ScaleLadderFragment } from "./fragments";
import "./scaling.css";

const RecordScaleStepMutation = graphql(
  `
    mutation RecordScaleStepForm($input: RecordScaleStepInput!) {
      recordScaleStep(input: $input) {
        idea {
          id
          stage
          ...ScaleLadder_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [ScaleLadderFragment, FormErrorsFragment],
);

interface Props {
  ideaId: string;
  currentStep: number;
  ladder: { step: number; title: string }[];
  onDone: (result: "saved" | "adopted" | "cancelled") => void;
}

/** The team records the step the idea stands at, with evidence; a step down asks why. */
export function ScaleStepForm({ ideaId, currentStep, ladder, onDone }: Props) {
  const { t } = useTranslation("learning");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [step, setStep] = useState(Math.min(currentStep + 1, 4));
  const [{ fetching }, record] = useMutation(RecordScaleStepMutation);
  useEffect(() => headingRef.current?.focus(), []);
  const down = step < currentStep;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noErrors);
    const r = await record({
      input: { ideaId, step, evidence: String(form.get("evidence") ?? ""), reason: down ? String(form.get("reason") ?? "") : "" },
    });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.recordScaleStep;
    if (p?.idea && p.errors.length === 0) return onDone(p.idea.stage === "ADOPTED" && step === 4 ? "adopted" : "saved");
    setErrors(toFormErrors(p?.errors ?? [], ["step", "evidence", "reason"]));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card scaling__form"
      labelledBy="scale-step-form-heading"
      heading={
        <h3 id="scale-step-form-heading" ref={headingRef} tabIndex={-1}>
          {t("ladder.recordHeading")}
        </h3>
      }
      submitLabel={t("ladder.save")}
      busyLabel={t("ladder.saving")}
      busy={fetching}
      onCancel={() => onDone("cancelled")}
      cancelLabel={t("ladder.cancel")}
    >
      <Field name="step" label={t("ladder.stepField")} error={errors.fields.step}>
        {(p) => (
          <select {...p} value={step} onChange={(e) => setStep(Number(e.currentTarget.value))}>
            {ladder.map((l) => (
              <option key={l.step} value={l.step}>
                {t("ladder.historyItem", { step: l.step, title: l.title })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="evidence" label={t("ladder.evidenceField")} hint={t("ladder.evidenceHint")} error={errors.fields.evidence}>
        {(p) => <textarea {...p} rows={4} maxLength={5000} required />}
      </Field>
      {down && (
        <Field name="reason" label={t("ladder.reasonField")} hint={t("ladder.reasonHint")} error={errors.fields.reason}>
          {(p) => <textarea {...p} rows={3} maxLength={2000} required />}
        </Field>
      )}
    </FormScaffold>
  );
}
