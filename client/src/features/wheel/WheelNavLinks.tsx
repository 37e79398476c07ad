import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { hasArenaRole, useViewer } from "../accounts/useViewer";

/** The partnership menu's annual wheel (public) and, for the kansli and the bodies' members, this year's funding. */
export function WheelNavLinks({ slug }: { slug: string }) {
  const { t } = useTranslation("shell");
  const { viewer } = useViewer();
  return (
    <>
      <li>
        <NavLink to={`/a/${slug}/arshjul`} className="main-nav__link">
          {t("menu.wheel")}
        </NavLink>
      </li>
      {hasArenaRole(viewer, slug, ["COORDINATOR", "ADMIN", "BODY_MEMBER"]) && (
        <li>
          <NavLink to={`/a/${slug}/funding/${new Date().getFullYear()}`} className="main-nav__link">
            {t("menu.funding")}
          </NavLink>
        </li>
      )}
    </>
  );
}
