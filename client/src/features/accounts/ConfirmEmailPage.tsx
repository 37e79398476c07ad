import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { LinkActionPage } from "../../forms/LinkActionPage";
import { useMutationForm } from "../../forms/useMutationForm";
import { graphql } from "../../graphql";

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

/** The page of the link mailed to a new address: one button confirms it. */
export function ConfirmEmailPage() {
  const { t } = useTranslation("accounts");
  const { token = "" } = useParams();
  const form = useMutationForm([]);
  const [{ fetching }, confirm] = useMutation(ConfirmEmailChangeMutation);
  const act = async () => {
    const result = await confirm({ token });
    if (!form.accept(result, result.data?.confirmEmailChange)) return null;
    return (
      <>
        <p>{t("confirmEmail.done", { email: result.data?.confirmEmailChange.user?.email ?? "" })}</p>
        <Link to="/account">{t("confirmEmail.toAccount")}</Link>
      </>
    );
  };
  return (
    <LinkActionPage
      title={t("confirmEmail.title")}
      intro={t("confirmEmail.intro")}
      actionLabel={t("confirmEmail.submit")}
      busyLabel={t("confirmEmail.submitting")}
      busy={fetching}
      form={form}
      act={act}
    />
  );
}
