import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import "./guidance.css";

export const FeedbackPromiseFragment = graphql(`
  fragment FeedbackPromise_arena on Arena {
    id
    feedbackPromise {
      acknowledgeWorkingDays
      decisionWorkingDays
    }
  }
`);

const SetFeedbackPromiseMutation = graphql(
  `
    mutation SetFeedbackPromise($input: FeedbackPromiseInput!) {
      setFeedbackPromise(input: $input) {
        feedbackPromise {
          acknowledgeWorkingDays
          decisionWorkingDays
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** The arena's feedback promises in working days, for its coordinators. */
export function FeedbackPromiseForm({ arena: ref }: { arena: FragmentOf<typeof FeedbackPromiseFragment> }) {
  const { t } = useTranslation("guidance");
  const arena = readFragment(FeedbackPromiseFragment, ref);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, save] = useMutation(SetFeedbackPromiseMutation);
  const promise = arena.feedbackPromise;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noErrors);
    setSaved(false);
    const result = await save({
      input: {
        arenaId: arena.id,
        acknowledgeWorkingDays: Number(form.get("acknowledgeWorkingDays")),
        decisionWorkingDays: Number(form.get("decisionWorkingDays")),
      },
    });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const payload = result.data?.setFeedbackPromise;
    if (payload?.feedbackPromise && payload.errors.length === 0) return setSaved(true);
    setErrors(toFormErrors(payload?.errors ?? [], ["acknowledgeWorkingDays", "decisionWorkingDays"]));
  };

  return (
    <section className="section promise-settings" aria-labelledby="promise-heading">
      <h2 id="promise-heading">{t("promise.heading")}</h2>
      <p className="muted">{t("promise.intro")}</p>
      <form ref={formRef} className="form card promise-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary ref={summaryRef} errors={errors} />
        <div className="form-row">
          <Field
            name="acknowledgeWorkingDays"
            label={t("promise.acknowledge")}
            hint={t("promise.acknowledgeHint")}
            error={errors.fields.acknowledgeWorkingDays}
          >
            {(p) => (
              <input {...p} type="number" inputMode="numeric" min={1} max={60} required defaultValue={promise.acknowledgeWorkingDays} />
            )}
          </Field>
          <Field
            name="decisionWorkingDays"
            label={t("promise.decision")}
            hint={t("promise.decisionHint")}
            error={errors.fields.decisionWorkingDays}
          >
            {(p) => (
              <input {...p} type="number" inputMode="numeric" min={1} max={120} required defaultValue={promise.decisionWorkingDays} />
            )}
          </Field>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {fetching ? t("common.saving") : t("common.save")}
          </button>
          <p className="form__status" role="status">
            {saved ? t("promise.saved") : ""}
          </p>
        </div>
      </form>
    </section>
  );
}
