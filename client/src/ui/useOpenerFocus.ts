import { useEffect, useRef } from "react";

/**
 * Focus for a form or panel that opens in place of the button that opens it, for keyboard and
 * screen reader users: the heading given `headingRef` when it opens, the button given
 * `openerRef` again when it closes (never on first render). Where closing leads somewhere
 * else (a link to copy, a message to read), pass `returnOnClose` false.
 */
export function useOpenerFocus<Opener extends HTMLElement = HTMLButtonElement>(open: boolean, returnOnClose = true) {
  const openerRef = useRef<Opener>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (wasOpen.current && returnOnClose) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open, returnOnClose]);
  return { openerRef, headingRef };
}
