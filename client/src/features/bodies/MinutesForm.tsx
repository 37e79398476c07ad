import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { Field } from "../../forms/Field";
import { noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { errorMessage } from "../../ui/QueryState";
import { WriteMinutesMutation } from "./mutations";

/** The minutes of one agenda item, written by the body's members or the kansli until they are published. */
export function MinutesForm({ itemId, number, minutes }: { itemId: string; number: number; minutes: string }) {
  const { t } = useTranslation("bodies");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, write] = useMutation(WriteMinutesMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(noErrors);
    setSaved(false);
    const result = await write({
      input: { agendaItemId: itemId, minutes: String(new FormData(event.currentTarget).get("minutes") ?? "") },
    });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const p = result.data?.writeMinutes;
    if (p?.meeting && p.errors.length === 0) return setSaved(true);
    setErrors(toFormErrors(p?.errors ?? [], ["minutes"]));
  };

  return (
    <form ref={formRef} className="form minutes-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <Field name="minutes" label={t("meeting.minutesFor", { number })} error={errors.fields.minutes}>
        {(p) => <textarea {...p} rows={3} defaultValue={minutes} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={fetching}>
          {t("meeting.saveMinutes")}
        </button>
        <p className="form__status" role="status">
          {saved ? t("meeting.minutesSaved") : ""}
        </p>
      </div>
    </form>
  );
}
