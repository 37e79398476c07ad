import type { ReactNode } from "react";

export type Tone = "neutral" | "accent" | "level" | "muted" | "success" | "warning" | "danger";

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: Tone }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
