import i18next from "i18next";

/**
 * A guidance or referral event of the idea's timeline in words (with the stage it led to, when
 * it moved the idea), or null when the kind is not one of guidance's.
 */
export function guidanceEventLabel(kind: string, stage: string | null): string | null {
  const key = `events.${kind}`;
  if (!i18next.exists(key, { ns: "guidance" })) return null;
  const label = String(i18next.t(key as "events.idea.acknowledged", { ns: "guidance" }));
  return stage ? `${label}: ${stage}` : label;
}
