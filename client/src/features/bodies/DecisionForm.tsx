import { type FormEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { errorMessage } from "../../ui/QueryState";
import { today } from "../../ui/format";
import { RecordDecisionMutation } from "./mutations";

const OUTCOMES = ["APPROVED", "REJECTED", "RETURNED", "TABLED"] as const;
type Outcome = (typeof OUTCOMES)[number];
const ASSIGNMENT_FIELDS = ["assignments.0.assigneeBodyId", "assignments.0.description", "assignments.0.dueOn"];

/** The body's decision on a matter on the agenda, with at most one assignment to a body here (more through the API). */
export function DecisionForm({
  matter,
  agendaItemId,
  bodies,
  onDone,
}: {
  matter: { id: string; number: number };
  agendaItemId: string;
  bodies: readonly { id: string; name: string }[];
  onDone: () => void;
}) {
  const { t } = useTranslation("bodies");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, record] = useMutation(RecordDecisionMutation);
  const headingId = `decision-${agendaItemId}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noErrors);
    const assignee = String(form.get("assigneeBodyId") ?? "");
    const result = await record({
      input: {
        matterId: matter.id,
        agendaItemId,
        outcome: String(form.get("outcome") ?? "APPROVED") as Outcome,
        text: String(form.get("text") ?? ""),
        decidedOn: String(form.get("decidedOn") ?? ""),
        assignments: assignee
          ? [{ assigneeBodyId: assignee, description: String(form.get("assignment") ?? ""), dueOn: String(form.get("dueOn") ?? "") }]
          : [],
      },
    });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const p = result.data?.recordMatterDecision;
    if (p?.decision && p.errors.length === 0) return onDone();
    setErrors(toFormErrors(p?.errors ?? [], ["outcome", "text", "decidedOn", ...ASSIGNMENT_FIELDS]));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card decision-form"
      labelledBy={headingId}
      heading={<h4 id={headingId}>{t("decision.heading", { number: matter.number })}</h4>}
      submitLabel={t("decision.record")}
      busyLabel={t("decision.recording")}
      busy={fetching}
    >
      <fieldset className="fieldset">
        <legend>{t("decision.outcome")}</legend>
        {OUTCOMES.map((o) => (
          <div className="radio" key={o}>
            <input type="radio" id={`${headingId}-${o}`} name="outcome" value={o} defaultChecked={o === "APPROVED"} />
            <label htmlFor={`${headingId}-${o}`}>{t(`outcome.${o}`)}</label>
          </div>
        ))}
      </fieldset>
      <Field name="text" label={t("decision.text")} hint={t("decision.textHint")} error={errors.fields.text}>
        {(p) => <textarea {...p} rows={3} required />}
      </Field>
      <Field name="decidedOn" label={t("decision.decidedOn")} error={errors.fields.decidedOn}>
        {(p) => <input {...p} type="date" defaultValue={today()} required />}
      </Field>
      <fieldset className="fieldset">
        <legend>{t("decision.assignment")}</legend>
        <p className="field__hint">{t("decision.assignmentHint")}</p>
        <Field name="assigneeBodyId" label={t("decision.assignee")} error={errors.fields["assignments.0.assigneeBodyId"]}>
          {(p) => (
            <select {...p} defaultValue="">
              <option value="">{t("decision.noAssignee")}</option>
              {bodies.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="assignment" label={t("decision.assignmentText")} error={errors.fields["assignments.0.description"]} optional>
          {(p) => <input {...p} type="text" maxLength={2000} />}
        </Field>
        <Field name="dueOn" label={t("decision.dueOn")} error={errors.fields["assignments.0.dueOn"]} optional>
          {(p) => <input {...p} type="date" />}
        </Field>
      </fieldset>
    </FormScaffold>
  );
}
