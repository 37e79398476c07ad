import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useClient, useMutation } from "urql";
import { Choice, Fieldset } from "../../forms/Choices";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql, readFragment } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { CycleCardFragment } from "./fragments";
import "./testing.css";

const DecideTestCycleMutation = graphql(
  `
    mutation DecideTestCycleForm($input: DecideTestCycleInput!) {
      decideTestCycle(input: $input) {
        cycle {
          id
          ...CycleCard_cycle
        }
        nextCycle {
          id
          ...CycleCard_cycle
        }
        idea {
          id
          stage
          viewerCanPlanTestCycle
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CycleCardFragment, FormErrorsFragment],
);

/** The cycle as it is now, fetched when the decision was refused as based on an older study. */
const CycleNowQuery = graphql(
  `
    query DecisionFormCycleNow($id: ID!) {
      node(id: $id) {
        id
        ... on TestCycle {
          ...CycleCard_cycle
        }
      }
    }
  `,
  [CycleCardFragment],
);

export const DECISIONS = ["RETEST", "PIVOT", "ADVANCE", "STOP"] as const;
export type Decision = (typeof DECISIONS)[number];

interface Props {
  cycleId: string;
  /** The version of the cycle as shown: a study saved again meanwhile is not decided over unread. */
  version: number;
  onDone: (saved: boolean) => void;
}

/** The act of PDSA, for the team: the decision, why, what was learned, and how the bearers agreed. */
export function DecisionForm({ cycleId, version, onDone }: Props) {
  const { t } = useTranslation("testing");
  const client = useClient();
  const [choice, setChoice] = useState<Decision | "">("");
  const [publish, setPublish] = useState(true);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, decide] = useMutation(DecideTestCycleMutation);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    if (!choice) return setErrors({ fields: { decision: t("decision.choose") }, general: [] });
    setErrors(noErrors);
    const r = await decide({
      input: {
        id: cycleId,
        decision: choice,
        rationale: text("rationale"),
        learnings: text("learnings"),
        bearerAgreement: text("bearerAgreement"),
        publishLearning: publish,
        expectedVersion: version,
      },
    });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.decideTestCycle;
    if (p?.cycle && p.errors.length === 0) return onDone(true);
    setErrors(toFormErrors(p?.errors ?? [], ["decision", "rationale", "learnings", "bearerAgreement"]));
    // Based on an older study: show the new one above the form (what is typed stays) for a second look.
    if (p?.errors.some((e) => readFragment(FormErrorsFragment, e).code === "DECISION_STALE"))
      await client.query(CycleNowQuery, { id: cycleId }, { requestPolicy: "network-only" }).toPromise();
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card cycle-form"
      labelledBy={`decide-heading-${cycleId}`}
      heading={
        <h4 id={`decide-heading-${cycleId}`} ref={headingRef} tabIndex={-1}>
          {t("decision.heading")}
        </h4>
      }
      submitLabel={t("decision.submit")}
      busyLabel={t("form.saving")}
      busy={fetching}
      onCancel={() => onDone(false)}
      cancelLabel={t("form.cancel")}
    >
      <Fieldset legend={t("decision.kind")} error={errors.fields.decision}>
        {DECISIONS.map((d) => (
          <Choice
            key={d}
            type="radio"
            name="decision"
            value={d}
            label={t(`decisionKind.${d}`)}
            hint={t(`decisionHint.${d}`)}
            checked={choice === d}
            onChange={() => setChoice(d)}
            invalid={Boolean(errors.fields.decision)}
          />
        ))}
      </Fieldset>
      <Field name="rationale" label={t("decision.rationale")} hint={t("decision.rationaleHint")} error={errors.fields.rationale}>
        {(p) => <textarea {...p} rows={3} maxLength={5000} required />}
      </Field>
      <Field name="learnings" label={t("decision.learnings")} hint={t("decision.learningsHint")} error={errors.fields.learnings}>
        {(p) => <textarea {...p} rows={4} maxLength={5000} required />}
      </Field>
      <Field
        name="bearerAgreement"
        label={t("decision.bearerAgreement")}
        hint={t("decision.bearerAgreementHint")}
        error={errors.fields.bearerAgreement}
      >
        {(p) => <input {...p} type="text" maxLength={300} required />}
      </Field>
      <Choice
        type="checkbox"
        name="publishLearning"
        label={t("decision.publish")}
        hint={t("decision.publishHint")}
        checked={publish}
        onChange={setPublish}
      />
    </FormScaffold>
  );
}
