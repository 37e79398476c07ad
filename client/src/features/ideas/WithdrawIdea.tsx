import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { IdeaTimelineFragment } from "./IdeaTimeline";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import "./ideas.css";
import "../../ui/confirm.css";

const WithdrawIdeaMutation = graphql(
  `
    mutation WithdrawIdea($input: WithdrawIdeaInput!) {
      withdrawIdea(input: $input) {
        idea {
          id
          stage
          version
          ...IdeaTimeline_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [IdeaTimelineFragment, FormErrorsFragment],
);

/** Withdraw, behind a confirmation with an optional reason. Focus moves into the confirmation and back. */
export function WithdrawIdea({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("ideas");
  const [open, setOpen] = useState(false);
  const { openerRef, headingRef } = useOpenerFocus(open);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, withdraw] = useMutation(WithdrawIdeaMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
    setErrors(noErrors);
    const result = await withdraw({ input: { id: ideaId, reason: reason || null } });
    if (result.error) return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError"))] });
    const payload = result.data?.withdrawIdea;
    if (payload?.idea) return;
    setErrors(toFormErrors(payload?.errors ?? [], ["reason"]));
  };

  if (!open) {
    return (
      <button ref={openerRef} type="button" className="button button--danger-ghost" onClick={() => setOpen(true)}>
        {t("withdraw.open")}
      </button>
    );
  }
  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="confirm-panel"
      labelledBy="withdraw-heading"
      heading={
        <>
          <h3 id="withdraw-heading" ref={headingRef} tabIndex={-1} className="tool-heading">
            {t("withdraw.heading")}
          </h3>
          <p>{t("withdraw.explain")}</p>
        </>
      }
      submitLabel={t("withdraw.confirm")}
      busyLabel={t("withdraw.withdrawing")}
      busy={fetching}
      submitClassName="button button--danger"
      onCancel={() => setOpen(false)}
      cancelLabel={t("withdraw.cancel")}
    >
      <Field name="reason" label={t("withdraw.reason")} hint={t("withdraw.reasonHint")} optional error={errors.fields.reason}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} />}
      </Field>
    </FormScaffold>
  );
}
