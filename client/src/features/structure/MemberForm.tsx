import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../forms/Field";
import { FormErrorsFragment } from "../../forms/errors";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql, type VariablesOf } from "../../graphql";
import { usePersonLookup } from "./PersonLookup";
import { oneOf, textOf, useStructureEditing } from "./StructureEdit";
import { useStructureForm } from "./useStructureForm";

const AddMemberMutation = graphql(
  `
    mutation AddBodyMemberForm($input: AddBodyMemberInput!) {
      addBodyMember(input: $input) {
        membership {
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

const ROLES = ["MEMBER", "CHAIR", "DEPUTY", "SECRETARY"] as const satisfies readonly VariablesOf<
  typeof AddMemberMutation
>["input"]["role"][];
const FIELDS = ["organisationId", "email", "role"] as const;

/** Seat an organisation, a person (found by the email of their account), or both, in one body. */
export function MemberForm({ bodyId, bodyName }: { bodyId: string; bodyName: string }) {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  const lookUp = usePersonLookup(editing?.slug ?? "");
  const [seated, setSeated] = useState<string | null>(null);
  const { scaffold, errors, submit } = useStructureForm(AddMemberMutation, (d) => d.addBodyMember, FIELDS);
  const [lookupError, setLookupError] = useState<string | null>(null);
  if (!editing) return null;
  const headingId = `seat-${bodyId}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = textOf(form, "email").trim();
    const organisationId = textOf(form, "organisationId");
    setSeated(null);
    setLookupError(null);
    let userId: string | null = null;
    let who = editing.organisations.find((o) => o.id === organisationId)?.name ?? "";
    if (email) {
      const person = await lookUp(email);
      if (!person) {
        setLookupError(person === null ? t("memberForm.noSuchPerson") : t("state.networkError", { ns: "translation" }));
        formElement.querySelector<HTMLInputElement>('[name="email"]')?.focus();
        return;
      }
      userId = person.id;
      who = person.name;
    }
    const done = await submit({
      input: { bodyId, organisationId: organisationId || null, userId, role: oneOf(ROLES, textOf(form, "role"), "MEMBER") },
    });
    if (!done) return;
    setSeated(who);
    formElement.reset();
    editing.refresh();
  };

  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      className="form--grid member-form"
      labelledBy={headingId}
      heading={
        <p id={headingId} className="edit-heading">
          {t("memberForm.heading", { name: bodyName })}
        </p>
      }
      submitLabel={t("memberForm.submit")}
      busyLabel={t("organisationForm.submitting")}
    >
      <Field name="organisationId" label={t("memberForm.organisation")} optional error={errors.fields.organisationId}>
        {(p) => (
          <select {...p} defaultValue="">
            <option value="">{t("memberForm.noOrganisation")}</option>
            {editing.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="email"
        label={t("memberForm.email")}
        hint={t("memberForm.emailHint")}
        optional
        error={lookupError ?? errors.fields.email}
      >
        {(p) => <input {...p} type="email" autoComplete="off" />}
      </Field>
      <Field name="role" label={t("memberForm.role")} error={errors.fields.role}>
        {(p) => (
          <select {...p} defaultValue="MEMBER">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`membershipRole.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p role="status" className="form__status">
        {seated ? t("memberForm.seated", { name: seated }) : ""}
      </p>
    </FormScaffold>
  );
}
