import { type FormEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { graphql } from "../../graphql";
import { today } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import { UPDATE_STATUSES, type ActivityStatus } from "./types";

const RecordUpdate = graphql(
  `
    mutation RecordActivityUpdateForm($input: RecordActivityUpdateInput!) {
      recordActivityUpdate(input: $input) {
        activity {
          id
          status
          progress
          version
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** A status update, inline under an activity: for its responsible body's members and its contact person. */
export function UpdateForm({ activityId, title, onDone }: { activityId: string; title: string; onDone: () => void }) {
  const { t } = useTranslation("plans");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, record] = useMutation(RecordUpdate);
  useEffect(() => headingRef.current?.focus(), []);
  const headingId = `update-heading-${activityId}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    setErrors(noErrors);
    const evidence = text("evidenceUrl") ? [{ title: text("evidenceTitle") || text("evidenceUrl"), url: text("evidenceUrl") }] : [];
    const progress = Number.parseInt(text("progress"), 10);
    const r = await record({
      input: {
        activityId,
        reportedOn: text("reportedOn"),
        status: text("status") as ActivityStatus,
        progress: Number.isFinite(progress) ? progress : -1,
        comment: text("comment"),
        evidence,
      },
    });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.recordActivityUpdate;
    if (p?.activity && p.errors.length === 0) return onDone();
    const errs = toFormErrors(p?.errors ?? [], ["reportedOn", "status", "progress", "comment", "evidence.0.url", "evidence.0.title"]);
    errs.fields.evidenceUrl = errs.fields["evidence.0.url"];
    errs.fields.evidenceTitle = errs.fields["evidence.0.title"];
    setErrors(errs);
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card plan-form plan-update-form"
      labelledBy={headingId}
      heading={
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {t("update.heading")}: {title}
        </h3>
      }
      submitLabel={t("update.submit")}
      busyLabel={t("update.busy")}
      busy={fetching}
      onCancel={onDone}
      cancelLabel={t("update.cancel")}
    >
      <div className="plan-form__row">
        <Field name="reportedOn" label={t("update.reportedOn")} error={errors.fields.reportedOn}>
          {(p) => <input {...p} type="date" defaultValue={today()} required />}
        </Field>
        <Field name="status" label={t("update.status")} error={errors.fields.status}>
          {(p) => (
            <select {...p} defaultValue="ON_TRACK">
              {UPDATE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="progress" label={t("update.progress")} error={errors.fields.progress}>
          {(p) => <input {...p} type="number" min={0} max={100} step={1} inputMode="numeric" required />}
        </Field>
      </div>
      <Field name="comment" label={t("update.comment")} optional error={errors.fields.comment}>
        {(p) => <textarea {...p} rows={2} maxLength={5000} />}
      </Field>
      <div className="plan-form__row">
        <Field name="evidenceTitle" label={t("update.evidenceTitle")} optional error={errors.fields.evidenceTitle}>
          {(p) => <input {...p} type="text" maxLength={300} />}
        </Field>
        <Field
          name="evidenceUrl"
          label={t("update.evidenceUrl")}
          hint={t("update.evidenceHint")}
          optional
          error={errors.fields.evidenceUrl}
        >
          {(p) => <input {...p} type="url" maxLength={2000} />}
        </Field>
      </div>
    </FormScaffold>
  );
}
