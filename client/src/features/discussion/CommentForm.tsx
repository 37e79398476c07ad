import { type FormEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { type FormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import "./discussion.css";

/** The server's limit (server/modules/discussion/discussion.inputs.ts). */
export const COMMENT_MAX = 5000;

interface Props {
  label: string;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  initial?: string;
  autoFocus?: boolean;
  /** Sends the text; resolves to the errors to show, or null when it went through (the form then empties). */
  onSubmit: (body: string) => Promise<FormErrors | null>;
  onCancel?: () => void;
}

/** Writing a comment, a reply or an edit: one labelled text area, its errors, and a send button. */
export function CommentForm({ label, submitLabel, busyLabel, busy, initial = "", autoFocus, onSubmit, onCancel }: Props) {
  const { t } = useTranslation("discussion");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get("body") ?? "");
    const result = await onSubmit(body);
    if (result) return setErrors(result);
    setErrors({ fields: {}, general: [] });
    form.reset();
  };

  return (
    <form ref={formRef} className="form comment-form" noValidate onSubmit={submit}>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <Field name="body" label={label} error={errors.fields.body}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            maxLength={COMMENT_MAX}
            defaultValue={initial}
            // Opening a reply or an edit is a request to write: the field takes focus.
            autoFocus={autoFocus}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t("discussion.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
