import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { MeasureFragment } from "./fragments";
import { parseNumber } from "./numbers";
import { today } from "../../ui/format";
import "./testing.css";

const RecordMeasurementMutation = graphql(
  `
    mutation RecordMeasurementForm($input: RecordMeasurementInput!) {
      recordMeasurement(input: $input) {
        measurement {
          id
        }
        cycle {
          id
          idea {
            id
          }
        }
        measure {
          id
          ...CycleMeasure_measure
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MeasureFragment, FormErrorsFragment],
);

/** Record a measurement of one of the cycle's measures: date, value, note. Stays open for the next value. */
export function MeasurementForm({
  cycleId,
  measures,
}: {
  cycleId: string;
  measures: readonly { id: string; name: string; unit: string }[];
}) {
  const { t } = useTranslation("testing");
  const [saved, setSaved] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, record] = useMutation(RecordMeasurementMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    setSaved("");
    const value = parseNumber(text("value"));
    if (value === null || Number.isNaN(value))
      return setErrors({ fields: { value: value === null ? t("form.required") : t("form.notANumber") }, general: [] });
    setErrors(noErrors);
    const measureId = text("measureId");
    const r = await record({ input: { measureId, measuredOn: text("measuredOn"), value, note: text("note") } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.recordMeasurement;
    if (p?.measurement && p.errors.length === 0) {
      const name = measures.find((m) => m.id === measureId)?.name ?? "";
      setSaved(t("measurement.saved", { name }));
      if (valueRef.current) valueRef.current.value = "";
      const note = formRef.current?.elements.namedItem("note");
      if (note instanceof HTMLInputElement) note.value = "";
      valueRef.current?.focus();
      return;
    }
    setErrors(toFormErrors(p?.errors ?? [], ["measureId", "measuredOn", "value", "note"]));
  };

  return (
    <form ref={formRef} className="form cycle-subform" noValidate onSubmit={onSubmit} aria-labelledby={`measurement-heading-${cycleId}`}>
      <h4 id={`measurement-heading-${cycleId}`}>{t("measurement.heading")}</h4>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <div className="form-row form-row--4">
        {measures.length > 1 ? (
          <Field name="measureId" label={t("measurement.measure")} error={errors.fields.measureId}>
            {(p) => (
              <select {...p}>
                {measures.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <input type="hidden" name="measureId" value={measures[0]?.id ?? ""} />
        )}
        <Field name="measuredOn" label={t("measurement.date")} error={errors.fields.measuredOn}>
          {(p) => <input {...p} type="date" max={today()} defaultValue={today()} required />}
        </Field>
        <Field
          name="value"
          label={measures.length === 1 && measures[0] ? t("measurement.valueOf", { name: measures[0].name }) : t("measurement.value")}
          hint={measures.length === 1 && measures[0]?.unit ? t("measurement.unit", { unit: measures[0].unit }) : undefined}
          error={errors.fields.value}
        >
          {(p) => <input {...p} ref={valueRef} type="text" inputMode="decimal" required />}
        </Field>
        <Field name="note" label={t("measurement.note")} optional error={errors.fields.note}>
          {(p) => <input {...p} type="text" maxLength={1000} />}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={fetching}>
          {fetching ? t("form.saving") : t("measurement.submit")}
        </button>
        <p className="form__status" role="status">
          {saved}
        </p>
      </div>
    </form>
  );
}
