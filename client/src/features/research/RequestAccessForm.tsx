import { type FormEvent, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import "./research.css";

const RequestIdeaAccessMutation = graphql(
  `
    mutation RequestIdeaAccess($input: RequestIdeaAccessInput!) {
      requestIdeaAccess(input: $input) {
        accessRequest {
          id
          ideaId
          status
          reason
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** A researcher asks an idea's bearers for access, saying why. */
export function RequestAccessForm({ ideaId, onSent, onCancel }: { ideaId: string; onSent: () => void; onCancel: () => void }) {
  const { t } = useTranslation("research");
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, request] = useMutation(RequestIdeaAccessMutation);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
    setErrors(noErrors);
    const result = await request({ input: { ideaId, reason } });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const payload = result.data?.requestIdeaAccess;
    if (payload?.accessRequest && payload.errors.length === 0) return onSent();
    setErrors(toFormErrors(payload?.errors ?? [], ["reason"]));
  };

  return (
    <form ref={formRef} className="form request-access" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="request-access__title">
        {t("request.heading")}
      </h3>
      <p className="muted">{t("request.intro")}</p>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <Field name="reason" id={`${id}-reason`} label={t("request.reason")} hint={t("request.reasonHint")} error={errors.fields.reason}>
        {(c) => <textarea {...c} rows={3} maxLength={2000} required />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? t("request.sending") : t("request.send")}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("request.cancel")}
        </button>
      </div>
    </form>
  );
}
