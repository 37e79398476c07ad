import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import "./guidance.css";

/** The arena menu's guidance entries: the intake and moderation for coordinators; the caseload, next steps and the support system for the guidance team. */
export function GuidanceNavLinks({ slug }: { slug: string }) {
  const { t } = useTranslation("shell");
  const { viewer } = useViewer();
  return (
    <>
      {hasArenaRole(viewer, slug, ["COORDINATOR", "ADMIN"]) && (
        <>
          <li>
            <NavLink to={`/a/${slug}/intake`} className="main-nav__link">
              {t("menu.intake")}
            </NavLink>
          </li>
          <li>
            <NavLink to={`/a/${slug}/moderation`} className="main-nav__link">
              {t("menu.moderation")}
            </NavLink>
          </li>
        </>
      )}
      {hasArenaRole(viewer, slug, ["GUIDE", "COORDINATOR", "ADMIN"]) && (
        <>
          <li>
            <NavLink to="/my/guidance" className="main-nav__link">
              {t("menu.caseload")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/my/next-steps" className="main-nav__link">
              {t("menu.nextSteps")}
            </NavLink>
          </li>
          <li>
            <NavLink to={`/a/${slug}/support`} className="main-nav__link">
              {t("menu.registry")}
            </NavLink>
          </li>
        </>
      )}
    </>
  );
}
