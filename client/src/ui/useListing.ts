import { useEffect, useRef, useState } from "react";
import { useSearchParams } from "react-router-dom";

/**
 * What a searchable list page shares: its search and filters live in the URL (so links and
 * Back work), "show more" asks for the page after the last one shown (a new search starts
 * over), and after "show more" focus moves to the first of the new items.
 */
export function useListing<K extends string>(keys: readonly K[], itemSelector: string) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ""])) as Record<K, string>;
  const filterKey = keys.map((k) => filters[k]).join("|");

  const [more, setMore] = useState<{ key: string; after: string } | null>(null);
  const after = more?.key === filterKey ? more.after : undefined;

  const listRef = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  const items = () => listRef.current?.querySelectorAll<HTMLElement>(itemSelector) ?? [];
  // After every render: once the new items are there, the first of them takes focus.
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || items().length <= from) return;
    focusFrom.current = null;
    items()[from]?.focus();
  });

  return {
    filters,
    /** The cursor of the page to fetch after the first; undefined for the first page. */
    after,
    listRef,
    /** Sets some filters, keeping the others; empty values leave the URL. */
    update(next: Partial<Record<K, string>>) {
      const merged = { ...filters, ...next };
      const out = new URLSearchParams();
      for (const k of keys) if (merged[k]) out.set(k, merged[k]);
      setParams(out);
    },
    clear: () => setParams(new URLSearchParams()),
    showMore(endCursor: string) {
      focusFrom.current = items().length;
      setMore({ key: filterKey, after: endCursor });
    },
  };
}
