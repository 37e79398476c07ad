import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PageTitle } from "../../ui/PageTitle";
import { useStartPath } from "./afterSignIn";
import { useViewer } from "./useViewer";

/** The first page after registering: what happens next, from a first idea to hearing back. */
export function WelcomePage() {
  const { t } = useTranslation("accounts");
  const { viewer } = useViewer();
  const start = useStartPath();
  const title = t("welcome.title", { name: viewer?.name ?? "" });
  return (
    <div className="narrow">
      <PageTitle parts={[title]} />
      <h1 tabIndex={-1}>{title}</h1>
      <p className="lead">{t("welcome.intro")}</p>
      <ol className="welcome-steps">
        <li>{t("welcome.step1")}</li>
        <li>{t("welcome.step2")}</li>
        <li>{t("welcome.step3")}</li>
        <li>{t("welcome.step4")}</li>
      </ol>
      <div className="form__actions">
        {start && (
          <Link className="button button--primary" to={start}>
            {t("welcome.start")}
          </Link>
        )}
        <Link className="button button--ghost" to="/account">
          {t("welcome.account")}
        </Link>
      </div>
    </div>
  );
}

/** Where a deleted account lands: said plainly, signed out. */
export function AccountDeletedPage() {
  const { t } = useTranslation("accounts");
  return (
    <div className="narrow">
      <PageTitle parts={[t("deletion.heading")]} />
      <h1 tabIndex={-1}>{t("deletion.heading")}</h1>
      <div className="notice" role="status">
        <p>{t("deletion.done")}</p>
      </div>
    </div>
  );
}
