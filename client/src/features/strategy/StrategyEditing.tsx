import { type FormEvent, type ReactNode, type Ref, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql } from "../../graphql";
import { today } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import { useOpenerFocus } from "../../ui/useOpenerFocus";

const UpdateStrategicGoalMutation = graphql(
  `
    mutation UpdateStrategicGoal($input: UpdateStrategicGoalInput!) {
      updateStrategicGoal(input: $input) {
        goal {
          id
          title
          titleSv
          titleEn
          reviewOn
          reviewDue
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);
const CreateFocusAreaMutation = graphql(
  `
    mutation CreateFocusArea($input: CreateFocusAreaInput!) {
      createFocusArea(input: $input) {
        focusArea {
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
const UpdateFocusAreaMutation = graphql(
  `
    mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {
      updateFocusArea(input: $input) {
        focusArea {
          id
          code
          title
          titleSv
          titleEn
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);
const DeleteFocusAreaMutation = graphql(`
  mutation DeleteFocusArea($id: ID!) {
    deleteFocusArea(id: $id) {
      deletedId
      errors {
        message
      }
    }
  }
`);

interface Titles {
  titleSv: string;
  titleEn: string;
}

/** The fields a goal and a focus area share: the title in Swedish and in English (and a focus area's code). */
function TitleFields({
  prefix,
  values,
  errors,
  code,
}: {
  prefix: string;
  values?: Titles;
  errors: Partial<Record<string, string>>;
  code?: string;
}) {
  const { t } = useTranslation("strategy");
  return (
    <>
      {code !== undefined && (
        <Field name="code" id={`${prefix}-code`} label={t("edit.code")} hint={t("edit.codeHint")} error={errors.code}>
          {(p) => <input {...p} type="text" maxLength={10} defaultValue={code} className="input--short" />}
        </Field>
      )}
      <Field name="titleSv" id={`${prefix}-titleSv`} label={t("edit.titleSv")} error={errors.titleSv}>
        {(p) => <input {...p} type="text" lang="sv" maxLength={300} defaultValue={values?.titleSv ?? ""} />}
      </Field>
      <Field name="titleEn" id={`${prefix}-titleEn`} label={t("edit.titleEn")} error={errors.titleEn}>
        {(p) => <input {...p} type="text" lang="en" maxLength={300} defaultValue={values?.titleEn ?? ""} />}
      </Field>
    </>
  );
}

const FIELDS = ["code", "titleSv", "titleEn", "reviewOn"];

/** One form for a goal's titles, a new focus area or a focus area's edit; which, by what it is given. */
function StrategyForm({
  kind,
  id,
  values,
  code,
  heading,
  headingRef,
  onDone,
}: {
  kind: "goal" | "newArea" | "area";
  /** The goal (for "goal" and "newArea") or the focus area ("area"). */
  id: string;
  values?: Titles & { reviewOn?: string | null };
  code?: string;
  heading: string;
  headingRef: Ref<HTMLHeadingElement>;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation("strategy");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [goalState, updateGoal] = useMutation(UpdateStrategicGoalMutation);
  const [createState, createArea] = useMutation(CreateFocusAreaMutation);
  const [areaState, updateArea] = useMutation(UpdateFocusAreaMutation);
  const prefix = `${kind}-${id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (k: string) => String(form.get(k) ?? "").trim();
    const titles = { titleSv: text("titleSv"), titleEn: text("titleEn") };
    setErrors(noErrors);
    const r =
      kind === "goal"
        ? await updateGoal({ input: { id, ...titles, reviewOn: text("reviewOn") || null } })
        : kind === "newArea"
          ? await createArea({ input: { goalId: id, code: text("code"), ...titles } })
          : await updateArea({ input: { id, code: text("code"), ...titles } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const data = r.data;
    const payload =
      data && "updateStrategicGoal" in data
        ? data.updateStrategicGoal
        : data && "createFocusArea" in data
          ? data.createFocusArea
          : data?.updateFocusArea;
    if (payload && payload.errors.length === 0) return onDone(true);
    setErrors(toFormErrors(payload?.errors ?? [], FIELDS));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="strategy-form"
      labelledBy={`${prefix}-heading`}
      heading={
        <h5 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1} className="strategy-form__heading">
          {heading}
        </h5>
      }
      submitLabel={t("edit.save")}
      busyLabel={t("edit.saving")}
      busy={goalState.fetching || createState.fetching || areaState.fetching}
      onCancel={() => onDone(false)}
      cancelLabel={t("edit.cancel")}
    >
      <TitleFields prefix={prefix} values={values} code={kind === "goal" ? undefined : (code ?? "")} errors={errors.fields} />
      {kind === "goal" && (
        <Field
          name="reviewOn"
          id={`${prefix}-reviewOn`}
          label={t("edit.reviewOn")}
          hint={t("edit.reviewOnHint")}
          optional
          error={errors.fields.reviewOn}
        >
          {(p) => <input {...p} type="date" min={today()} defaultValue={values?.reviewOn ?? ""} className="input--short" />}
        </Field>
      )}
    </FormScaffold>
  );
}

/** A toggle that opens a form in its place; focus goes to the form's heading, and back to the toggle when it closes. */
function Editable({
  label,
  children,
}: {
  label: string;
  children: (close: (saved: boolean) => void, headingRef: Ref<HTMLHeadingElement>) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const { openerRef, headingRef } = useOpenerFocus(open);
  if (open) return <div className="strategy-edit">{children(() => setOpen(false), headingRef)}</div>;
  return (
    <button ref={openerRef} type="button" className="link-button" onClick={() => setOpen(true)}>
      {label}
    </button>
  );
}

/** For coordinators: edit a goal's titles and its next review date. */
export function EditGoal({ goal }: { goal: { id: string; number: number; reviewOn: string | null } & Titles }) {
  const { t } = useTranslation("strategy");
  return (
    <Editable label={t("edit.editGoal", { number: goal.number })}>
      {(close, ref) => (
        <StrategyForm
          kind="goal"
          id={goal.id}
          values={goal}
          heading={t("edit.goalHeading", { number: goal.number })}
          headingRef={ref}
          onDone={close}
        />
      )}
    </Editable>
  );
}

/** For coordinators: add a focus area to a goal. */
export function AddFocusArea({ goal }: { goal: { id: string; number: number } }) {
  const { t } = useTranslation("strategy");
  return (
    <Editable label={t("edit.addArea", { number: goal.number })}>
      {(close, ref) => (
        <StrategyForm
          kind="newArea"
          id={goal.id}
          heading={t("edit.addAreaHeading", { number: goal.number })}
          headingRef={ref}
          onDone={close}
        />
      )}
    </Editable>
  );
}

/** For coordinators: edit or remove a focus area. */
export function EditFocusArea({ area }: { area: { id: string; code: string } & Titles }) {
  const { t } = useTranslation("strategy");
  const [removal, remove] = useMutation(DeleteFocusAreaMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const onRemove = async () => {
    setProblem(null);
    const r = await remove({ id: area.id });
    const message = r.error
      ? errorMessage(r.error, t("state.networkError", { ns: "translation" }))
      : r.data?.deleteFocusArea.errors[0]?.message;
    if (message) setProblem(message);
  };
  return (
    <span className="focus-area__tools">
      <Editable label={t("edit.editArea", { code: area.code })}>
        {(close, ref) => (
          <StrategyForm
            kind="area"
            id={area.id}
            values={area}
            code={area.code}
            heading={t("edit.areaHeading", { code: area.code })}
            headingRef={ref}
            onDone={close}
          />
        )}
      </Editable>
      <button type="button" className="link-button" disabled={removal.fetching} onClick={() => void onRemove()}>
        {t("edit.removeArea", { code: area.code })}
      </button>
      {problem && (
        <span className="field__error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
