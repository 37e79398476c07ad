import i18next from "i18next";

/** Which i18n namespace names the events of each module, by the kind's prefix (test_cycle.started → testing). */
const NAMESPACE_BY_PREFIX: Readonly<Record<string, "testing" | "learning">> = {
  test_cycle: "testing",
  learning: "learning",
  scaling: "learning",
};

/**
 * A timeline event of the innovation loop (test cycles, learnings, the scale-up ladder) in
 * words, with the stage it led to when it moved the idea; null when no module names the kind.
 */
export function moduleEventLabel(kind: string, stage: string | null): string | null {
  const ns = NAMESPACE_BY_PREFIX[kind.slice(0, kind.indexOf("."))];
  const key = `events.${kind}`;
  if (!ns || !i18next.exists(key, { ns })) return null;
  const label = String(i18next.t(key as "events.test_cycle.planned", { ns: ns as "testing" }));
  return stage ? `${label}: ${stage}` : label;
}
