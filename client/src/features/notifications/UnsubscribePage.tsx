import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment } from "../../forms/errors";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { useMutationForm } from "../../forms/useMutationForm";

const UnsubscribeMutation = graphql(
  `
    mutation Unsubscribe($token: String!) {
      unsubscribe(token: $token) {
        stopped
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/**
 * A mail's unsubscribe link, opened in a browser: one button, no sign-in. It asks before it acts,
 * so that a mail scanner following the link does not unsubscribe anybody (a mail client's
 * one-click unsubscribe POSTs to the same address instead).
 */
export function UnsubscribePage() {
  const { t } = useTranslation("notifications");
  const { token = "" } = useParams();
  const form = useMutationForm([]);
  const [{ fetching }, unsubscribe] = useMutation(UnsubscribeMutation);
  const [stopped, setStopped] = useState<string | null>(null);
  const onClick = async () => {
    const result = await unsubscribe({ token });
    if (form.accept(result, result.data?.unsubscribe)) setStopped(result.data?.unsubscribe.stopped ?? null);
  };
  return (
    <div className="narrow">
      <PageTitle parts={[t("unsubscribe.title")]} />
      <h1 tabIndex={-1}>{t("unsubscribe.title")}</h1>
      {stopped ? (
        <div className="notice" role="status">
          <p>{t("unsubscribe.done", { what: stopped })}</p>
          <p>
            {t("unsubscribe.settings")} <Link to="/account">{t("unsubscribe.toAccount")}</Link>
          </p>
        </div>
      ) : (
        <div className="card">
          <p>{t("unsubscribe.intro")}</p>
          <ErrorSummary ref={form.summaryRef} errors={form.errors} />
          <button type="button" className="button button--primary" disabled={fetching} onClick={() => void onClick()}>
            {fetching ? t("unsubscribe.submitting") : t("unsubscribe.submit")}
          </button>
        </div>
      )}
    </div>
  );
}
