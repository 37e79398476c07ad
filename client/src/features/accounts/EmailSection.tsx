import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormSection } from "../../forms/FormSection";
import { graphql } from "../../graphql";
import { formText, useMutationForm } from "../../forms/useMutationForm";

const ChangeEmailMutation = graphql(
  `
    mutation ChangeEmail($input: ChangeEmailInput!) {
      changeEmail(input: $input) {
        pendingEmail
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** Mitt konto: a new email address, which takes effect once confirmed through the mail sent to it. */
export function EmailSection({ email }: { email: string | null }) {
  const { t } = useTranslation("accounts");
  const form = useMutationForm(["newEmail", "password"]);
  const [{ fetching }, change] = useMutation(ChangeEmailMutation);
  const [pending, setPending] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const text = formText(target);
    const result = await change({ input: { newEmail: text("newEmail"), password: text("password") } });
    if (!form.accept(result, result.data?.changeEmail)) return;
    setPending(result.data?.changeEmail.pendingEmail ?? null);
    target.reset();
  };
  return (
    <FormSection
      id="email-heading"
      title={t("email.heading")}
      intro={<p className="muted">{t("email.current", { email: email ?? "" })}</p>}
      form={form}
      onSubmit={onSubmit}
      submitLabel={t("email.submit")}
      busyLabel={t("email.submitting")}
      busy={fetching}
      status={pending ? t("email.pending", { email: pending }) : null}
    >
      <Field name="newEmail" label={t("email.newEmail")} error={form.errors.fields.newEmail}>
        {(p) => <input {...p} type="email" autoComplete="email" inputMode="email" spellCheck={false} />}
      </Field>
      <Field name="password" label={t("email.password")} hint={t("email.passwordHint")} error={form.errors.fields.password}>
        {(p) => <input {...p} type="password" autoComplete="current-password" />}
      </Field>
    </FormSection>
  );
}
