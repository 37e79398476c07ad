import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useMatch } from "react-router-dom";
import { rememberArena } from "../../app/lastArena";
import { Footer } from "./Footer";
import { Header } from "./Header";

/**
 * The page frame: skip link, header, main content and footer. After an in-app navigation,
 * focus moves to the new page's heading so that keyboard and screen-reader users start there.
 */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const arenaMatch = useMatch("/a/:slug/*");
  const arenaSlug = arenaMatch?.params.slug;
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  useEffect(() => {
    if (arenaSlug) rememberArena(arenaSlug);
  }, [arenaSlug]);

  useEffect(() => {
    // Only on a change of page: not on the first load (nor on React's development re-run of effects).
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    const main = mainRef.current;
    if (!main) return;
    const heading = main.querySelector<HTMLElement>("h1");
    if (heading) {
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: false });
    } else {
      main.focus();
    }
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <Header arenaSlug={arenaSlug} />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <Footer />
    </>
  );
}
