import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import { loadNamespaces } from "../i18n";
import type { Namespace } from "../i18n/resources";

/**
 * A page whose code, and the strings of the namespaces it reads, load when it is first shown,
 * or earlier when asked to (a link about to be followed).
 */
export interface LazyPage {
  Page: LazyExoticComponent<ComponentType>;
  /** Starts loading the page's code; the same promise every time. */
  preload(): Promise<unknown>;
}

export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType, namespaces: readonly Namespace[] = []): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), loadNamespaces(namespaces)]).then(
      ([m]) => ({ default: pick(m) }),
      (err: unknown) => {
        // A failed fetch (a flaky network) is tried again by the next preload or render.
        loading = undefined;
        throw err;
      },
    ));
  return { Page: lazy(preload), preload };
}
