import { type FormEvent, useRef, useState } from "react";
import { Choice, Fieldset } from "../../forms/Choices";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { ACTOR_KINDS, ACTOR_PHASES, type ActorKind, type ActorPhase } from "./kinds";

const CreateSupportActorMutation = graphql(
  `
    mutation CreateSupportActor($input: CreateSupportActorInput!) {
      createSupportActor(input: $input) {
        supportActor {
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

const UpdateSupportActorMutation = graphql(
  `
    mutation UpdateSupportActor($input: UpdateSupportActorInput!) {
      updateSupportActor(input: $input) {
        supportActor {
          id
          name
          kind
          phases
          offer
          contact
          email
          website
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const FIELDS = ["name", "kind", "phases", "offer", "contact", "email", "website", "arenaIds"];

export interface ActorValues {
  id: string;
  name: string;
  kind: ActorKind;
  phases: readonly ActorPhase[];
  offer: string;
  contact: string | null;
  email: string | null;
  website: string;
}

interface Props {
  /** The arena a new actor serves. */
  arenaId: string;
  /** The actor to edit; a new one when left out. */
  actor?: ActorValues;
  headingRef?: React.Ref<HTMLHeadingElement>;
  onDone: (name: string) => void;
  onCancel: () => void;
}

/** Adds an actor to the arena's support system, or edits one: name, kind, offer and how to reach them. */
export function SupportActorForm({ arenaId, actor, headingRef, onDone, onCancel }: Props) {
  const { t } = useTranslation("support");
  const { t: tg } = useTranslation("guidance");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [created, create] = useMutation(CreateSupportActorMutation);
  const [updated, update] = useMutation(UpdateSupportActorMutation);
  const prefix = actor ? `actor-${actor.id}` : "actor-new";
  const headingId = `${prefix}-heading`;
  const [phases, setPhases] = useState<readonly ActorPhase[]>(actor?.phases ?? []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const fields = {
      name: text("name"),
      kind: text("kind") as ActorKind,
      phases: ACTOR_PHASES.filter((p) => phases.includes(p)),
      offer: text("offer"),
      contact: text("contact"),
      email: text("email"),
      website: text("website"),
    };
    // Without a kind the request cannot be sent at all; every other field the server checks, all at once.
    if (!ACTOR_KINDS.includes(fields.kind))
      return setErrors({
        fields: { kind: t("form.chooseKind"), ...(fields.phases.length > 0 ? {} : { phases: t("form.choosePhase") }) },
        general: [],
      });
    setErrors(noErrors);
    const result = actor
      ? await update({ input: { id: actor.id, ...fields } })
      : await create({ input: { arenaIds: [arenaId], ...fields } });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const data = result.data;
    const payload = data && ("createSupportActor" in data ? data.createSupportActor : data.updateSupportActor);
    if (payload?.supportActor && payload.errors.length === 0) return onDone(payload.supportActor.name);
    const found = toFormErrors(payload?.errors ?? [], FIELDS);
    if (found.fields.phases) found.fields.phases = t("form.choosePhase");
    setErrors(found);
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card actor-form"
      labelledBy={headingId}
      heading={
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {actor ? t("form.editHeading", { name: actor.name }) : t("form.addHeading")}
        </h3>
      }
      submitLabel={actor ? t("form.save") : t("form.add")}
      busyLabel={t("form.saving")}
      busy={created.fetching || updated.fetching}
      onCancel={onCancel}
      cancelLabel={t("form.cancel")}
    >
      <Field name="name" id={`${prefix}-name`} label={t("form.name")} error={errors.fields.name}>
        {(p) => <input {...p} type="text" maxLength={200} defaultValue={actor?.name ?? ""} autoComplete="organization" />}
      </Field>
      <Field name="kind" id={`${prefix}-kind`} label={tg("registry.kind")} error={errors.fields.kind}>
        {(p) => (
          <select {...p} defaultValue={actor?.kind ?? ""}>
            <option value="" disabled>
              {t("form.chooseKind")}
            </option>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {tg(`registry.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Fieldset legend={t("form.phases")} hint={t("form.phasesHint")} error={errors.fields.phases}>
        {ACTOR_PHASES.map((p) => (
          <Choice
            key={p}
            type="checkbox"
            name="phases"
            value={p}
            id={`${prefix}-phase-${p}`}
            label={tg(`registry.phases.${p}`)}
            checked={phases.includes(p)}
            invalid={Boolean(errors.fields.phases)}
            onChange={(on) => setPhases((now) => (on ? [...now, p] : now.filter((x) => x !== p)))}
          />
        ))}
      </Fieldset>
      <Field name="offer" id={`${prefix}-offer`} label={t("form.offer")} hint={t("form.offerHint")} optional error={errors.fields.offer}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} defaultValue={actor?.offer ?? ""} />}
      </Field>
      <Field
        name="contact"
        id={`${prefix}-contact`}
        label={tg("registry.contact")}
        hint={t("form.contactHint")}
        optional
        error={errors.fields.contact}
      >
        {(p) => <input {...p} type="text" maxLength={500} defaultValue={actor?.contact ?? ""} />}
      </Field>
      <Field
        name="email"
        id={`${prefix}-email`}
        label={tg("registry.email")}
        hint={t("form.emailHint")}
        optional
        error={errors.fields.email}
      >
        {(p) => <input {...p} type="email" maxLength={254} defaultValue={actor?.email ?? ""} autoComplete="off" />}
      </Field>
      <Field name="website" id={`${prefix}-website`} label={tg("registry.website")} optional error={errors.fields.website}>
        {(p) => <input {...p} type="url" maxLength={500} defaultValue={actor?.website ?? ""} placeholder="https://" />}
      </Field>
    </FormScaffold>
  );
}
