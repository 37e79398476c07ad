import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Checkbox, Field } from "../../forms/Field";
import { type FragmentOf, graphql, readFragment, type VariablesOf } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { OrganisationItemFragment } from "./OrganisationList";
import "./structure.css";

export const AddOrganisationFormFragment = graphql(`
  fragment AddOrganisationForm_arena on Arena {
    id
    countyParts {
      id
      name
    }
  }
`);

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
const FIELDS = ["name", "kind", "sector", "countyPartId", "isParty"] as const;

const oneOf = <T extends string>(values: readonly T[], v: string, fallback: T): T =>
  (values as readonly string[]).includes(v) ? (v as T) : fallback;

/** For coordinators and admins: add an organisation to the arena. */
export function AddOrganisationForm({ arena: ref }: { arena: FragmentOf<typeof AddOrganisationFormFragment> }) {
  const { t } = useTranslation("structure");
  const arena = readFragment(AddOrganisationFormFragment, ref);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateOrganisationMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (k: string) => String(form.get(k) ?? "");
    setErrors(noErrors);
    setCreated(null);
    const result = await create({
      input: {
        arenaId: arena.id,
        name: text("name"),
        kind: oneOf(KINDS, text("kind"), "OTHER"),
        sector: oneOf(SECTORS, text("sector"), "PUBLIC"),
        countyPartId: text("countyPartId") || null,
        isParty: form.get("isParty") === "on",
      },
    });
    if (result.error) return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError"))] });
    const payload = result.data?.createOrganisation;
    if (payload?.organisation) {
      setCreated(payload.organisation.name);
      formElement.reset();
      return;
    }
    setErrors(toFormErrors(payload?.errors ?? [], FIELDS));
  };

  return (
    <section className="section edit-panel" aria-labelledby="add-organisation">
      <h2 id="add-organisation">{t("organisationForm.heading")}</h2>
      <p className="muted">{t("organisationForm.intro")}</p>
      <form ref={formRef} className="form form--grid" noValidate onSubmit={onSubmit} aria-labelledby="add-organisation">
        <ErrorSummary ref={summaryRef} errors={errors} />
        <Field name="name" label={t("organisationForm.name")} error={errors.fields.name}>
          {(p) => <input {...p} type="text" autoComplete="off" />}
        </Field>
        <Field name="kind" label={t("organisationForm.kind")} error={errors.fields.kind}>
          {(p) => (
            <select {...p} defaultValue="MUNICIPALITY">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`organisationKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="sector" label={t("organisationForm.sector")} error={errors.fields.sector}>
          {(p) => (
            <select {...p} defaultValue="PUBLIC">
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {t(`sector.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="countyPartId" label={t("organisationForm.countyPart")} optional error={errors.fields.countyPartId}>
          {(p) => (
            <select {...p} defaultValue="">
              <option value="">{t("organisationForm.countyPartNone")}</option>
              {arena.countyParts.map((cp) => (
                <option key={cp.id} value={cp.id}>
                  {cp.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Checkbox name="isParty" label={t("organisationForm.isParty")} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {fetching ? t("organisationForm.submitting") : t("organisationForm.submit")}
          </button>
          <p role="status" className="form__status">
            {created ? t("organisationForm.created", { name: created }) : ""}
          </p>
        </div>
      </form>
    </section>
  );
}
