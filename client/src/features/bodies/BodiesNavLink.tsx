import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { hasArenaRole, useViewer } from "../accounts/useViewer";

/** The arena menu's entry to a body member's start page, for those seated in a body of the arena. */
export function BodiesNavLink({ slug }: { slug: string }) {
  const { t } = useTranslation("shell");
  const { viewer } = useViewer();
  if (!hasArenaRole(viewer, slug, ["BODY_MEMBER"])) return null;
  return (
    <li>
      <NavLink to={`/a/${slug}/my/bodies`} className="main-nav__link">
        {t("menu.bodies")}
      </NavLink>
    </li>
  );
}
