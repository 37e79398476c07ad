import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CombinedError, useMutation } from "urql";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import type { FormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { type FragmentOf, graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import { IdeaTimelineFragment } from "../ideas/IdeaTimeline";
import { NextStepListFragment, SessionListFragment, SupportPlanFragment } from "./fragments";
import "../../ui/confirm.css";

const UpdateSessionMutation = graphql(
  `
    mutation UpdateGuidanceSession($input: UpdateGuidanceSessionInput!) {
      updateGuidanceSession(input: $input) {
        idea {
          id
          ...SessionList_idea
          ...IdeaTimeline_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [SessionListFragment, IdeaTimelineFragment, FormErrorsFragment],
);
const UpdateNextStepMutation = graphql(
  `
    mutation UpdateNextStep($input: UpdateNextStepInput!) {
      updateNextStep(input: $input) {
        idea {
          id
          ...NextStepList_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [NextStepListFragment, FormErrorsFragment],
);
const AddNextStepMutation = graphql(
  `
    mutation AddNextStep($input: AddNextStepInput!) {
      addNextStep(input: $input) {
        idea {
          id
          ...NextStepList_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [NextStepListFragment, FormErrorsFragment],
);
const RemoveSupportNeedMutation = graphql(
  `
    mutation RemoveSupportNeed($id: ID!) {
      removeSupportNeed(id: $id) {
        idea {
          id
          ...SupportPlan_idea
          ...IdeaTimeline_idea
        }
        errors {
          message
        }
      }
    }
  `,
  [SupportPlanFragment, IdeaTimelineFragment],
);

const RemoveSessionMutation = graphql(
  `
    mutation RemoveGuidanceSession($id: ID!) {
      removeGuidanceSession(id: $id) {
        idea {
          id
          ...SessionList_idea
          ...NextStepList_idea
          ...IdeaTimeline_idea
        }
        errors {
          message
        }
      }
    }
  `,
  [SessionListFragment, NextStepListFragment, IdeaTimelineFragment],
);
const RemoveNextStepMutation = graphql(
  `
    mutation RemoveNextStep($id: ID!) {
      removeNextStep(id: $id) {
        idea {
          id
          ...NextStepList_idea
          ...IdeaTimeline_idea
        }
        errors {
          message
        }
      }
    }
  `,
  [NextStepListFragment, IdeaTimelineFragment],
);

type Payload = { idea?: { id: string } | null; errors: readonly FragmentOf<typeof FormErrorsFragment>[] } | undefined;

/**
 * A button that opens a form in its place: focus to the form's heading, back to the button on
 * close. The form calls `submit` with what to send; a payload without errors closes it.
 */
function InPlaceForm({
  opener,
  heading,
  fields,
  busy,
  run,
  children,
}: {
  opener: ReactNode;
  heading: string;
  fields: string[];
  busy: boolean;
  run: (form: FormData) => Promise<{ error?: CombinedError; payload: Payload }>;
  children: (errors: FormErrors["fields"]) => ReactNode;
}) {
  const { t } = useTranslation("guidance");
  const [open, setOpen] = useState(false);
  const { openerRef, headingRef } = useOpenerFocus(open);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const headingId = useId();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(noErrors);
    const { error, payload } = await run(new FormData(event.currentTarget));
    if (error) return setErrors({ fields: {}, general: [errorMessage(error, t("state.networkError", { ns: "translation" }))] });
    if (payload?.idea && payload.errors.length === 0) return setOpen(false);
    setErrors(toFormErrors(payload?.errors ?? [], fields));
  };

  if (!open)
    return (
      <button ref={openerRef} type="button" className="link-button" onClick={() => setOpen(true)}>
        {opener}
      </button>
    );
  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card guidance-edit"
      labelledBy={headingId}
      heading={
        <h4 id={headingId} ref={headingRef} tabIndex={-1}>
          {heading}
        </h4>
      }
      submitLabel={t("common.save")}
      busyLabel={t("common.saving")}
      busy={busy}
      onCancel={() => setOpen(false)}
      cancelLabel={t("common.cancel")}
    >
      {children(errors.fields)}
    </FormScaffold>
  );
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

export interface SessionValues {
  id: string;
  heldOn: string;
  participants: string;
  sharedNotes: string;
  internalNotes: string | null;
  advice: string;
}

/** For the guidance team: correct or complete a session's record. */
export function EditSession({ session: s }: { session: SessionValues }) {
  const { t } = useTranslation("guidance");
  const [{ fetching }, update] = useMutation(UpdateSessionMutation);
  const p = `session-${s.id}`;
  return (
    <InPlaceForm
      opener={
        <>
          {t("edits.editSession")}
          <span className="visually-hidden"> {s.heldOn}</span>
        </>
      }
      heading={t("edits.sessionHeading")}
      fields={["heldOn", "participants", "sharedNotes", "internalNotes", "advice"]}
      busy={fetching}
      run={async (form) => {
        const r = await update({
          input: {
            id: s.id,
            heldOn: text(form, "heldOn"),
            participants: text(form, "participants"),
            sharedNotes: text(form, "sharedNotes"),
            internalNotes: text(form, "internalNotes"),
            advice: text(form, "advice"),
          },
        });
        return { error: r.error, payload: r.data?.updateGuidanceSession };
      }}
    >
      {(errors) => (
        <>
          <Field name="heldOn" id={`${p}-heldOn`} label={t("sessions.heldOnLabel")} error={errors.heldOn}>
            {(c) => <input {...c} type="date" defaultValue={s.heldOn} />}
          </Field>
          <Field name="participants" id={`${p}-participants`} label={t("sessions.participants")} error={errors.participants}>
            {(c) => <input {...c} type="text" defaultValue={s.participants} />}
          </Field>
          <Field name="sharedNotes" id={`${p}-shared`} label={t("sessions.sharedLabel")} error={errors.sharedNotes}>
            {(c) => <textarea {...c} rows={4} defaultValue={s.sharedNotes} />}
          </Field>
          <Field
            name="internalNotes"
            id={`${p}-internal`}
            label={t("sessions.internalLabel")}
            hint={t("sessions.internalHint")}
            error={errors.internalNotes}
          >
            {(c) => <textarea {...c} rows={3} defaultValue={s.internalNotes ?? ""} />}
          </Field>
          <Field name="advice" id={`${p}-advice`} label={t("sessions.adviceLabel")} error={errors.advice}>
            {(c) => <textarea {...c} rows={3} defaultValue={s.advice} />}
          </Field>
        </>
      )}
    </InPlaceForm>
  );
}

/** The fields of a next step: what, who (when not a person with an account), by when. */
function StepFields({ prefix, errors, step }: { prefix: string; errors: FormErrors["fields"]; step?: StepValues }) {
  const { t } = useTranslation("guidance");
  return (
    <>
      <Field name="title" id={`${prefix}-title`} label={t("edits.stepTitle")} error={errors.title}>
        {(c) => <input {...c} type="text" defaultValue={step?.title ?? ""} />}
      </Field>
      {!step?.owner && (
        <Field
          name="ownerLabel"
          id={`${prefix}-owner`}
          label={t("edits.stepOwner")}
          hint={t("edits.stepOwnerHint")}
          optional
          error={errors.ownerLabel}
        >
          {(c) => <input {...c} type="text" defaultValue={step?.ownerLabel ?? ""} />}
        </Field>
      )}
      <Field name="dueOn" id={`${prefix}-due`} label={t("edits.stepDue")} optional error={errors.dueOn}>
        {(c) => <input {...c} type="date" defaultValue={step?.dueOn ?? ""} />}
      </Field>
    </>
  );
}

export interface StepValues {
  id: string;
  title: string;
  ownerLabel: string;
  owner: { id: string } | null;
  dueOn: string | null;
}

/** For the guidance team: change a next step's title, owner or due date. */
export function EditNextStep({ step }: { step: StepValues }) {
  const { t } = useTranslation("guidance");
  const [{ fetching }, update] = useMutation(UpdateNextStepMutation);
  return (
    <InPlaceForm
      opener={
        <>
          {t("edits.editStep")}
          <span className="visually-hidden">: {step.title}</span>
        </>
      }
      heading={t("edits.stepHeading", { title: step.title })}
      fields={["title", "ownerLabel", "dueOn"]}
      busy={fetching}
      run={async (form) => {
        const due = text(form, "dueOn");
        const r = await update({
          input: {
            id: step.id,
            title: text(form, "title"),
            ...(step.owner ? {} : { ownerLabel: text(form, "ownerLabel") }),
            ...(due ? { dueOn: due } : {}),
          },
        });
        return { error: r.error, payload: r.data?.updateNextStep };
      }}
    >
      {(errors) => <StepFields prefix={`step-${step.id}`} errors={errors} step={step} />}
    </InPlaceForm>
  );
}

/** For the guidance team: a next step agreed outside a session. */
export function AddNextStep({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("guidance");
  const [{ fetching }, add] = useMutation(AddNextStepMutation);
  return (
    <InPlaceForm
      opener={t("edits.addStep")}
      heading={t("edits.addStepHeading")}
      fields={["title", "ownerLabel", "dueOn"]}
      busy={fetching}
      run={async (form) => {
        const due = text(form, "dueOn");
        const r = await add({ input: { ideaId, title: text(form, "title"), ownerLabel: text(form, "ownerLabel"), dueOn: due || null } });
        return { error: r.error, payload: r.data?.addNextStep };
      }}
    >
      {(errors) => <StepFields prefix={`new-step-${ideaId}`} errors={errors} />}
    </InPlaceForm>
  );
}

type RemoveResult = { error?: CombinedError; message?: string };

/**
 * A remove button that asks first: the question says what goes and what stays, and focus moves
 * to it; "Avbryt" puts focus back on the button.
 */
function ConfirmRemove({
  label,
  name,
  question,
  busy,
  run,
}: {
  label: string;
  name: string;
  question: string;
  busy: boolean;
  run: () => Promise<RemoveResult>;
}) {
  const { t } = useTranslation("guidance");
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { openerRef, headingRef } = useOpenerFocus(asking);
  const onConfirm = async () => {
    setProblem(null);
    const r = await run();
    const message = r.error ? errorMessage(r.error, t("state.networkError", { ns: "translation" })) : r.message;
    if (message) setProblem(message);
  };
  if (!asking)
    return (
      <button ref={openerRef} type="button" className="link-button" onClick={() => setAsking(true)}>
        {label}
        <span className="visually-hidden">: {name}</span>
      </button>
    );
  return (
    <div className="confirm-panel" role="group" aria-label={`${label}: ${name}`}>
      <p ref={headingRef} tabIndex={-1}>
        {question}
      </p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <p className="button-row">
        <button type="button" className="button button--danger" disabled={busy} onClick={() => void onConfirm()}>
          {busy ? t("edits.removing") : t("edits.confirmRemove")}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setAsking(false)}>
          {t("edits.cancelRemove")}
        </button>
      </p>
    </div>
  );
}

/** For the guidance team: remove a session recorded by mistake; its next steps stay. */
export function RemoveSession({ id, heldOn }: { id: string; heldOn: string }) {
  const { t } = useTranslation("guidance");
  const [{ fetching }, remove] = useMutation(RemoveSessionMutation);
  return (
    <ConfirmRemove
      label={t("edits.removeSession")}
      name={heldOn}
      question={t("edits.removeSessionQuestion", { date: heldOn })}
      busy={fetching}
      run={async () => {
        const r = await remove({ id });
        return { error: r.error, message: r.data?.removeGuidanceSession.errors[0]?.message };
      }}
    />
  );
}

/** For the guidance team: remove a next step agreed by mistake. */
export function RemoveNextStep({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation("guidance");
  const [{ fetching }, remove] = useMutation(RemoveNextStepMutation);
  return (
    <ConfirmRemove
      label={t("edits.removeStep")}
      name={title}
      question={t("edits.removeStepQuestion", { title })}
      busy={fetching}
      run={async () => {
        const r = await remove({ id });
        return { error: r.error, message: r.data?.removeNextStep.errors[0]?.message };
      }}
    />
  );
}

/** For the guidance team: remove a need from the support plan. */
export function RemoveNeed({ id, label }: { id: string; label: string }) {
  const { t } = useTranslation("guidance");
  const [{ fetching }, remove] = useMutation(RemoveSupportNeedMutation);
  return (
    <ConfirmRemove
      label={t("edits.removeNeed")}
      name={label}
      question={t("edits.removeNeedQuestion", { need: label })}
      busy={fetching}
      run={async () => {
        const r = await remove({ id });
        return { error: r.error, message: r.data?.removeSupportNeed.errors[0]?.message };
      }}
    />
  );
}
