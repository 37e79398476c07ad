import { type FormEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";

const CreatePlan = graphql(
  `
    mutation CreatePlanForm($input: CreatePlanInput!) {
      createPlan(input: $input) {
        plan {
          id
          body {
            id
          }
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const CreateSubGoal = graphql(
  `
    mutation CreatePlanSubGoalForm($input: CreatePlanSubGoalInput!) {
      createPlanSubGoal(input: $input) {
        subGoal {
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

/** The form's shared parts: refs, errors, heading focus. */
function useForm() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  useEffect(() => headingRef.current?.focus(), []);
  return { headingRef, formRef, summaryRef, errors, setErrors };
}

type Body = { id: string; name: string; kind: string };

/** The kansli drafts the action plan (owned by the strategic leadership) or a committee's activity plan. */
export function CreatePlanForm({
  arenaId,
  year,
  bodies,
  onDone,
  onCancel,
}: {
  arenaId: string;
  year: number;
  bodies: readonly Body[];
  onDone: (bodyId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("plans");
  const { headingRef, formRef, summaryRef, errors, setErrors } = useForm();
  const [{ fetching }, create] = useMutation(CreatePlan);
  const owners = bodies.filter((b) => b.kind === "STRATEGIC_LEADERSHIP" || b.kind === "COMMITTEE");

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    setErrors(noErrors);
    const bodyId = String(f.get("bodyId") ?? "");
    const kind = bodies.find((b) => b.id === bodyId)?.kind === "STRATEGIC_LEADERSHIP" ? "ACTION_PLAN" : "ACTIVITY_PLAN";
    const r = await create({
      input: { arenaId, year, kind, bodyId, title: String(f.get("title") ?? ""), summary: String(f.get("summary") ?? "") },
    });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.createPlan;
    if (p?.plan && p.errors.length === 0) return onDone(p.plan.body.id);
    setErrors(toFormErrors(p?.errors ?? [], ["bodyId", "title", "summary", "year"]));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card plan-form"
      labelledBy="create-plan-heading"
      heading={
        <h2 id="create-plan-heading" ref={headingRef} tabIndex={-1}>
          {t("createPlan.heading")} {year}
        </h2>
      }
      submitLabel={t("createPlan.submit")}
      busyLabel={t("createPlan.busy")}
      busy={fetching}
      onCancel={onCancel}
      cancelLabel={t("createPlan.cancel")}
    >
      <Field name="bodyId" label={t("createPlan.body")} error={errors.fields.bodyId ?? errors.fields.year}>
        {(p) => (
          <select {...p}>
            {owners.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name} ({t(b.kind === "STRATEGIC_LEADERSHIP" ? "kind.ACTION_PLAN" : "kind.ACTIVITY_PLAN")})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="title" label={t("createPlan.title")} error={errors.fields.title}>
        {(p) => <input {...p} type="text" maxLength={300} required />}
      </Field>
      <Field name="summary" label={t("createPlan.summary")} optional error={errors.fields.summary}>
        {(p) => <textarea {...p} rows={3} maxLength={5000} />}
      </Field>
    </FormScaffold>
  );
}

/** A sub-goal (delmål) under one of the strategy's goals. */
export function SubGoalForm({ planId, goal, onDone }: { planId: string; goal: { id: string; number: number }; onDone: () => void }) {
  const { t } = useTranslation("plans");
  const { headingRef, formRef, summaryRef, errors, setErrors } = useForm();
  const [{ fetching }, create] = useMutation(CreateSubGoal);
  const headingId = `sub-goal-heading-${goal.number}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    setErrors(noErrors);
    const r = await create({
      input: { planId, goalId: goal.id, title: String(f.get("title") ?? ""), description: String(f.get("description") ?? "") },
    });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.createPlanSubGoal;
    if (p?.subGoal && p.errors.length === 0) return onDone();
    setErrors(toFormErrors(p?.errors ?? [], ["title", "description"]));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card plan-form"
      labelledBy={headingId}
      heading={
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {t("subGoal.heading", { number: goal.number })}
        </h3>
      }
      submitLabel={t("subGoal.submit")}
      busyLabel={t("subGoal.busy")}
      busy={fetching}
      onCancel={onDone}
      cancelLabel={t("subGoal.cancel")}
    >
      <Field name="title" label={t("subGoal.title")} error={errors.fields.title}>
        {(p) => <input {...p} type="text" maxLength={300} required />}
      </Field>
      <Field name="description" label={t("subGoal.description")} optional error={errors.fields.description}>
        {(p) => <textarea {...p} rows={2} maxLength={5000} />}
      </Field>
    </FormScaffold>
  );
}
