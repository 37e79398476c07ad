import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormSection } from "../../forms/FormSection";
import { formText, useMutationForm } from "../../forms/useMutationForm";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import "./accounts.css";

const ResetPasswordMutation = graphql(
  `
    mutation ResetPassword($input: ResetPasswordInput!) {
      resetPassword(input: $input) {
        user {
          id
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** The page of a reset link: choose a new password. A used or expired link says so, with a way to ask again. */
export function ResetPasswordPage() {
  const { t } = useTranslation("accounts");
  const { token = "" } = useParams();
  const form = useMutationForm(["newPassword"]);
  const [{ fetching }, reset] = useMutation(ResetPasswordMutation);
  const [done, setDone] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await reset({ input: { token, newPassword: formText(event.currentTarget)("newPassword") } });
    setDone(form.accept(result, result.data?.resetPassword));
  };
  return (
    <div className="narrow">
      <PageTitle parts={[t("reset.title")]} />
      <h1 tabIndex={-1}>{t("reset.title")}</h1>
      {done ? (
        <div className="notice" role="status">
          <p>{t("reset.done")}</p>
          <Link className="button button--primary" to="/sign-in">
            {t("account.signIn")}
          </Link>
        </div>
      ) : (
        <>
          <p className="lead">{t("reset.intro")}</p>
          <FormSection
            id="reset-heading"
            title={t("reset.title")}
            titleHidden
            form={form}
            onSubmit={onSubmit}
            submitLabel={t("reset.submit")}
            busyLabel={t("reset.submitting")}
            busy={fetching}
          >
            <Field name="newPassword" label={t("reset.password")} hint={t("register.passwordHint")} error={form.errors.fields.newPassword}>
              {(p) => <input {...p} type="password" autoComplete="new-password" />}
            </Field>
          </FormSection>
          <p className="form-footer">
            <Link to="/forgot-password">{t("reset.askAgain")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
