import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PageTitle } from "../../ui/PageTitle";

/** An idea that does not exist, or that the viewer may not see: the same answer, so that nothing leaks. */
export function IdeaUnavailable({ slug }: { slug?: string }) {
  const { t } = useTranslation("ideas");
  return (
    <div className="narrow">
      <PageTitle parts={[t("idea.unavailableTitle")]} />
      <h1 tabIndex={-1}>{t("idea.unavailableTitle")}</h1>
      <p className="lead">{t("idea.unavailableText")}</p>
      <p className="button-row">
        {slug ? (
          <Link className="button button--primary" to={`/a/${slug}/ideas`}>
            {t("idea.toAllIdeas")}
          </Link>
        ) : (
          <Link className="button button--primary" to="/">
            {t("state.backHome")}
          </Link>
        )}
        <Link className="button button--secondary" to="/my/ideas">
          {t("nav.myIdeas")}
        </Link>
      </p>
    </div>
  );
}
