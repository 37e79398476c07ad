import type { ReactNode } from "react";
import "./TableScroll.css";

/**
 * A wide table's own scrolling box: on a narrow screen the table scrolls sideways here
 * rather than widening the page. Named and focusable, so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
