import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { IdeaTimelineFragment } from "../ideas/IdeaTimeline";
import { NextStepListFragment } from "./NextStepList";
import { SessionListFragment } from "./SessionList";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import { today } from "../../ui/format";
import "./guidance.css";
import "../../forms/Choices.css";

const RecordGuidanceSessionMutation = graphql(
  `
    mutation RecordGuidanceSession($input: RecordGuidanceSessionInput!) {
      recordGuidanceSession(input: $input) {
        session {
          id
        }
        idea {
          id
          stage
          ...SessionList_idea
          ...NextStepList_idea
          ...IdeaTimeline_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [SessionListFragment, NextStepListFragment, IdeaTimelineFragment, FormErrorsFragment],
);

const BASE_FIELDS = ["heldOn", "participants", "sharedNotes", "internalNotes", "advice", "nextSteps"];
const stepFields = (n: number) =>
  Array.from({ length: n }, (_, i) => [`nextSteps.${i}.title`, `nextSteps.${i}.ownerLabel`, `nextSteps.${i}.dueOn`]).flat();

/** For the guidance team: record a session, its notes (shared or internal) and the next steps agreed. */
export function RecordSessionForm({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("guidance");
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [steps, setSteps] = useState<number[]>([0]);
  const nextKey = useRef(1);
  const { openerRef, headingRef } = useOpenerFocus(open);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, record] = useMutation(RecordGuidanceSessionMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const nextSteps = steps
      .map((key) => ({
        title: text(`step-${key}-title`),
        ownerLabel: text(`step-${key}-owner`) || null,
        dueOn: text(`step-${key}-due`) || null,
      }))
      .filter((s) => s.title !== "" || s.ownerLabel !== null || s.dueOn !== null);
    setErrors(noErrors);
    const result = await record({
      input: {
        ideaId,
        heldOn: text("heldOn"),
        participants: text("participants"),
        sharedNotes: text("sharedNotes"),
        internalNotes: text("internalNotes"),
        advice: text("advice"),
        nextSteps,
      },
    });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const payload = result.data?.recordGuidanceSession;
    if (payload?.session && payload.errors.length === 0) {
      setSaved(true);
      setSteps([0]);
      setOpen(false);
      return;
    }
    setErrors(toFormErrors(payload?.errors ?? [], [...BASE_FIELDS, ...stepFields(steps.length)]));
  };

  if (!open) {
    return (
      <div className="record-session">
        <button
          ref={openerRef}
          type="button"
          className="button button--primary"
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
        >
          {t("sessions.record")}
        </button>
        <p className="form__status" role="status">
          {saved ? t("sessions.saved") : ""}
        </p>
      </div>
    );
  }
  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card record-session-form"
      labelledBy="record-session-heading"
      heading={
        <h3 id="record-session-heading" ref={headingRef} tabIndex={-1}>
          {t("sessions.recordHeading")}
        </h3>
      }
      submitLabel={t("sessions.submit")}
      busyLabel={t("sessions.submitting")}
      busy={fetching}
      onCancel={() => setOpen(false)}
      cancelLabel={t("common.cancel")}
    >
      <div className="form-row">
        <Field name="heldOn" label={t("sessions.heldOnLabel")} error={errors.fields.heldOn}>
          {(p) => <input {...p} type="date" max={today()} defaultValue={today()} required />}
        </Field>
        <Field
          name="participants"
          label={t("sessions.participants")}
          hint={t("sessions.participantsHint")}
          optional
          error={errors.fields.participants}
        >
          {(p) => <input {...p} type="text" maxLength={1000} />}
        </Field>
      </div>
      <Field name="sharedNotes" label={t("sessions.sharedLabel")} optional error={errors.fields.sharedNotes}>
        {(p) => <textarea {...p} rows={4} maxLength={10000} />}
      </Field>
      <Field
        name="internalNotes"
        label={t("sessions.internalLabel")}
        hint={t("sessions.internalHint")}
        optional
        error={errors.fields.internalNotes}
      >
        {(p) => <textarea {...p} rows={3} maxLength={10000} />}
      </Field>
      <Field name="advice" label={t("sessions.adviceLabel")} optional error={errors.fields.advice}>
        {(p) => <textarea {...p} rows={3} maxLength={10000} />}
      </Field>
      <fieldset className="choice-group step-drafts">
        <legend className="choice-group__legend">{t("sessions.stepsLegend")}</legend>
        {errors.fields.nextSteps && <p className="field__error">{errors.fields.nextSteps}</p>}
        {steps.map((key, i) => (
          <div key={key} className="step-draft">
            <Field
              name={`step-${key}-title`}
              label={t("sessions.stepTitle", { n: i + 1 })}
              optional
              error={errors.fields[`nextSteps.${i}.title`]}
            >
              {(p) => <input {...p} type="text" maxLength={300} />}
            </Field>
            <div className="form-row">
              <Field
                name={`step-${key}-owner`}
                label={t("sessions.stepOwner")}
                hint={t("sessions.stepOwnerHint")}
                optional
                error={errors.fields[`nextSteps.${i}.ownerLabel`]}
              >
                {(p) => <input {...p} type="text" maxLength={200} />}
              </Field>
              <Field name={`step-${key}-due`} label={t("sessions.stepDue")} optional error={errors.fields[`nextSteps.${i}.dueOn`]}>
                {(p) => <input {...p} type="date" min={today()} />}
              </Field>
            </div>
            {steps.length > 1 && (
              <button type="button" className="link-button link-button--danger" onClick={() => setSteps(steps.filter((k) => k !== key))}>
                {t("sessions.removeStep", { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setSteps([...steps, nextKey.current]);
            nextKey.current += 1;
          }}
        >
          {t("sessions.addStep")}
        </button>
      </fieldset>
    </FormScaffold>
  );
}
