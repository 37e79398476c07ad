import i18next from "i18next";

/**
 * A test-cycle event of the idea's timeline in words (with the stage it led to, when it moved
 * the idea), or null when the kind is not one of testing's.
 */
export function testingEventLabel(kind: string, stage: string | null): string | null {
  const key = `events.${kind}`;
  if (!kind.startsWith("test_cycle.") || !i18next.exists(key, { ns: "testing" })) return null;
  const label = String(i18next.t(key as "events.test_cycle.planned", { ns: "testing" }));
  return stage ? `${label}: ${stage}` : label;
}
