import { useEffect } from "react";
import type { RouteObject } from "react-router-dom";
import type { LazyPage } from "./lazyPage";
import { matchAppRoutes } from "./routeMatch";

const isLazyPage = (handle: unknown): handle is LazyPage =>
  typeof handle === "object" && handle !== null && typeof (handle as { preload?: unknown }).preload === "function";

/** Starts loading the code of the pages a path shows. */
export function preloadPath(routes: RouteObject[], pathname: string) {
  for (const match of matchAppRoutes(routes, pathname) ?? []) {
    const handle: unknown = match.route.handle;
    if (isLazyPage(handle)) handle.preload().catch(() => undefined);
  }
}

/**
 * A link's page starts loading when a pointer rests on the link, a finger touches it or focus
 * reaches it: by the click, its code is usually there.
 */
export function usePreloadOnIntent(routes: RouteObject[]) {
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
      preloadPath(routes, link.pathname);
    };
    const types = ["pointerover", "focusin", "touchstart"] as const;
    for (const type of types) document.addEventListener(type, onIntent, { passive: true });
    return () => {
      for (const type of types) document.removeEventListener(type, onIntent);
    };
  }, [routes]);
}
