import type { ReactNode } from "react";

type Tone = "neutral" | "accent" | "level" | "muted";

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: Tone }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
