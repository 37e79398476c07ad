import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import "./shell.css";

export const ArenaSwitcherFragment = graphql(`
  fragment ArenaSwitcher_arena on Arena {
    id
    slug
    name
    region
  }
`);

interface Props {
  arenas: readonly FragmentOf<typeof ArenaSwitcherFragment>[];
  currentSlug: string | undefined;
}

/** A disclosure listing every arena of the installation; the current one is marked. */
export function ArenaSwitcher({ arenas: refs, currentSlug }: Props) {
  const { t } = useTranslation("shell");
  const arenas = readFragment(ArenaSwitcherFragment, refs);
  const current = arenas.find((a) => a.slug === currentSlug);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  if (arenas.length === 0) return null;

  return (
    <div className="arena-switcher" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="arena-switcher__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="arena-switcher__caption">{current ? t("arenaSwitcher.button") : t("arenaSwitcher.caption")}</span>
        <span className="arena-switcher__current">{current ? current.region : t("arenaSwitcher.choose")}</span>
        <svg className="arena-switcher__chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <ul id={listId} className="arena-switcher__list" hidden={!open}>
        {arenas.map((a) => (
          <li key={a.id}>
            <Link
              to={`/a/${a.slug}`}
              aria-current={a.slug === currentSlug ? "true" : undefined}
              onClick={() => setOpen(false)}
              className="arena-switcher__link"
            >
              <span className="arena-switcher__region">{a.region}</span>
              <span className="arena-switcher__name">{a.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
