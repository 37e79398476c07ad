import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../ui/TableScroll";
import { useMutation } from "urql";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { formatDate } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import "./scaling.css";
import { AdoptionsFragment } from "./fragments";

const SetAdoptionMutation = graphql(
  `
    mutation SetAdoptionForm($input: SetMunicipalityAdoptionInput!) {
      setMunicipalityAdoption(input: $input) {
        idea {
          id
          ...Adoptions_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [AdoptionsFragment, FormErrorsFragment],
);

const STATUSES = ["PLANNED", "TESTING", "ADOPTED", "DECLINED"] as const;
type Adoption = ReturnType<typeof readAdoptions>["adoptions"][number];
const readAdoptions = (ref: FragmentOf<typeof AdoptionsFragment>) => readFragment(AdoptionsFragment, ref);

/** Where each municipality of the arena stands with the idea: a summary in words and a table; the team records changes. */
export function Adoptions({ idea: ref }: { idea: FragmentOf<typeof AdoptionsFragment> }) {
  const { t } = useTranslation("learning");
  const idea = readAdoptions(ref);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const s = idea.adoptionSummary;
  const returnTo = useRef<HTMLButtonElement | null>(null);

  const open = (municipalityId: string, button: HTMLButtonElement | null) => {
    returnTo.current = button;
    setStatus("");
    setEditing(municipalityId);
  };

  return (
    <div className="adoptions">
      <h3 id="adoptions-heading">{t("adoption.heading")}</h3>
      <p>
        {t("adoption.summary", {
          adopted: s.adopted,
          total: s.municipalities,
          testing: s.testing,
          planned: s.planned,
          declined: s.declined,
        })}
      </p>
      <TableScroll label={t("adoption.caption")}>
        <table className="table adoptions__table">
          <caption className="visually-hidden">{t("adoption.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("adoption.municipality")}</th>
              <th scope="col">{t("adoption.status")}</th>
              <th scope="col">{t("adoption.note")}</th>
              <th scope="col">{t("adoption.updated")}</th>
              {idea.viewerCanRecordScaling && (
                <th scope="col">
                  <span className="visually-hidden">{t("adoption.actions")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {idea.adoptions.map((a) => (
              <tr
                key={a.municipality.id}
                className={a.status ? `adoptions__row adoptions__row--${a.status.toLowerCase()}` : "adoptions__row"}
              >
                <th scope="row">{a.municipality.name}</th>
                <td>{a.status ? t(`adoptionStatus.${a.status}`) : <span className="muted">{t("adoption.none")}</span>}</td>
                <td>{a.note}</td>
                <td>{a.updatedAt ? formatDate(a.updatedAt) : ""}</td>
                {idea.viewerCanRecordScaling && (
                  <td>
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-label={t("adoption.change", { name: a.municipality.name })}
                      onClick={(e) => open(a.municipality.id, e.currentTarget)}
                    >
                      {t("adoption.actions")}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="form__status" role="status">
        {status}
      </p>
      {idea.viewerCanRecordScaling && editing !== null && (
        <AdoptionForm
          key={editing}
          ideaId={idea.id}
          adoptions={idea.adoptions}
          municipalityId={editing}
          onDone={(savedName) => {
            setEditing(null);
            if (savedName) setStatus(t("adoption.saved", { name: savedName }));
            returnTo.current?.focus();
          }}
        />
      )}
    </div>
  );
}

interface FormProps {
  ideaId: string;
  adoptions: readonly Adoption[];
  municipalityId: string;
  onDone: (savedName: string | null) => void;
}

function AdoptionForm({ ideaId, adoptions, municipalityId, onDone }: FormProps) {
  const { t } = useTranslation("learning");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, save] = useMutation(SetAdoptionMutation);
  const current = adoptions.find((a) => a.municipality.id === municipalityId);
  useEffect(() => headingRef.current?.focus(), []);
  if (!current) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = String(form.get("status") ?? "");
    const status = (STATUSES as readonly string[]).includes(value) ? (value as (typeof STATUSES)[number]) : null;
    setErrors(noErrors);
    const r = await save({ input: { ideaId, organisationId: municipalityId, status, note: String(form.get("note") ?? "") } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.setMunicipalityAdoption;
    if (p?.idea && p.errors.length === 0) return onDone(current.municipality.name);
    setErrors(toFormErrors(p?.errors ?? [], ["status", "note"]));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card scaling__form"
      labelledBy="adoption-form-heading"
      heading={
        <h4 id="adoption-form-heading" ref={headingRef} tabIndex={-1}>
          {t("adoption.formHeading")}: {current.municipality.name}
        </h4>
      }
      submitLabel={t("adoption.save")}
      busyLabel={t("adoption.saving")}
      busy={fetching}
      onCancel={() => onDone(null)}
      cancelLabel={t("adoption.cancel")}
    >
      <Field name="status" label={t("adoption.statusField")} error={errors.fields.status}>
        {(p) => (
          <select {...p} defaultValue={current.status ?? ""}>
            <option value="">{t("adoption.none")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`adoptionStatus.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="note" label={t("adoption.noteField")} hint={t("adoption.noteHint")} optional error={errors.fields.note}>
        {(p) => <textarea {...p} rows={2} maxLength={1000} defaultValue={current.note} />}
      </Field>
    </FormScaffold>
  );
}
