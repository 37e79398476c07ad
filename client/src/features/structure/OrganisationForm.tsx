import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Checkbox, Field } from "../../forms/Field";
import { FormErrorsFragment } from "../../forms/errors";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql, type VariablesOf } from "../../graphql";
import { OrganisationItemFragment } from "./OrganisationList";
import { oneOf, textOf, useStructureEditing } from "./StructureEdit";
import { useStructureForm } from "./useStructureForm";
import "./structure.css";

const CreateOrganisationMutation = graphql(
  `
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
      createOrganisation(input: $input) {
        organisation {
          id
          name
          ...OrganisationItem_organisation
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [OrganisationItemFragment, FormErrorsFragment],
);

const UpdateOrganisationMutation = graphql(
  `
    mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
      updateOrganisation(input: $input) {
        organisation {
          id
          name
          ...OrganisationItem_organisation
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [OrganisationItemFragment, FormErrorsFragment],
);

type Input = VariablesOf<typeof CreateOrganisationMutation>["input"];
const KINDS = [
  "MUNICIPALITY",
  "REGION",
  "COUNTY_ADMINISTRATIVE_BOARD",
  "UNIVERSITY",
  "EDUCATION_FEDERATION",
  "CIVIL_SOCIETY_ORGANISATION",
  "COMPANY",
  "OTHER",
] as const satisfies readonly Input["kind"][];
const SECTORS = ["PUBLIC", "CIVIL_SOCIETY", "BUSINESS", "ACADEMIA"] as const satisfies readonly Input["sector"][];
const FIELDS = ["name", "kind", "sector", "countyPartId", "isParty", "contactName", "contactEmail"] as const;

export interface OrganisationValues {
  id: string;
  name: string;
  kind: Input["kind"];
  sector: Input["sector"];
  isParty: boolean;
  countyPart: { id: string } | null;
  contactName: string | null;
  contactEmail: string | null;
}

function valuesOf(form: FormData) {
  return {
    name: textOf(form, "name"),
    kind: oneOf(KINDS, textOf(form, "kind"), "OTHER"),
    sector: oneOf(SECTORS, textOf(form, "sector"), "PUBLIC"),
    isParty: form.get("isParty") === "on",
    contactName: textOf(form, "contactName"),
    contactEmail: textOf(form, "contactEmail"),
  };
}

/** The fields an organisation has, shared by the add and edit forms. */
function OrganisationFields({ errors, current }: { errors: Partial<Record<string, string>>; current?: OrganisationValues }) {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  return (
    <>
      <Field name="name" label={t("organisationForm.name")} error={errors.name}>
        {(p) => <input {...p} type="text" autoComplete="off" defaultValue={current?.name} />}
      </Field>
      <Field name="kind" label={t("organisationForm.kind")} error={errors.kind}>
        {(p) => (
          <select {...p} defaultValue={current?.kind ?? "MUNICIPALITY"}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`organisationKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="sector" label={t("organisationForm.sector")} error={errors.sector}>
        {(p) => (
          <select {...p} defaultValue={current?.sector ?? "PUBLIC"}>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`sector.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="countyPartId" label={t("organisationForm.countyPart")} optional error={errors.countyPartId}>
        {(p) => (
          <select {...p} defaultValue={current?.countyPart?.id ?? ""}>
            <option value="">{t("organisationForm.countyPartNone")}</option>
            {(editing?.countyParts ?? []).map((cp) => (
              <option key={cp.id} value={cp.id}>
                {cp.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="contactName" label={t("organisationForm.contactName")} optional error={errors.contactName}>
        {(p) => <input {...p} type="text" autoComplete="off" defaultValue={current?.contactName ?? ""} />}
      </Field>
      <Field
        name="contactEmail"
        label={t("organisationForm.contactEmail")}
        hint={t("organisationForm.contactHint")}
        optional
        error={errors.contactEmail}
      >
        {(p) => <input {...p} type="email" autoComplete="off" defaultValue={current?.contactEmail ?? ""} />}
      </Field>
      <Checkbox name="isParty" label={t("organisationForm.isParty")} defaultChecked={current?.isParty} />
    </>
  );
}

/** For coordinators and admins: add an organisation to the arena. */
export function AddOrganisationForm() {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  const [created, setCreated] = useState<string | null>(null);
  const { scaffold, errors, submit } = useStructureForm(CreateOrganisationMutation, (d) => d.createOrganisation, FIELDS);
  if (!editing) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setCreated(null);
    const done = await submit({
      input: { arenaId: editing.arenaId, countyPartId: textOf(form, "countyPartId") || null, ...valuesOf(form) },
    });
    if (!done?.organisation) return;
    setCreated(done.organisation.name);
    formElement.reset();
  };

  return (
    <section className="section edit-panel" aria-labelledby="add-organisation">
      <h2 id="add-organisation">{t("organisationForm.heading")}</h2>
      <p className="muted">{t("organisationForm.intro")}</p>
      <FormScaffold
        {...scaffold}
        onSubmit={onSubmit}
        className="form--grid"
        labelledBy="add-organisation"
        submitLabel={t("organisationForm.submit")}
        busyLabel={t("organisationForm.submitting")}
      >
        <OrganisationFields errors={errors.fields} />
        <p role="status" className="form__status">
          {created ? t("organisationForm.created", { name: created }) : ""}
        </p>
      </FormScaffold>
    </section>
  );
}

/** Edit one organisation in place, its contact person included. */
export function EditOrganisationForm({ organisation, onDone }: { organisation: OrganisationValues; onDone: () => void }) {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { scaffold, errors, submit } = useStructureForm(UpdateOrganisationMutation, (d) => d.updateOrganisation, FIELDS);
  useEffect(() => headingRef.current?.focus(), []);
  const headingId = `edit-org-${organisation.id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const done = await submit({ input: { id: organisation.id, countyPartId: textOf(form, "countyPartId"), ...valuesOf(form) } });
    if (!done) return;
    editing?.refresh();
    onDone();
  };

  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      className="form--grid edit-panel"
      labelledBy={headingId}
      heading={
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="edit-heading">
          {t("organisationForm.editHeading", { name: organisation.name })}
        </h3>
      }
      submitLabel={t("edit.save")}
      busyLabel={t("organisationForm.submitting")}
      onCancel={onDone}
      cancelLabel={t("edit.cancel")}
    >
      <OrganisationFields errors={errors.fields} current={organisation} />
    </FormScaffold>
  );
}
