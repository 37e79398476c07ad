import i18next from "i18next";

/** The namespaces that name timeline events of their module under `events.<kind>`, in the order asked. */
const EVENT_NAMESPACES = ["guidance", "testing", "learning"] as const;

/**
 * An event of the idea's timeline named by one of the modules (guidance and referrals, test
 * cycles, learnings and the scale-up ladder), followed by a detail: the stage it led to when it
 * moved the idea, or what it concerns (the municipality of an adoption); null when no module
 * names the kind.
 */
export function moduleEventLabel(kind: string, detail: string | null): string | null {
  const key = `events.${kind}`;
  const ns = EVENT_NAMESPACES.find((n) => i18next.exists(key, { ns: n }));
  if (!ns) return null;
  const label = String(i18next.t(key as "events.test_cycle.planned", { ns: ns as "testing" }));
  return detail ? `${label}: ${detail}` : label;
}
