import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";

/** "Insikt", the arena's dashboard: open to everyone (small counts are withheld from all but staff). */
export function InsightNavLink({ slug }: { slug: string }) {
  const { t } = useTranslation("shell");
  return (
    <li>
      <NavLink to={`/a/${slug}/insight`} className="main-nav__link">
        {t("menu.insight")}
      </NavLink>
    </li>
  );
}
