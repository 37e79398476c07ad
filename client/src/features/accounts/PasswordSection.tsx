import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormSection } from "../../forms/FormSection";
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
    <FormSection
      id="password-heading"
      title={t("password.heading")}
      form={form}
      onSubmit={onSubmit}
      submitLabel={t("password.submit")}
      busyLabel={t("password.submitting")}
      busy={fetching}
      status={changed ? t("password.changed") : null}
    >
      <Field name="currentPassword" label={t("password.current")} error={form.errors.fields.currentPassword}>
        {(p) => <input {...p} type="password" autoComplete="current-password" />}
      </Field>
      <Field name="newPassword" label={t("password.newPassword")} hint={t("register.passwordHint")} error={form.errors.fields.newPassword}>
        {(p) => <input {...p} type="password" autoComplete="new-password" />}
      </Field>
    </FormSection>
  );
}
