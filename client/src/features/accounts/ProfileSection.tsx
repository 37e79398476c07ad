import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
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
    <section className="section" aria-labelledby="profile-heading">
      <FormScaffold
        formRef={form.formRef}
        summaryRef={form.summaryRef}
        errors={form.errors}
        onSubmit={onSubmit}
        className="card"
        labelledBy="profile-heading"
        heading={<h2 id="profile-heading">{t("profile.heading")}</h2>}
        submitLabel={t("profile.submit")}
        busyLabel={t("profile.submitting")}
        busy={fetching}
      >
        <Field name="name" label={t("profile.name")} error={form.errors.fields.name}>
          {(p) => <input {...p} type="text" autoComplete="name" defaultValue={name} />}
        </Field>
        <Field name="organisation" label={t("profile.organisation")} optional error={form.errors.fields.organisation}>
          {(p) => <input {...p} type="text" autoComplete="organization" defaultValue={organisation} />}
        </Field>
      </FormScaffold>
      <p className="form__status" role="status">
        {saved ? t("profile.saved") : ""}
      </p>
    </section>
  );
}
