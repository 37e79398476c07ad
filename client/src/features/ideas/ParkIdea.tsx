import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import { IdeaTimelineFragment } from "./IdeaTimeline";
import "../../ui/confirm.css";

const ParkIdeaMutation = graphql(
  `
    mutation ParkIdea($input: ParkIdeaInput!) {
      parkIdea(input: $input) {
        idea {
          id
          stage
          version
          ...IdeaTimeline_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [IdeaTimelineFragment, FormErrorsFragment],
);
const ResumeIdeaMutation = graphql(
  `
    mutation ResumeIdea($input: ResumeIdeaInput!) {
      resumeIdea(input: $input) {
        idea {
          id
          stage
          version
          ...IdeaTimeline_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [IdeaTimelineFragment, FormErrorsFragment],
);

/** Stages of work in progress, which a coordinator may pause (as the server's lifecycle says). */
const PARKABLE = ["SUBMITTED", "NEEDS_INFO", "GUIDANCE", "DEVELOPMENT", "TESTING", "SCALING"];

/** The coordinator's line on an idea page: park it with a reason, or resume a parked idea. */
export function ParkIdea({ ideaId, stage }: { ideaId: string; stage: string }) {
  const { t } = useTranslation("ideas");
  const [open, setOpen] = useState(false);
  const { openerRef, headingRef } = useOpenerFocus(open);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching: parking }, park] = useMutation(ParkIdeaMutation);
  const [{ fetching: resuming }, resume] = useMutation(ResumeIdeaMutation);

  const onPark = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    setErrors(noErrors);
    const result = await park({ input: { id: ideaId, reason } });
    if (result.error) return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError"))] });
    const payload = result.data?.parkIdea;
    if (payload?.idea) return setOpen(false);
    setErrors(toFormErrors(payload?.errors ?? [], ["reason"]));
  };
  const onResume = async () => {
    setErrors(noErrors);
    const result = await resume({ input: { id: ideaId } });
    if (result.error) return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError"))] });
    setErrors(toFormErrors(result.data?.resumeIdea.errors ?? [], []));
  };

  if (stage === "PARKED") {
    return (
      <div className="park-idea">
        <ErrorSummary ref={summaryRef} errors={errors} />
        <button type="button" className="button button--ghost" disabled={resuming} onClick={() => void onResume()}>
          {resuming ? t("park.resuming") : t("park.resume")}
        </button>
      </div>
    );
  }
  if (!PARKABLE.includes(stage)) return null;
  if (!open) {
    return (
      <button ref={openerRef} type="button" className="button button--ghost" onClick={() => setOpen(true)}>
        {t("park.open")}
      </button>
    );
  }
  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onPark}
      className="confirm-panel"
      labelledBy="park-heading"
      heading={
        <h3 id="park-heading" ref={headingRef} tabIndex={-1} className="tool-heading">
          {t("park.heading")}
        </h3>
      }
      submitLabel={t("park.confirm")}
      busyLabel={t("park.parking")}
      busy={parking}
      onCancel={() => setOpen(false)}
      cancelLabel={t("park.cancel")}
    >
      <Field name="reason" label={t("park.reason")} hint={t("park.reasonHint")} error={errors.fields.reason}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} required />}
      </Field>
    </FormScaffold>
  );
}
