import { type FormEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment } from "../../forms/errors";
import { formText } from "../../forms/useMutationForm";
import { useMutationSubmit } from "../../forms/useMutationSubmit";
import { graphql } from "../../graphql";

const UpdatePlan = graphql(
  `
    mutation UpdatePlanForm($input: UpdatePlanInput!) {
      updatePlan(input: $input) {
        plan {
          id
          title
          summary
          version
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const UpdateSubGoal = graphql(
  `
    mutation UpdatePlanSubGoalForm($input: UpdatePlanSubGoalInput!) {
      updatePlanSubGoal(input: $input) {
        subGoal {
          id
          title
          description
          version
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** Focus on the form's heading when it opens in place of its button, as the plan's other forms do. */
function useHeadingFocus() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return headingRef;
}

interface Props<T> {
  value: T;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * The kansli corrects a plan's title and summary. The version read goes back, so that a change
 * someone made meanwhile is refused rather than overwritten.
 */
export function EditPlanForm({
  value: plan,
  onDone,
  onCancel,
}: Props<{ id: string; title: string; summary: string; version: number; status: string }>) {
  const { t } = useTranslation("plans");
  const headingRef = useHeadingFocus();
  const { scaffold, errors, submit } = useMutationSubmit(UpdatePlan, (d) => d.updatePlan, ["title", "summary"]);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = formText(event.currentTarget);
    const input = { planId: plan.id, version: plan.version, title: value("title"), summary: value("summary") };
    if (await submit({ input })) onDone();
  };
  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      className="card plan-form"
      labelledBy="edit-plan-heading"
      heading={
        <>
          <h3 id="edit-plan-heading" ref={headingRef} tabIndex={-1}>
            {t("editPlan.heading")}
          </h3>
          {plan.status !== "DRAFT" && <p className="muted">{t("editPlan.adoptedNote")}</p>}
        </>
      }
      submitLabel={t("editPlan.submit")}
      busyLabel={t("editPlan.busy")}
      onCancel={onCancel}
      cancelLabel={t("editPlan.cancel")}
    >
      <Field name="title" label={t("createPlan.title")} error={errors.fields.title}>
        {(p) => <input {...p} type="text" maxLength={300} required defaultValue={plan.title} />}
      </Field>
      <Field name="summary" label={t("createPlan.summary")} optional error={errors.fields.summary}>
        {(p) => <textarea {...p} rows={3} maxLength={5000} defaultValue={plan.summary} />}
      </Field>
    </FormScaffold>
  );
}

/** The kansli corrects a sub-goal's title and description, with the same check of the version read. */
export function EditSubGoalForm({
  value: subGoal,
  onDone,
  onCancel,
}: Props<{ id: string; title: string; description: string; version: number }>) {
  const { t } = useTranslation("plans");
  const headingRef = useHeadingFocus();
  const { scaffold, errors, submit } = useMutationSubmit(UpdateSubGoal, (d) => d.updatePlanSubGoal, ["title", "description"]);
  const headingId = `edit-sub-goal-${subGoal.id}`;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = formText(event.currentTarget);
    const input = { subGoalId: subGoal.id, version: subGoal.version, title: value("title"), description: value("description") };
    if (await submit({ input })) onDone();
  };
  return (
    <FormScaffold
      {...scaffold}
      onSubmit={onSubmit}
      className="card plan-form"
      labelledBy={headingId}
      heading={
        <h4 id={headingId} ref={headingRef} tabIndex={-1}>
          {t("editSubGoal.heading", { name: subGoal.title })}
        </h4>
      }
      submitLabel={t("subGoal.submit")}
      busyLabel={t("subGoal.busy")}
      onCancel={onCancel}
      cancelLabel={t("subGoal.cancel")}
    >
      <Field name="title" label={t("subGoal.title")} error={errors.fields.title}>
        {(p) => <input {...p} type="text" maxLength={300} required defaultValue={subGoal.title} />}
      </Field>
      <Field name="description" label={t("subGoal.description")} optional error={errors.fields.description}>
        {(p) => <textarea {...p} rows={2} maxLength={5000} defaultValue={subGoal.description} />}
      </Field>
    </FormScaffold>
  );
}
