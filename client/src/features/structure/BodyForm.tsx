import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Checkbox, Field } from "../../forms/Field";
import { FormErrorsFragment } from "../../forms/errors";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql, type VariablesOf } from "../../graphql";
import { oneOf, textOf, useStructureEditing } from "./StructureEdit";
import { useStructureForm } from "./useStructureForm";
import "./structure.css";

const CreateBodyMutation = graphql(
  `
    mutation CreateBodyForm($input: CreateBodyInput!) {
      createBody(input: $input) {
        body {
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

const UpdateBodyMutation = graphql(
  `
    mutation UpdateBodyForm($input: UpdateBodyInput!) {
      updateBody(input: $input) {
        body {
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

type Input = VariablesOf<typeof CreateBodyMutation>["input"];
const KINDS = [
  "POLITICAL_NETWORK",
  "STRATEGIC_LEADERSHIP",
  "COMMITTEE",
  "PREPARATION_BODY",
  "COORDINATION_OFFICE",
  "COUNTY_PART_STEERING_GROUP",
  "WORKING_GROUP",
] as const satisfies readonly Input["kind"][];
const LEVELS = ["POLITICAL", "STRATEGIC", "PREPARATORY", "OPERATIONAL"] as const satisfies readonly Input["level"][];
const FIELDS = ["name", "kind", "level", "parentId", "countyPartId", "descriptionSv", "descriptionEn", "temporary"] as const;

export interface BodyValues {
  id: string;
  name: string;
  kind: Input["kind"];
  level: Input["level"];
  parent: { id: string } | null;
  countyPart: { id: string } | null;
  descriptionSv: string;
  descriptionEn: string;
  temporary: boolean;
}

function valuesOf(form: FormData) {
  return {
    name: textOf(form, "name"),
    kind: oneOf(KINDS, textOf(form, "kind"), "WORKING_GROUP"),
    level: oneOf(LEVELS, textOf(form, "level"), "OPERATIONAL"),
    parentId: textOf(form, "parentId"),
    countyPartId: textOf(form, "countyPartId"),
    descriptionSv: textOf(form, "descriptionSv"),
    descriptionEn: textOf(form, "descriptionEn"),
    temporary: form.get("temporary") === "on",
  };
}

function BodyFields({ errors, current }: { errors: Partial<Record<string, string>>; current?: BodyValues }) {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  // A body cannot sit under itself (the server also refuses its sub-bodies).
  const parents = (editing?.bodies ?? []).filter((b) => b.id !== current?.id);
  return (
    <>
      <Field name="name" label={t("bodyForm.name")} error={errors.name}>
        {(p) => <input {...p} type="text" autoComplete="off" defaultValue={current?.name} />}
      </Field>
      <Field name="kind" label={t("bodyForm.kind")} error={errors.kind}>
        {(p) => (
          <select {...p} defaultValue={current?.kind ?? "WORKING_GROUP"}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`bodyKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="level" label={t("bodyForm.level")} error={errors.level}>
        {(p) => (
          <select {...p} defaultValue={current?.level ?? "OPERATIONAL"}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`bodyLevel.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="parentId" label={t("bodyForm.parent")} optional error={errors.parentId}>
        {(p) => (
          <select {...p} defaultValue={current?.parent?.id ?? ""}>
            <option value="">{t("bodyForm.parentNone")}</option>
            {parents.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="countyPartId" label={t("bodyForm.countyPart")} optional error={errors.countyPartId}>
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
      <Field name="descriptionSv" label={t("bodyForm.descriptionSv")} optional error={errors.descriptionSv}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} defaultValue={current?.descriptionSv} />}
      </Field>
      <Field name="descriptionEn" label={t("bodyForm.descriptionEn")} optional error={errors.descriptionEn}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} defaultValue={current?.descriptionEn} />}
      </Field>
      <Checkbox name="temporary" label={t("bodyForm.temporary")} defaultChecked={current?.temporary} />
    </>
  );
}

/** For coordinators and admins: add a body (a network, a committee, a working group…) to the arena. */
export function AddBodyForm() {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  const [created, setCreated] = useState<string | null>(null);
  const { scaffold, errors, submit } = useStructureForm(CreateBodyMutation, (d) => d.createBody, FIELDS);
  if (!editing) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const v = valuesOf(new FormData(formElement));
    setCreated(null);
    const done = await submit({
      input: { arenaId: editing.arenaId, ...v, parentId: v.parentId || null, countyPartId: v.countyPartId || null },
    });
    if (!done?.body) return;
    setCreated(done.body.name);
    formElement.reset();
    editing.refresh();
  };

  return (
    <section className="section edit-panel" aria-labelledby="add-body">
      <h2 id="add-body">{t("bodyForm.heading")}</h2>
      <FormScaffold
        {...scaffold}
        onSubmit={onSubmit}
        className="form--grid"
        labelledBy="add-body"
        submitLabel={t("bodyForm.submit")}
        busyLabel={t("organisationForm.submitting")}
      >
        <BodyFields errors={errors.fields} />
        <p role="status" className="form__status">
          {created ? t("organisationForm.created", { name: created }) : ""}
        </p>
      </FormScaffold>
    </section>
  );
}

/** Edit one body in place. */
export function EditBodyForm({ body, onDone }: { body: BodyValues; onDone: () => void }) {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { scaffold, errors, submit } = useStructureForm(UpdateBodyMutation, (d) => d.updateBody, FIELDS);
  useEffect(() => headingRef.current?.focus(), []);
  const headingId = `edit-body-${body.id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const done = await submit({ input: { id: body.id, ...valuesOf(new FormData(event.currentTarget)) } });
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
        <p id={headingId} ref={headingRef} tabIndex={-1} className="edit-heading">
          {t("bodyForm.editHeading", { name: body.name })}
        </p>
      }
      submitLabel={t("edit.save")}
      busyLabel={t("organisationForm.submitting")}
      onCancel={onDone}
      cancelLabel={t("edit.cancel")}
    >
      <BodyFields errors={errors.fields} current={body} />
    </FormScaffold>
  );
}
