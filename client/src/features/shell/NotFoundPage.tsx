import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PageTitle } from "../../ui/PageTitle";

export function NotFoundPage() {
  const { t } = useTranslation("shell");
  return (
    <div className="narrow">
      <PageTitle parts={[t("state.notFoundTitle")]} />
      <h1 tabIndex={-1}>{t("state.notFoundTitle")}</h1>
      <p className="lead">{t("state.notFoundText")}</p>
      <Link className="button button--primary" to="/">
        {t("state.backHome")}
      </Link>
    </div>
  );
}

export function ArenaNotFound({ slug }: { slug: string }) {
  const { t } = useTranslation("shell");
  return (
    <div className="narrow">
      <PageTitle parts={[t("state.arenaNotFoundTitle")]} />
      <h1 tabIndex={-1}>{t("state.arenaNotFoundTitle")}</h1>
      <p className="lead">{t("state.arenaNotFoundText", { slug })}</p>
      <Link className="button button--primary" to="/">
        {t("state.backHome")}
      </Link>
    </div>
  );
}
