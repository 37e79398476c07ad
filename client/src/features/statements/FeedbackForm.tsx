import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { lastArena } from "../../app/lastArena";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { useQuery } from "../../ui/useQuery";

const FeedbackArenasQuery = graphql(`
  query FeedbackArenas {
    arenas {
      id
      slug
      name
    }
  }
`);

const SendFeedbackMutation = graphql(
  `
    mutation SendFeedback($input: SendFeedbackInput!) {
      sendFeedback(input: $input) {
        sent
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const FIELDS = ["arenaId", "message", "email", "page"];

/** The accessibility statement's feedback form: it lands with the chosen arena's admins (no account needed). */
export function FeedbackForm() {
  const { t } = useTranslation("statements");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ data }] = useQuery({ query: FeedbackArenasQuery });
  const [{ fetching }, send] = useMutation(SendFeedbackMutation);
  const [sent, setSent] = useState(false);
  const remembered = data?.arenas.find((a) => a.slug === lastArena())?.id ?? "";

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    setErrors(noErrors);
    setSent(false);
    const result = await send({
      input: { arenaId: text("arenaId") || null, message: text("message"), email: text("email"), page: text("page") },
    });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const payload = result.data?.sendFeedback;
    if (payload?.sent) {
      formRef.current?.reset();
      return setSent(true);
    }
    setErrors(toFormErrors(payload?.errors ?? [], FIELDS));
  };

  return (
    <>
      <FormScaffold
        formRef={formRef}
        summaryRef={summaryRef}
        errors={errors}
        onSubmit={onSubmit}
        className="card feedback-form"
        labelledBy="feedback-heading"
        heading={<h3 id="feedback-heading">{t("feedback.heading")}</h3>}
        submitLabel={t("feedback.send")}
        busyLabel={t("feedback.sending")}
        busy={fetching}
      >
        {data && (
          <Field name="arenaId" id="feedback-arena" label={t("feedback.arena")} error={errors.fields.arenaId}>
            {(p) => (
              <select {...p} key={remembered} defaultValue={remembered}>
                <option value="">{t("feedback.allArenas")}</option>
                {data.arenas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field
          name="message"
          id="feedback-message"
          label={t("feedback.message")}
          hint={t("feedback.messageHint")}
          error={errors.fields.message}
        >
          {(p) => <textarea {...p} rows={5} maxLength={5000} />}
        </Field>
        <Field name="page" id="feedback-page" label={t("feedback.page")} optional error={errors.fields.page}>
          {(p) => <input {...p} type="text" maxLength={500} />}
        </Field>
        <Field
          name="email"
          id="feedback-email"
          label={t("feedback.email")}
          hint={t("feedback.emailHint")}
          optional
          error={errors.fields.email}
        >
          {(p) => <input {...p} type="email" maxLength={254} autoComplete="email" />}
        </Field>
      </FormScaffold>
      <p role="status" className={sent ? "notice notice--success" : "visually-hidden"}>
        {sent ? t("feedback.sent") : ""}
      </p>
    </>
  );
}
