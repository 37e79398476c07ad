import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Choice, Fieldset } from "../../forms/Choices";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import "./research.css";

const CONFIDENCES = ["LOW", "MEDIUM", "HIGH"] as const;
type Confidence = (typeof CONFIDENCES)[number];

export const EvaluationFieldsFragment = graphql(`
  fragment EvaluationFields_evaluation on Evaluation {
    id
    method
    dataSources
    findings
    confidence
    ethicsNotes
    sharedWithBearers
    viewerIsAuthor
    createdAt
    updatedAt
    author {
      id
      name
    }
  }
`);

const RecordEvaluationMutation = graphql(
  `
    mutation RecordEvaluationForm($input: RecordEvaluationInput!) {
      recordEvaluation(input: $input) {
        evaluation {
          id
          ...EvaluationFields_evaluation
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [EvaluationFieldsFragment, FormErrorsFragment],
);

const UpdateEvaluationMutation = graphql(
  `
    mutation UpdateEvaluationForm($input: UpdateEvaluationInput!) {
      updateEvaluation(input: $input) {
        evaluation {
          id
          ...EvaluationFields_evaluation
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [EvaluationFieldsFragment, FormErrorsFragment],
);

const FIELDS = ["method", "dataSources", "findings", "confidence", "ethicsNotes"] as const;

interface EvaluationValues {
  method: string;
  dataSources: string;
  findings: string;
  confidence: Confidence;
  ethicsNotes: string;
}

interface Props {
  cycleId: string;
  /** When editing: the evaluation's id and current values. */
  editing?: { id: string; values: EvaluationValues };
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A researcher records (or edits) an evaluation of a cycle: method, data sources, findings, confidence, ethics and consent. */
export function EvaluationForm({ cycleId, editing, onSaved, onCancel }: Props) {
  const { t } = useTranslation("research");
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [recordState, record] = useMutation(RecordEvaluationMutation);
  const [updateState, update] = useMutation(UpdateEvaluationMutation);
  const busy = recordState.fetching || updateState.fetching;
  const [confidence, setConfidence] = useState<Confidence>(editing?.values.confidence ?? "MEDIUM");
  useEffect(() => headingRef.current?.focus(), []);
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`])) as Record<(typeof FIELDS)[number], string>;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const values = {
      method: text("method"),
      dataSources: text("dataSources"),
      findings: text("findings"),
      confidence,
      ethicsNotes: text("ethicsNotes"),
    };
    setErrors(noErrors);
    const result = editing
      ? await update({ input: { id: editing.id, ...values } }).then((r) => ({ error: r.error, payload: r.data?.updateEvaluation }))
      : await record({ input: { cycleId, ...values } }).then((r) => ({ error: r.error, payload: r.data?.recordEvaluation }));
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    if (result.payload?.evaluation && result.payload.errors.length === 0) {
      onSaved(editing ? t("evaluations.updated") : t("evaluations.saved"));
      return;
    }
    setErrors(toFormErrors(result.payload?.errors ?? [], FIELDS));
  };

  const v = editing?.values;
  const links = {
    method: { label: t("evaluations.method"), id: ids.method },
    dataSources: { label: t("evaluations.dataSources"), id: ids.dataSources },
    findings: { label: t("evaluations.findings"), id: ids.findings },
    confidence: { label: t("evaluations.confidence"), id: `${id}-confidence-${confidence}` },
    ethicsNotes: { label: t("evaluations.ethicsNotes"), id: ids.ethicsNotes },
  };
  return (
    <form
      ref={formRef}
      className="form card evaluation-form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby={`${id}-heading`}
    >
      <h5 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {editing ? t("evaluations.editHeading") : t("evaluations.formHeading")}
      </h5>
      <ErrorSummary ref={summaryRef} errors={errors} links={links} />
      <Field name="method" id={ids.method} label={t("evaluations.method")} hint={t("evaluations.methodHint")} error={errors.fields.method}>
        {(c) => <input {...c} type="text" defaultValue={v?.method} maxLength={1000} required />}
      </Field>
      <Field
        name="dataSources"
        id={ids.dataSources}
        label={t("evaluations.dataSources")}
        hint={t("evaluations.dataSourcesHint")}
        error={errors.fields.dataSources}
        optional
      >
        {(c) => <textarea {...c} rows={2} defaultValue={v?.dataSources} maxLength={1000} />}
      </Field>
      <Field
        name="findings"
        id={ids.findings}
        label={t("evaluations.findings")}
        hint={t("evaluations.findingsHint")}
        error={errors.fields.findings}
      >
        {(c) => <textarea {...c} rows={5} defaultValue={v?.findings} maxLength={10000} required />}
      </Field>
      <Fieldset legend={t("evaluations.confidence")} error={errors.fields.confidence}>
        {CONFIDENCES.map((c) => (
          <Choice
            key={c}
            type="radio"
            id={`${id}-confidence-${c}`}
            name="confidence"
            value={c}
            label={t(`confidence.${c}`)}
            hint={t(`confidenceHint.${c}`)}
            checked={confidence === c}
            onChange={(on) => on && setConfidence(c)}
          />
        ))}
      </Fieldset>
      <Field
        name="ethicsNotes"
        id={ids.ethicsNotes}
        label={t("evaluations.ethicsNotes")}
        hint={t("evaluations.ethicsHint")}
        error={errors.fields.ethicsNotes}
        optional
      >
        {(c) => <textarea {...c} rows={3} defaultValue={v?.ethicsNotes} maxLength={10000} />}
      </Field>
      <div className="button-row form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t("evaluations.saving") : t("evaluations.save")}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("evaluations.cancel")}
        </button>
      </div>
    </form>
  );
}
