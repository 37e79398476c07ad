import type { Context } from "../../graphql/context.js";
import { type Lang, eventDeclaration, fillText } from "../../shared/events.js";
import { type IdeaAccess, atLeast } from "./ideas.access.js";
import { STAGE_LABELS, UNNAMED_EVENT } from "./ideas.events.js";
import type { IdeaStage } from "./ideas.tables.js";
import type { IdeaEvent, IdeaStageEnum } from "./ideas.types.js";

export type EventRow = Awaited<ReturnType<Context["loaders"]["eventsByIdea"]["load"]>>[number];

/**
 * The timeline a person reads, by the rules each kind declares (see server/shared/events.ts):
 * a kind shows to those its module lets see it (guidance and referrals to those who read the
 * guidance, test cycles and learnings to those who read the cycles), others see what it stands
 * for, if anything (where a cycle moved the idea, the change of stage), and a run of one
 * person's saves collapses into one.
 */
export function timeline(rows: EventRow[], access: IdeaAccess): EventRow[] {
  const out: EventRow[] = [];
  for (const r of rows) {
    const declared = eventDeclaration(r.event.kind);
    if (declared?.visibleTo && !declared.visibleTo(access)) {
      const instead = declared.seenOtherwiseAs?.(r.event.data);
      if (instead) out.push({ ...r, event: { ...r.event, kind: instead } });
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && declared?.mergesRepeats && prev.event.kind === r.event.kind && prev.event.actorId === r.event.actorId)
      out[out.length - 1] = r;
    else out.push(r);
  }
  return out;
}

/**
 * Placeholders a label may hold besides `{stage}`, from the event's data: a step of a matter names
 * its number, the body and the day ("Beslut i Länsledning Välfärd 2027-03-12"), a party's answer names the party.
 */
const labelParams = (data: Readonly<Record<string, unknown>>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const k of ["body", "date", "number", "party"])
    if (typeof data[k] === "string" || typeof data[k] === "number") out[k] = String(data[k]);
  return out;
};

/** An event in words: its declared label, with the stage it led to or what it concerns where the kind asks for it. */
export function eventLabel(
  kind: string,
  stage: string | null,
  about: string | null,
  lang: Lang,
  data: Readonly<Record<string, unknown>> = {},
): string {
  const declared = eventDeclaration(kind);
  if (!declared?.label) return stage ? fillText(UNNAMED_EVENT.moved[lang], { stage }) : UNNAMED_EVENT.other[lang];
  // A placeholder without a value reads as nothing, and leaves no stray space behind.
  const label = fillText(declared.label[lang], { ...labelParams(data), stage: stage ?? "" })
    .replace(/ {2,}/g, " ")
    .trim();
  const detail = declared.detail ? (stage ?? about) : null;
  return detail ? `${label}: ${detail}` : label;
}

/**
 * Who did it shows to people with a role in the arena; why (a decline or withdrawal reason,
 * written to the bearers) only to the bearers and the guidance team.
 */
export function toEvent(r: EventRow, access: IdeaAccess, lang: Lang): IdeaEvent {
  const d = r.event.data as { fromStage?: string; toStage?: string; reason?: string; municipality?: string };
  const toStage = (d.toStage as IdeaStage | undefined) ?? null;
  const about = d.municipality ?? null;
  return {
    id: r.event.id,
    kind: r.event.kind,
    label: eventLabel(r.event.kind, toStage && (STAGE_LABELS[toStage]?.[lang] ?? null), about, lang, r.event.data),
    at: r.event.createdAt,
    actorName: atLeast(access, "member") ? r.actorName : null,
    fromStage: (d.fromStage as IdeaStageEnum | undefined) ?? null,
    toStage: toStage as IdeaStageEnum | null,
    reason: atLeast(access, "team") ? (d.reason ?? null) : null,
    about,
  };
}
