import type { Context } from "../../graphql/context.js";
import { type EventKind, eventDeclaration } from "../../shared/events.js";
import { eventLabel } from "../ideas/ideas.timeline.js";
import { MatterEvents } from "./matters.events.js";
import type { Matter, MatterEvent } from "./matters.types.js";

/** Steps of the matter's own work that only its internal readers follow: edits of the basis, attachments, links. */
const INTERNAL_KINDS: readonly EventKind[] = [
  MatterEvents.basisUpdated,
  MatterEvents.attachmentAdded,
  MatterEvents.attachmentRemoved,
  MatterEvents.linked,
  MatterEvents.unlinked,
];

/**
 * The matter's timeline as the viewer may read it: every step to its internal readers (a run of
 * one person's saves of the basis as one), the path through the partnership to the others;
 * who took a step to its internal readers, why to those and to the bearers.
 */
export async function matterTimeline(ctx: Context, matter: Matter): Promise<MatterEvent[]> {
  const rows = await ctx.loaders.eventsByMatter.load(matter.rawId);
  const internal = matter.access === "internal";
  const out: typeof rows = [];
  for (const r of rows) {
    if (!internal && INTERNAL_KINDS.includes(r.event.kind as EventKind)) continue;
    const prev = out[out.length - 1];
    const merges = eventDeclaration(r.event.kind)?.mergesRepeats;
    if (prev && merges && prev.event.kind === r.event.kind && prev.event.actorId === r.event.actorId) out[out.length - 1] = r;
    else out.push(r);
  }
  return out.map((r) => {
    const d = r.event.data as { reason?: string; about?: string };
    return {
      id: r.event.id,
      kind: r.event.kind,
      label: eventLabel(r.event.kind, null, d.about ?? null, ctx.locale, r.event.data),
      at: r.event.createdAt,
      actorName: internal ? r.actorName : null,
      reason: matter.access === "public" ? null : (d.reason ?? null),
    };
  });
}
