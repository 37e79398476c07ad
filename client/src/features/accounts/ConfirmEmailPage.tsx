import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment } from "../../forms/errors";
import { useMutationForm } from "../../forms/useMutationForm";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";

const ConfirmEmailChangeMutation = graphql(
  `
    mutation ConfirmEmailChange($token: String!) {
      confirmEmailChange(token: $token) {
        user {
          id
          email
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** The page of the link mailed to a new address: one button confirms it (a mail scanner's visit changes nothing). */
export function ConfirmEmailPage() {
  const { t } = useTranslation("accounts");
  const { token = "" } = useParams();
  const form = useMutationForm([]);
  const [{ fetching }, confirm] = useMutation(ConfirmEmailChangeMutation);
  const [email, setEmail] = useState<string | null>(null);
  const onClick = async () => {
    const result = await confirm({ token });
    if (form.accept(result, result.data?.confirmEmailChange)) setEmail(result.data?.confirmEmailChange.user?.email ?? "");
  };
  return (
    <div className="narrow">
      <PageTitle parts={[t("confirmEmail.title")]} />
      <h1 tabIndex={-1}>{t("confirmEmail.title")}</h1>
      {email !== null ? (
        <div className="notice" role="status">
          <p>{t("confirmEmail.done", { email })}</p>
          <Link to="/account">{t("confirmEmail.toAccount")}</Link>
        </div>
      ) : (
        <div className="card">
          <p>{t("confirmEmail.intro")}</p>
          <ErrorSummary ref={form.summaryRef} errors={form.errors} />
          <button type="button" className="button button--primary" disabled={fetching} onClick={() => void onClick()}>
            {fetching ? t("confirmEmail.submitting") : t("confirmEmail.submit")}
          </button>
        </div>
      )}
    </div>
  );
}
