import { type RouteMatch, type RouteObject, matchRoutes } from "react-router-dom";

/**
 * React Router ranks every branch of the route table and builds a regular expression per
 * pattern it tries on each match, about 10 ms for this app's table on a slow phone, and
 * useRoutes does it on every render of the routes, and preloading on every link a pointer
 * reaches. The matches of a path do not change, so they are kept.
 */
const kept = new WeakMap<RouteObject[], Map<string, RouteMatch[] | null>>();
const KEEP = 64;

// What useRoutes does to a match's paths: matchRoutes decodes them, links resolve against the
// encoded form (the browser history's encodeLocation, which keeps %, ? and # as characters).
const encoded = (pathname: string) =>
  new URL(pathname.replace(/%/g, "%25").replace(/\?/g, "%3F").replace(/#/g, "%23"), window.location.origin).pathname;

/** The routes a path shows, outermost first, as useRoutes would render them at the top level. */
export function matchAppRoutes(routes: RouteObject[], pathname: string): RouteMatch[] | null {
  let byPath = kept.get(routes);
  if (!byPath) kept.set(routes, (byPath = new Map()));
  const hit = byPath.get(pathname);
  if (hit !== undefined) return hit;
  const matches =
    matchRoutes(routes, pathname)?.map((m) => ({
      ...m,
      pathname: encoded(m.pathname),
      pathnameBase: m.pathnameBase === "/" ? "/" : encoded(m.pathnameBase),
    })) ?? null;
  if (byPath.size >= KEEP) byPath.clear();
  byPath.set(pathname, matches);
  return matches;
}
