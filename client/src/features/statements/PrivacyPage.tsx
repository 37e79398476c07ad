import { useTranslation } from "react-i18next";
import { graphql } from "../../graphql";
import { useQuery } from "../../ui/useQuery";
import { Statement } from "./Statement";

// The server records this version when a person confirms the notice at registration; the page
// shows the same one, so there is a single place to change it (accounts.vocabulary.ts).
const PrivacyNoticeVersionQuery = graphql(`
  query PrivacyNoticeVersion {
    privacyNoticeVersion
  }
`);

/** "Integritet och personuppgifter" (/privacy): the privacy notice. */
export function PrivacyPage() {
  const { t } = useTranslation("statements");
  const [{ data }] = useQuery({ query: PrivacyNoticeVersionQuery });
  const version = data?.privacyNoticeVersion;
  return (
    <Statement
      page="privacy"
      sections={["responsible", "what", "why", "retention", "rights", "contact"]}
      meta={version ? <p className="muted">{t("privacy.version", { version })}</p> : null}
    />
  );
}
