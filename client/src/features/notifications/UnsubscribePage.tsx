import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { LinkActionPage } from "../../forms/LinkActionPage";
import { useMutationForm } from "../../forms/useMutationForm";
import { graphql } from "../../graphql";

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
 * A mail's unsubscribe link, opened in a browser: one button, no sign-in (a mail client's
 * one-click unsubscribe POSTs to the same address instead).
 */
export function UnsubscribePage() {
  const { t } = useTranslation("notifications");
  const { token = "" } = useParams();
  const form = useMutationForm([]);
  const [{ fetching }, unsubscribe] = useMutation(UnsubscribeMutation);
  const act = async () => {
    const result = await unsubscribe({ token });
    if (!form.accept(result, result.data?.unsubscribe)) return null;
    return (
      <>
        <p>{t("unsubscribe.done", { what: result.data?.unsubscribe.stopped ?? "" })}</p>
        <p>
          {t("unsubscribe.settings")} <Link to="/account">{t("unsubscribe.toAccount")}</Link>
        </p>
      </>
    );
  };
  return (
    <LinkActionPage
      title={t("unsubscribe.title")}
      intro={t("unsubscribe.intro")}
      actionLabel={t("unsubscribe.submit")}
      busyLabel={t("unsubscribe.submitting")}
      busy={fetching}
      form={form}
      act={act}
    />
  );
}
