import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { hasArenaRole, useViewer } from "../accounts/useViewer";

/** The arena menu's matters entry: the board, for the kansli and the bodies' members (the beredning among them). */
export function MattersNavLink({ slug }: { slug: string }) {
  const { t } = useTranslation("shell");
  const { viewer } = useViewer();
  if (!hasArenaRole(viewer, slug, ["COORDINATOR", "ADMIN", "BODY_MEMBER"])) return null;
  return (
    <li>
      <NavLink to={`/a/${slug}/matters`} className="main-nav__link">
        {t("menu.matters")}
      </NavLink>
    </li>
  );
}
