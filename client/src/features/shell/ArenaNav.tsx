import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { BodiesNavLink } from "../bodies/BodiesNavLink";
import { GuidanceNavLinks } from "../guidance/GuidanceNavLinks";
import { MattersNavLink } from "../matters/MattersNavLink";
import { ResearchNavLinks } from "../research/ResearchNavLinks";
import "./shell.css";

/** The main navigation within an arena. */
export function ArenaNav({ slug }: { slug: string }) {
  const { t } = useTranslation("shell");
  const { t: tl } = useTranslation("learning");
  const items = [
    { to: `/a/${slug}`, label: t("nav.overview"), end: true },
    { to: `/a/${slug}/ideas`, label: t("nav.ideas"), end: false },
    { to: `/a/${slug}/learnings`, label: tl("nav"), end: false },
    { to: `/a/${slug}/structure`, label: t("nav.structure"), end: false },
    { to: `/a/${slug}/strategy`, label: t("nav.strategy"), end: false },
    { to: `/a/${slug}/frameworks`, label: t("nav.frameworks"), end: false },
  ];
  return (
    <nav className="main-nav" aria-label={t("nav.main")}>
      <div className="container">
        <ul className="main-nav__list">
          {items.map((i) => (
            <li key={i.to}>
              <NavLink to={i.to} end={i.end} className="main-nav__link">
                {i.label}
              </NavLink>
            </li>
          ))}
          <GuidanceNavLinks slug={slug} />
          <ResearchNavLinks slug={slug} />
          <MattersNavLink slug={slug} />
          <BodiesNavLink slug={slug} />
        </ul>
      </div>
    </nav>
  );
}
