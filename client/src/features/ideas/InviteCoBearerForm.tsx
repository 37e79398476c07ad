import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { CoBearerListFragment } from "./CoBearerList";
import { IdeaTimelineFragment } from "./IdeaTimeline";
import "./ideas.css";

const InviteCoBearerMutation = graphql(
  `
    mutation InviteCoBearer($input: InviteCoBearerInput!) {
      inviteCoBearer(input: $input) {
        coBearer {
          id
          email
        }
        idea {
          id
          ...CoBearerList_idea
          ...IdeaTimeline_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CoBearerListFragment, IdeaTimelineFragment, FormErrorsFragment],
);

/** Bearers invite a co-bearer by email; the person accepts or declines under "Mina idéer". */
export function InviteCoBearerForm({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("ideas");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [invited, setInvited] = useState<string | null>(null);
  const [{ fetching }, invite] = useMutation(InviteCoBearerMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get("email") ?? "").trim();
    setErrors(noErrors);
    setInvited(null);
    const result = await invite({ input: { ideaId, email } });
    if (result.error) return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError"))] });
    const payload = result.data?.inviteCoBearer;
    if (payload?.coBearer) {
      setInvited(payload.coBearer.email);
      form.reset();
      return;
    }
    setErrors(toFormErrors(payload?.errors ?? [], ["email"]));
  };

  return (
    <form ref={formRef} className="form invite-form" noValidate onSubmit={onSubmit} aria-labelledby="invite-heading">
      <h3 id="invite-heading" className="tool-heading">
        {t("coBearers.inviteHeading")}
      </h3>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <Field name="email" label={t("coBearers.email")} hint={t("coBearers.emailHint")} error={errors.fields.email}>
        {(p) => <input {...p} type="email" autoComplete="off" inputMode="email" spellCheck={false} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={fetching}>
          {fetching ? t("coBearers.inviting") : t("coBearers.invite")}
        </button>
        <p role="status" className="form__status">
          {invited ? t("coBearers.invited", { email: invited }) : ""}
        </p>
      </div>
    </form>
  );
}
