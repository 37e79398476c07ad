import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { Loading, QueryError } from "../../ui/QueryState";
import { MailSettingsFragment, MailSettingsSection } from "../notifications/MailSettingsSection";
import { AccountDetails, AccountDetailsFragment } from "./AccountDetails";
import { DataSection } from "./DataSection";
import { EmailSection } from "./EmailSection";
import { PasswordSection } from "./PasswordSection";
import { ProfileSection } from "./ProfileSection";
import { SessionsSection } from "./SessionsSection";
import { ReadTokensSection } from "../places/ReadTokensSection";
import "./accounts.css";

const AccountPageQuery = graphql(
  `
    query AccountPage {
      me {
        id
        name
        email
        organisation
        ...AccountDetails_user
      }
    }
  `,
  [AccountDetailsFragment],
);

const AccountMailQuery = graphql(
  `
    query AccountMailSettings {
      myMailSettings {
        ...MailSettings_settings
      }
    }
  `,
  [MailSettingsFragment],
);

/** Mitt konto: who you are and your roles; name, email and password; mail settings; sign-ins; your data. */
export function AccountPage() {
  const { t } = useTranslation("accounts");
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AccountPageQuery });
  const signedIn = !!data?.me;
  const [mail] = useQuery({ query: AccountMailQuery, pause: !signedIn });
  return (
    <div className="narrow account-page">
      <PageTitle parts={[t("myAccount.title")]} />
      <h1 tabIndex={-1}>{t("myAccount.title")}</h1>
      {error && !data ? (
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : fetching && !data ? (
        <Loading />
      ) : data?.me ? (
        <>
          <AccountDetails user={data.me} />
          <ProfileSection key={`${data.me.name}|${data.me.organisation}`} name={data.me.name} organisation={data.me.organisation} />
          <EmailSection email={data.me.email} />
          <PasswordSection />
          {mail.data ? <MailSettingsSection settings={mail.data.myMailSettings} /> : mail.error ? null : <Loading />}
          <SessionsSection />
          <ReadTokensSection />
          <DataSection />
        </>
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
