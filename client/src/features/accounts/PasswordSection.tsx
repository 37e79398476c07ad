import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql } from "../../graphql";
import { formText, useMutationForm } from "../../forms/useMutationForm";

const ChangePasswordMutation = graphql(
  `
    mutation ChangePassword($input: ChangePasswordInput!) {
      changePassword(input: $input) {
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

/** Mitt konto: a new password, given the current one; the person's other sessions end. */
export function PasswordSection() {
  const { t } = useTranslation("accounts");
  const form = useMutationForm(["currentPassword", "newPassword"]);
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);
  const [changed, setChanged] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const text = formText(target);
    setChanged(false);
    const result = await change({ input: { currentPassword: text("currentPassword"), newPassword: text("newPassword") } });
    if (!form.accept(result, result.data?.changePassword)) return;
    setChanged(true);
    target.reset();
  };
  return (
    <section className="section" aria-labelledby="password-heading">
      <FormScaffold
        formRef={form.formRef}
        summaryRef={form.summaryRef}
        errors={form.errors}
        onSubmit={onSubmit}
        className="card"
        labelledBy="password-heading"
        heading={<h2 id="password-heading">{t("password.heading")}</h2>}
        submitLabel={t("password.submit")}
        busyLabel={t("password.submitting")}
        busy={fetching}
      >
        <Field name="currentPassword" label={t("password.current")} error={form.errors.fields.currentPassword}>
          {(p) => <input {...p} type="password" autoComplete="current-password" />}
        </Field>
        <Field
          name="newPassword"
          label={t("password.newPassword")}
          hint={t("register.passwordHint")}
          error={form.errors.fields.newPassword}
        >
          {(p) => <input {...p} type="password" autoComplete="new-password" />}
        </Field>
      </FormScaffold>
      <p className="form__status" role="status">
        {changed ? t("password.changed") : ""}
      </p>
    </section>
  );
}
