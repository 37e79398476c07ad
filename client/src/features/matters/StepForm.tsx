import { type FormEvent, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { OperationResult } from "urql";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { type FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import type { FragmentOf } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";

type Payload = { errors: readonly FragmentOf<typeof FormErrorsFragment>[] } | null | undefined;

interface Props {
  heading: string;
  /** The input field it fills: a choice (options) or a text (a reason). */
  field: { name: string; label: string; options?: { value: string; label: string }[]; placeholder?: string };
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  submit: (value: string) => Promise<OperationResult<unknown>>;
  payloadOf: (data: unknown) => Payload;
  className?: string;
}

/** One step of a matter that takes one value: the preparer, the body, a reason. Errors come back beside the field. */
export function StepForm({ heading, field, submitLabel, busyLabel, busy, submit, payloadOf, className }: Props) {
  const { t } = useTranslation("matters");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const headingId = useId();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const value = String(new FormData(formEl).get(field.name) ?? "");
    setErrors(noErrors);
    const r = await submit(value);
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = payloadOf(r.data);
    if (p && p.errors.length > 0) return setErrors(toFormErrors(p.errors, [field.name]));
    formEl.reset();
  };

  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className={`matter-step ${className ?? ""}`}
      labelledBy={headingId}
      heading={<h3 id={headingId}>{heading}</h3>}
      submitLabel={submitLabel}
      busyLabel={busyLabel}
      busy={busy}
    >
      <Field name={field.name} label={field.label} error={errors.fields[field.name]}>
        {(p) =>
          field.options ? (
            <select {...p} defaultValue="" required>
              <option value="" disabled>
                {field.placeholder}
              </option>
              {field.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <textarea {...p} rows={3} maxLength={2000} required />
          )
        }
      </Field>
    </FormScaffold>
  );
}
