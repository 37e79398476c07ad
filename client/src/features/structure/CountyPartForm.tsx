import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../forms/Field";
import { FormErrorsFragment } from "../../forms/errors";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql } from "../../graphql";
import { textOf, useStructureEditing } from "./StructureEdit";
import { useStructureForm } from "./useStructureForm";

const CreateCountyPartMutation = graphql(
  `
    mutation CreateCountyPartForm($input: CreateCountyPartInput!) {
      createCountyPart(input: $input) {
        countyPart {
          id
          name
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const UpdateCountyPartMutation = graphql(
  `
    mutation UpdateCountyPartForm($input: UpdateCountyPartInput!) {
      updateCountyPart(input: $input) {
        countyPart {
          id
          name
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** Add a county part (länsdel) to the arena. */
export function AddCountyPartForm() {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  const [created, setCreated] = useState<string | null>(null);
  const { scaffold, errors, submit } = useStructureForm(CreateCountyPartMutation, (d) => d.createCountyPart, ["name"]);
  if (!editing) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    setCreated(null);
    const done = await submit({ input: { arenaId: editing.arenaId, name: textOf(new FormData(formElement), "name") } });
    if (!done?.countyPart) return;
    setCreated(done.countyPart.name);
    formElement.reset();
    editing.refresh();
  };

  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      className="form--inline"
      labelledBy="add-county-part"
      heading={
        <p id="add-county-part" className="edit-heading">
          {t("countyPartForm.heading")}
        </p>
      }
      submitLabel={t("countyPartForm.submit")}
      busyLabel={t("organisationForm.submitting")}
    >
      <Field name="name" label={t("countyPartForm.name")} error={errors.fields.name}>
        {(p) => <input {...p} type="text" autoComplete="off" />}
      </Field>
      <p role="status" className="form__status">
        {created ? t("organisationForm.created", { name: created }) : ""}
      </p>
    </FormScaffold>
  );
}

/** Rename a county part in place. */
export function RenameCountyPartForm({ countyPart, onDone }: { countyPart: { id: string; name: string }; onDone: () => void }) {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  const headingRef = useRef<HTMLParagraphElement>(null);
  const { scaffold, errors, submit } = useStructureForm(UpdateCountyPartMutation, (d) => d.updateCountyPart, ["name"]);
  useEffect(() => headingRef.current?.focus(), []);
  const headingId = `rename-cp-${countyPart.id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const done = await submit({ input: { id: countyPart.id, name: textOf(new FormData(event.currentTarget), "name") } });
    if (!done) return;
    editing?.refresh();
    onDone();
  };

  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      labelledBy={headingId}
      heading={
        <p id={headingId} ref={headingRef} tabIndex={-1} className="edit-heading">
          {t("countyPartForm.renameHeading", { name: countyPart.name })}
        </p>
      }
      submitLabel={t("edit.save")}
      busyLabel={t("organisationForm.submitting")}
      onCancel={onDone}
      cancelLabel={t("edit.cancel")}
    >
      <Field name="name" label={t("countyPartForm.name")} error={errors.fields.name}>
        {(p) => <input {...p} type="text" autoComplete="off" defaultValue={countyPart.name} />}
      </Field>
    </FormScaffold>
  );
}
