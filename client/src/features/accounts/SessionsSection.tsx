import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment } from "../../forms/errors";
import { graphql } from "../../graphql";
import { useMutationForm } from "../../forms/useMutationForm";

const SignOutEverywhereMutation = graphql(
  `
    mutation SignOutEverywhere {
      signOutEverywhere {
        signedOut
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** Mitt konto: end every session of the account, this one included (and their live updates). */
export function SessionsSection() {
  const { t } = useTranslation("accounts");
  const navigate = useNavigate();
  const form = useMutationForm([]);
  const [{ fetching }, signOutEverywhere] = useMutation(SignOutEverywhereMutation);
  const onClick = async () => {
    const result = await signOutEverywhere({});
    if (form.accept(result, result.data?.signOutEverywhere)) void navigate("/sign-in", { replace: true });
  };
  return (
    <section className="section card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t("everywhere.heading")}</h2>
      <p>{t("everywhere.intro")}</p>
      <ErrorSummary ref={form.summaryRef} errors={form.errors} />
      <button type="button" className="button button--ghost" disabled={fetching} onClick={() => void onClick()}>
        {fetching ? t("everywhere.submitting") : t("everywhere.submit")}
      </button>
    </section>
  );
}
