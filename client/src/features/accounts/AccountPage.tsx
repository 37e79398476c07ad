import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { Loading, QueryError } from "../../ui/QueryState";
import { AccountDetails, AccountDetailsFragment } from "./AccountDetails";

const AccountPageQuery = graphql(
  `
    query AccountPage {
      me {
        id
        ...AccountDetails_user
      }
    }
  `,
  [AccountDetailsFragment],
);

export function AccountPage() {
  const { t } = useTranslation("accounts");
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AccountPageQuery });
  return (
    <div className="narrow">
      <PageTitle parts={[t("myAccount.title")]} />
      <h1 tabIndex={-1}>{t("myAccount.title")}</h1>
      {error && !data ? (
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : fetching && !data ? (
        <Loading />
      ) : data?.me ? (
        <AccountDetails user={data.me} />
      ) : (
        <div className="notice">
          <p>{t("myAccount.signInRequired")}</p>
          <Link className="button button--primary" to="/sign-in">
            {t("account.signIn")}
          </Link>
        </div>
      )}
    </div>
  );
}
