import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormSection } from "../../forms/FormSection";
import { graphql } from "../../graphql";
import { formText, useMutationForm } from "../../forms/useMutationForm";

const UpdateProfileMutation = graphql(
  `
    mutation UpdateProfile($input: UpdateProfileInput!) {
      updateProfile(input: $input) {
        user {
          id
          name
          organisation
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** Mitt konto: the person's name and organisation. */
export function ProfileSection({ name, organisation }: { name: string; organisation: string }) {
  const { t } = useTranslation("accounts");
  const form = useMutationForm(["name", "organisation"]);
  const [{ fetching }, update] = useMutation(UpdateProfileMutation);
  const [saved, setSaved] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = formText(event.currentTarget);
    setSaved(false);
    const result = await update({ input: { name: text("name"), organisation: text("organisation") || null } });
    setSaved(form.accept(result, result.data?.updateProfile));
  };
  return (
    <FormSection
      id="profile-heading"
      title={t("profile.heading")}
      form={form}
      onSubmit={onSubmit}
      submitLabel={t("profile.submit")}
      busyLabel={t("profile.submitting")}
      busy={fetching}
      status={saved ? t("profile.saved") : null}
    >
      <Field name="name" label={t("profile.name")} error={form.errors.fields.name}>
        {(p) => <input {...p} type="text" autoComplete="name" defaultValue={name} />}
      </Field>
      <Field name="organisation" label={t("profile.organisation")} optional error={form.errors.fields.organisation}>
        {(p) => <input {...p} type="text" autoComplete="organization" defaultValue={organisation} />}
      </Field>
    </FormSection>
  );
}
