import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { hasArenaRole, useViewer } from "../accounts/useViewer";

/** The arena menu's research entry: the pilot register, for researchers and the guidance team. */
export function ResearchNavLinks({ slug }: { slug: string }) {
  const { t } = useTranslation("shell");
  const { viewer } = useViewer();
  if (!hasArenaRole(viewer, slug, ["RESEARCHER", "GUIDE", "COORDINATOR", "ADMIN"])) return null;
  return (
    <li>
      <NavLink to={`/a/${slug}/pilots`} className="main-nav__link">
        {t("menu.pilots")}
      </NavLink>
    </li>
  );
}
