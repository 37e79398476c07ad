import { type FormEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { CycleCardFragment } from "./fragments";
import { parseNumber } from "./numbers";
import "./testing.css";

const RecordStudyMutation = graphql(
  `
    mutation RecordStudyForm($input: RecordStudyInput!) {
      recordStudy(input: $input) {
        cycle {
          id
          ...CycleCard_cycle
        }
        idea {
          id
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CycleCardFragment, FormErrorsFragment],
);

interface Props {
  cycleId: string;
  /** The version of the cycle as shown: a study someone saved meanwhile is not overwritten. */
  version: number;
  observations: string;
  participantsReached: number | null;
  onDone: (saved: boolean) => void;
}

/** The study of PDSA: what was seen against the targets, and how many took part. */
export function StudyForm({ cycleId, version, observations, participantsReached, onDone }: Props) {
  const { t } = useTranslation("testing");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, record] = useMutation(RecordStudyMutation);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reachedText = String(form.get("participantsReached") ?? "");
    const reached = parseNumber(reachedText);
    if (Number.isNaN(reached)) return setErrors({ fields: { participantsReached: t("form.notANumber") }, general: [] });
    setErrors(noErrors);
    const r = await record({
      input: {
        id: cycleId,
        observations: String(form.get("observations") ?? "").trim(),
        participantsReached: reached === null ? null : Math.round(reached),
        expectedVersion: version,
      },
    });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.recordStudy;
    if (p?.cycle && p.errors.length === 0) return onDone(true);
    setErrors(toFormErrors(p?.errors ?? [], ["observations", "participantsReached"]));
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card cycle-form"
      labelledBy={`study-heading-${cycleId}`}
      heading={
        <h4 id={`study-heading-${cycleId}`} ref={headingRef} tabIndex={-1}>
          {t("study.heading")}
        </h4>
      }
      submitLabel={t("study.submit")}
      busyLabel={t("form.saving")}
      busy={fetching}
      onCancel={() => onDone(false)}
      cancelLabel={t("form.cancel")}
    >
      <Field name="observations" label={t("study.observations")} hint={t("study.observationsHint")} error={errors.fields.observations}>
        {(p) => <textarea {...p} rows={4} maxLength={5000} defaultValue={observations} required />}
      </Field>
      <Field name="participantsReached" label={t("study.participantsReached")} optional error={errors.fields.participantsReached}>
        {(p) => <input {...p} type="text" inputMode="numeric" defaultValue={participantsReached ?? ""} />}
      </Field>
    </FormScaffold>
  );
}
