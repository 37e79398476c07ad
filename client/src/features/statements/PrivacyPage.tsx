import { useTranslation } from "react-i18next";
import { Statement } from "./Statement";

/**
 * The privacy notice's version; the server records the same one when a person confirms having
 * read it at registration (server/modules/accounts/accounts.vocabulary.ts). Change both together.
 */
export const PRIVACY_NOTICE_VERSION = "2026-12-06";

/** "Integritet och personuppgifter" (/privacy): the privacy notice. */
export function PrivacyPage() {
  const { t } = useTranslation("statements");
  return (
    <Statement
      page="privacy"
      sections={["responsible", "what", "why", "retention", "rights", "contact"]}
      meta={<p className="muted">{t("privacy.version", { version: PRIVACY_NOTICE_VERSION })}</p>}
    />
  );
}
