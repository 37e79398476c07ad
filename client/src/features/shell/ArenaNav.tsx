import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { type RoleName, hasArenaRole, useViewer } from "../accounts/useViewer";
import { BodiesNavLink } from "../bodies/BodiesNavLink";
import { GuidanceNavLinks } from "../guidance/GuidanceNavLinks";
import { MattersNavLink } from "../matters/MattersNavLink";
import { PlansNavLink } from "../plans/PlansNavLink";
import { ResearchNavLinks } from "../research/ResearchNavLinks";
import { InsightNavLink } from "../insight/InsightNavLink";
import { WheelNavLinks } from "../wheel/WheelNavLinks";
import { NavMenu } from "./NavMenu";
import "./shell.css";

/** Who sees "Mitt arbete": everyone with a role in the arena. A feature's links inside it check their own roles. */
const WORK_ROLES: readonly RoleName[] = ["GUIDE", "COORDINATOR", "ADMIN", "RESEARCHER", "BODY_MEMBER"];

/**
 * The main navigation within an arena. Four public items and two groups, so that it fits on one
 * line at 1280 px for every role and wraps to two short lines on a phone:
 * - "Partnerskapet": how the partnership is organised and what it decides (structure, strategy,
 *   frameworks; matters and bodies belong here too);
 * - "Mitt arbete": a role's daily work (intake, caseload, next steps, moderation, the support
 *   system, the pilot register, one's bodies).
 * To add an item, put an `<li><NavLink className="main-nav__link" …></li>` in the right group
 * (or in the feature's own *NavLinks component, which checks its roles), and add its path to the
 * group's `paths` so that the group's button is marked while the page shows.
 */
export function ArenaNav({ slug }: { slug: string }) {
  const { t } = useTranslation("shell");
  const { viewer } = useViewer();
  const a = `/a/${slug}`;
  const top = [
    { to: a, label: t("nav.overview"), end: true },
    { to: `${a}/ideas`, label: t("nav.ideas"), end: false },
    { to: `${a}/learnings`, label: t("menu.learnings"), end: false },
  ];
  const partnership = [
    { to: `${a}/structure`, label: t("nav.structure") },
    { to: `${a}/strategy`, label: t("nav.strategy") },
    { to: `${a}/frameworks`, label: t("nav.frameworks") },
    { to: `${a}/indicators`, label: t("menu.indicators") },
    { to: `${a}/m`, label: t("menu.municipalities") },
  ];
  return (
    <nav className="main-nav" aria-label={t("nav.main")}>
      <div className="container">
        <ul className="main-nav__list">
          {top.map((i) => (
            <li key={i.to}>
              <NavLink to={i.to} end={i.end} className="main-nav__link">
                {i.label}
              </NavLink>
            </li>
          ))}
          <NavMenu
            label={t("menu.partnership")}
            paths={[
              ...partnership.map((p) => p.to),
              `${a}/matters`,
              `${a}/bodies`,
              `${a}/meetings`,
              `${a}/plans`,
              `${a}/insight`,
              `${a}/arshjul`,
              `${a}/funding`,
            ]}
          >
            {partnership.map((i) => (
              <li key={i.to}>
                <NavLink to={i.to} className="main-nav__link">
                  {i.label}
                </NavLink>
              </li>
            ))}
            <MattersNavLink slug={slug} />
            <InsightNavLink slug={slug} />
            <WheelNavLinks slug={slug} />
            <PlansNavLink slug={slug} />
          </NavMenu>
          {hasArenaRole(viewer, slug, WORK_ROLES) && (
            <NavMenu
              label={t("menu.work")}
              paths={[`${a}/intake`, "/my/guidance", "/my/next-steps", `${a}/moderation`, `${a}/support`, `${a}/pilots`, `${a}/my/bodies`]}
            >
              <GuidanceNavLinks slug={slug} />
              <ResearchNavLinks slug={slug} />
              <BodiesNavLink slug={slug} />
            </NavMenu>
          )}
        </ul>
      </div>
    </nav>
  );
}
