import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormSection } from "../../forms/FormSection";
import { formText, useMutationForm } from "../../forms/useMutationForm";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import "./accounts.css";

const RequestPasswordResetMutation = graphql(
  `
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
      requestPasswordReset(input: $input) {
        requested
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** Asks for a reset link by mail; the answer does not say whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation("accounts");
  const form = useMutationForm(["email"]);
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = formText(event.currentTarget)("email");
    const result = await request({ input: { email } });
    if (form.accept(result, result.data?.requestPasswordReset)) setSentTo(email.trim());
  };
  return (
    <div className="narrow">
      <PageTitle parts={[t("forgot.title")]} />
      <h1 tabIndex={-1}>{t("forgot.title")}</h1>
      {sentTo ? (
        <div className="notice" role="status">
          <p>{t("forgot.sent", { email: sentTo })}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t("forgot.intro")}</p>
          <FormSection
            id="forgot-heading"
            title={t("forgot.title")}
            titleHidden
            form={form}
            onSubmit={onSubmit}
            submitLabel={t("forgot.submit")}
            busyLabel={t("forgot.submitting")}
            busy={fetching}
          >
            <Field name="email" label={t("forgot.email")} error={form.errors.fields.email}>
              {(p) => <input {...p} type="email" autoComplete="username" inputMode="email" spellCheck={false} />}
            </Field>
          </FormSection>
        </>
      )}
      <p className="form-footer">
        <Link to="/sign-in">{t("forgot.back")}</Link>
      </p>
    </div>
  );
}
