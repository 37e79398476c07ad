import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { useQuery } from "../../ui/useQuery";

const ChoicesQuery = graphql(`
  query ActivityFormChoices($slug: String!, $year: Int!) {
    arena(slug: $slug) {
      id
      bodies {
        id
        name
        kind
      }
      organisations {
        id
        name
        isParty
      }
      indicators {
        id
        key
        title
      }
      plans(year: $year) {
        id
        title
        goals {
          id
          number
          title
        }
        subGoals {
          id
          title
          goal {
            id
          }
        }
        contactCandidates {
          id
          name
        }
      }
    }
  }
`);

const ActivityResult = `activity { id title version status progress } errors { ...FormErrors_userError }`;
const CreateActivity = graphql(
  `mutation CreatePlanActivityForm($input: CreatePlanActivityInput!) { createPlanActivity(input: $input) { ${ActivityResult} } }`,
  [FormErrorsFragment],
);
const UpdateActivity = graphql(
  `mutation UpdatePlanActivityForm($input: UpdatePlanActivityInput!) { updatePlanActivity(input: $input) { ${ActivityResult} } }`,
  [FormErrorsFragment],
);
const FromDecision = graphql(
  `mutation ActivityFromDecisionForm($input: CreateActivityFromDecisionInput!) { createActivityFromDecision(input: $input) { ${ActivityResult} } }`,
  [FormErrorsFragment],
);

/** What the form starts from when editing. */
export interface ActivityDraft {
  id: string;
  version: number;
  planId: string;
  goalId: string;
  subGoalId: string | null;
  title: string;
  description: string;
  how: string;
  resources: string;
  participants: string;
  responsibleBodyId: string | null;
  responsibleOrganisationId: string | null;
  contactPersonId: string | null;
  startsOn: string | null;
  endsOn: string | null;
  followUpMethod: string;
  indicatorIds: string[];
}

export type ActivityFormMode =
  | { kind: "create"; planId: string; goalId: string; goalNumber: number }
  | { kind: "edit"; draft: ActivityDraft }
  | { kind: "fromDecision"; decisionId: string; title: string };

const FIELDS = [
  "planId",
  "goalId",
  "subGoalId",
  "title",
  "description",
  "how",
  "resources",
  "participants",
  "responsibleBodyId",
  "responsibleOrganisationId",
  "contactPersonId",
  "startsOn",
  "endsOn",
  "followUpMethod",
  "indicatorIds",
  "decisionId",
];

const NOT_RESPONSIBLE = new Set(["PREPARATION_BODY", "COORDINATION_OFFICE"]);

/**
 * The kansli writes an activity: from scratch under a goal, from an approved decision (plan and
 * goal chosen here), or edits one. Every field of the issue; the server checks them all at once.
 */
export function ActivityForm({
  slug,
  year,
  mode,
  onDone,
  onCancel,
}: {
  slug: string;
  year: number;
  mode: ActivityFormMode;
  onDone: (activityId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("plans");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ data }] = useQuery({ query: ChoicesQuery, variables: { slug, year } });
  const [create, createActivity] = useMutation(CreateActivity);
  const [update, updateActivity] = useMutation(UpdateActivity);
  const [fromDecision, createFromDecision] = useMutation(FromDecision);
  const draft = mode.kind === "edit" ? mode.draft : null;
  const [planId, setPlanId] = useState(draft?.planId ?? (mode.kind === "create" ? mode.planId : ""));
  const [goalId, setGoalId] = useState(draft?.goalId ?? (mode.kind === "create" ? mode.goalId : ""));
  useEffect(() => headingRef.current?.focus(), []);
  const arena = data?.arena;
  const plans = arena?.plans ?? [];
  const plan = plans.find((p) => p.id === planId) ?? (mode.kind === "fromDecision" ? plans[0] : undefined);
  useEffect(() => {
    if (!planId && plan) setPlanId(plan.id);
  }, [planId, plan]);
  const busy = create.fetching || update.fetching || fromDecision.fetching;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "");
    const id = (k: string) => (text(k) === "" ? null : text(k));
    setErrors(noErrors);
    const fields = {
      subGoalId: id("subGoalId"),
      title: text("title"),
      description: text("description"),
      how: text("how"),
      resources: text("resources"),
      participants: text("participants"),
      responsibleBodyId: id("responsibleBodyId"),
      responsibleOrganisationId: id("responsibleOrganisationId"),
      contactPersonId: id("contactPersonId"),
      startsOn: id("startsOn"),
      endsOn: id("endsOn"),
      followUpMethod: text("followUpMethod"),
      indicatorIds: f.getAll("indicatorIds").map(String),
    };
    const r =
      mode.kind === "edit"
        ? await updateActivity({ input: { ...fields, activityId: mode.draft.id, version: mode.draft.version } })
        : mode.kind === "create"
          ? await createActivity({ input: { ...fields, planId: mode.planId, goalId: mode.goalId } })
          : await createFromDecision({ input: { ...fields, decisionId: mode.decisionId, planId: text("planId"), goalId: text("goalId") } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data ? Object.values(r.data)[0] : null;
    if (p?.activity && p.errors.length === 0) return onDone(p.activity.id);
    setErrors(toFormErrors(p?.errors ?? [], FIELDS));
  };

  const heading =
    mode.kind === "edit"
      ? t("activity.editHeading")
      : mode.kind === "create"
        ? t("activity.heading", { number: mode.goalNumber })
        : t("activity.fromDecisionHeading");
  const subGoals = (plan?.subGoals ?? []).filter((s) => s.goal.id === goalId);
  const v = (k: keyof ActivityDraft) => (draft ? String(draft[k] ?? "") : "");

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card plan-form"
      labelledBy="activity-form-heading"
      heading={
        <h2 id="activity-form-heading" ref={headingRef} tabIndex={-1}>
          {heading}
        </h2>
      }
      submitLabel={t("activity.submit")}
      busyLabel={t("activity.busy")}
      busy={busy}
      onCancel={onCancel}
      cancelLabel={t("activity.cancel")}
    >
      {mode.kind === "fromDecision" && (
        <>
          <Field name="planId" label={t("activity.plan")} error={errors.fields.planId}>
            {(p) => (
              <select {...p} value={planId} onChange={(e) => setPlanId(e.target.value)}>
                {plans.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="goalId" label={t("activity.goal")} error={errors.fields.goalId}>
            {(p) => (
              <select {...p} value={goalId} onChange={(e) => setGoalId(e.target.value)} required>
                <option value="" />
                {(plan?.goals ?? []).map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.number}. {g.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <Field name="subGoalId" label={t("activity.subGoal")} optional error={errors.fields.subGoalId}>
        {(p) => (
          <select {...p} defaultValue={draft?.subGoalId ?? ""} key={`${planId}:${goalId}`}>
            <option value="">{t("activity.noSubGoal")}</option>
            {subGoals.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="title" label={t("activity.title")} error={errors.fields.title} optional={mode.kind === "fromDecision"}>
        {(p) => (
          <input {...p} type="text" maxLength={300} defaultValue={draft ? draft.title : mode.kind === "fromDecision" ? mode.title : ""} />
        )}
      </Field>
      <Field name="description" label={t("activity.description")} optional error={errors.fields.description}>
        {(p) => <textarea {...p} rows={3} defaultValue={v("description")} />}
      </Field>
      <Field name="how" label={t("activity.how")} optional error={errors.fields.how}>
        {(p) => <textarea {...p} rows={2} defaultValue={v("how")} />}
      </Field>
      <Field name="resources" label={t("activity.resources")} optional error={errors.fields.resources}>
        {(p) => <textarea {...p} rows={2} defaultValue={v("resources")} />}
      </Field>
      <Field name="participants" label={t("activity.participants")} optional error={errors.fields.participants}>
        {(p) => <input {...p} type="text" defaultValue={v("participants")} />}
      </Field>
      <div className="plan-form__row">
        <Field name="responsibleBodyId" label={t("activity.responsibleBody")} optional error={errors.fields.responsibleBodyId}>
          {(p) => (
            <select {...p} defaultValue={v("responsibleBodyId")}>
              <option value="">{t("activity.none")}</option>
              {(arena?.bodies ?? [])
                .filter((b) => !NOT_RESPONSIBLE.has(b.kind))
                .map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field
          name="responsibleOrganisationId"
          label={t("activity.responsibleOrganisation")}
          optional
          error={errors.fields.responsibleOrganisationId}
        >
          {(p) => (
            <select {...p} defaultValue={v("responsibleOrganisationId")}>
              <option value="">{t("activity.none")}</option>
              {(arena?.organisations ?? [])
                .filter((o) => o.isParty)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="contactPersonId" label={t("activity.contactPerson")} optional error={errors.fields.contactPersonId}>
        {(p) => (
          <select {...p} defaultValue={v("contactPersonId")} key={planId}>
            <option value="">{t("activity.none")}</option>
            {(plan?.contactCandidates ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="plan-form__row">
        <Field name="startsOn" label={t("activity.startsOn")} optional error={errors.fields.startsOn}>
          {(p) => <input {...p} type="date" defaultValue={v("startsOn")} />}
        </Field>
        <Field name="endsOn" label={t("activity.endsOn")} optional error={errors.fields.endsOn}>
          {(p) => <input {...p} type="date" defaultValue={v("endsOn")} />}
        </Field>
      </div>
      <Field name="followUpMethod" label={t("activity.followUpMethod")} optional error={errors.fields.followUpMethod}>
        {(p) => <textarea {...p} rows={2} defaultValue={v("followUpMethod")} />}
      </Field>
      <fieldset className="plan-form__indicators" aria-describedby={errors.fields.indicatorIds ? "indicators-error" : undefined}>
        <legend>{t("activity.indicators")}</legend>
        {errors.fields.indicatorIds && (
          <p className="field__error" id="indicators-error">
            {errors.fields.indicatorIds}
          </p>
        )}
        <ul>
          {(arena?.indicators ?? []).map((i) => (
            <li key={i.id}>
              <label>
                <input type="checkbox" name="indicatorIds" value={i.id} defaultChecked={draft?.indicatorIds.includes(i.id) ?? false} />{" "}
                {i.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </FormScaffold>
  );
}
