import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { currentYear } from "./year";

/** "Handlingsplaner" under "Partnerskapet": public, as adopted plans are. */
export function PlansNavLink({ slug }: { slug: string }) {
  const { t } = useTranslation("shell");
  return (
    <li>
      <NavLink to={`/a/${slug}/plans/${currentYear()}`} className="main-nav__link">
        {t("menu.plans")}
      </NavLink>
    </li>
  );
}
