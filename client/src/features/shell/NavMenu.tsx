import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useLocation } from "react-router-dom";
import "./shell.css";

interface Props {
  label: string;
  /** Paths whose pages belong to this menu: its button is marked while one of them shows. */
  paths: readonly string[];
  /** `<li>` items, each a NavLink with the class main-nav__link. */
  children: ReactNode;
}

/**
 * A group of the main menu behind a disclosure button (not an ARIA menu: a list of links that
 * Tab walks through). It closes on Escape (focus back on its button), on a click elsewhere, and
 * when the page changes.
 */
export function NavMenu({ label, paths, children }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLLIElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const current = paths.some((p) => pathname === p || pathname.startsWith(`${p}/`));

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onFocus = (e: FocusEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    document.addEventListener("focusin", onFocus);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("focusin", onFocus);
    };
  }, [open]);

  return (
    <li className="nav-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`main-nav__link nav-menu__button${current ? " main-nav__link--current" : ""}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <svg className="nav-menu__chevron" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <ul id={listId} className="nav-menu__list" hidden={!open}>
        {children}
      </ul>
    </li>
  );
}
