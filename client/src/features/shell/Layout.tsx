import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useMatch } from "react-router-dom";
import { rememberArena } from "../../app/lastArena";
import { Loading } from "../../ui/QueryState";
import { Footer } from "./Footer";
import { Header } from "./Header";
import "./shell.css";

/**
 * The page frame: skip link, header, main content and footer. After an in-app navigation,
 * focus moves to the new page's heading so that keyboard and screen-reader users start there.
 */
export function Layout() {
  const { t } = useTranslation("shell");
  const location = useLocation();
  const arenaMatch = useMatch("/a/:slug/*");
  const arenaSlug = arenaMatch?.params.slug;
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);
  const focusPending = useRef(false);

  useEffect(() => {
    if (arenaSlug) rememberArena(arenaSlug);
  }, [arenaSlug]);

  useEffect(() => {
    // Only after a change of page, not on the first load. The pending flag survives React's
    // development re-run of effects.
    if (shownPath.current !== location.pathname) {
      shownPath.current = location.pathname;
      // A quiet navigation only corrects the address (a new idea's first save): the person
      // stays where they are typing.
      if ((location.state as { quiet?: boolean } | null)?.quiet !== true) {
        focusPending.current = true;
        window.scrollTo(0, 0);
      }
    }
    const main = mainRef.current;
    if (!focusPending.current || !main) return;
    const focusHeading = () => {
      const heading = main.querySelector<HTMLElement>("h1");
      if (!heading) return false;
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus();
      focusPending.current = false;
      return true;
    };
    if (focusHeading()) return;
    // The heading comes with the page's data: hold focus on <main> until it appears, unless
    // the person has moved on in the meantime.
    main.focus();
    const stop = () => {
      observer.disconnect();
      focusPending.current = false;
    };
    const observer = new MutationObserver(() => {
      if (document.activeElement !== main) return stop();
      if (focusHeading()) stop();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(stop, 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [location.pathname, location.state]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <Header arenaSlug={arenaSlug} />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <div className="container">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </div>
      </main>
      <Footer />
    </>
  );
}
