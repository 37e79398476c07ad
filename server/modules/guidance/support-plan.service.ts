import { eq } from "drizzle-orm";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { type Idea, toIdea } from "../ideas/ideas.types.js";
import { supportNeeds } from "./guidance.tables.js";
import { type SetSupportNeedInput } from "./sessions.inputs.js";
import { SupportNeedKindEnum, guidanceView, toSupportNeed } from "./sessions.types.js";
import { actor, lockGuidance, requireOpen, requireTeam, viewOn } from "./guidance.rules.js";
import { GuidanceEvents } from "./guidance.events.js";
import * as clock from "../../shared/clock.js";

export async function ideaSupportPlan(ctx: Context, idea: Idea) {
  if (!guidanceView(idea.access)) return null;
  return (await ctx.loaders.supportNeedsByIdea.load(idea.rawId)).map(toSupportNeed);
}

export async function supportNeedById(ctx: Context, rawId: string) {
  const row = await ctx.loaders.supportNeedById.load(rawId);
  return row && (await viewOn(ctx, row.ideaId)) ? toSupportNeed(row) : null;
}

// ---- the support plan ----

/** The guidance team sets a need of the support plan: one per kind, except OTHER, which may repeat. */
export async function setSupportNeed(ctx: Context, input: SetSupportNeedInput) {
  return runMutation(ctx, async (tx) => {
    const { row: idea, access, view } = await lockGuidance(ctx, tx, input.ideaId, "input.ideaId", "idea");
    requireTeam(ctx, view);
    requireOpen(ctx, idea, "input.ideaId");
    await validateInput(input, ctx.locale);
    const ofIdea = await tx.select().from(supportNeeds).where(eq(supportNeeds.ideaId, idea.id));
    let existing: (typeof ofIdea)[number] | undefined;
    if (input.id) {
      const id = inputId(ctx, input.id, "SupportNeed", "input.id");
      existing = ofIdea.find((n) => n.id === id);
      if (!existing) fail(ctx.locale, "input.id", "NOT_FOUND");
    } else if (input.kind !== SupportNeedKindEnum.OTHER) existing = ofIdea.find((n) => n.kind === input.kind);
    if (input.kind !== SupportNeedKindEnum.OTHER && ofIdea.some((n) => n.kind === input.kind && n.id !== existing?.id))
      fail(ctx.locale, "input.kind", "SUPPORT_NEED_EXISTS");
    // Notes left out are kept.
    const next = { kind: input.kind, status: input.status, notes: input.notes ?? existing?.notes ?? "" };
    if (next.kind === SupportNeedKindEnum.OTHER && next.notes === "") fail(ctx.locale, "input.notes", "REQUIRED");
    if (existing && existing.kind === next.kind && existing.status === next.status && existing.notes === next.notes)
      return { supportNeed: toSupportNeed(existing), idea: toIdea(idea, access) };
    const viewer = actor(ctx);
    const [saved] = existing
      ? await tx
          .update(supportNeeds)
          .set({ ...next, updatedAt: clock.now() })
          .where(eq(supportNeeds.id, existing.id))
          .returning()
      : await tx
          .insert(supportNeeds)
          .values({ ...next, ideaId: idea.id, createdBy: viewer.id })
          .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: GuidanceEvents.supportNeedUpdated,
      data: {
        supportNeedId: saved!.id,
        kind: saved!.kind,
        status: saved!.status,
        fromStatus: existing?.status ?? null,
        created: !existing,
      },
    });
    return { supportNeed: toSupportNeed(saved!), idea: toIdea(idea, access) };
  });
}

/** The guidance team removes a need from the support plan. */
export async function removeSupportNeed(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, globalId, "SupportNeed", "id");
    const [peek] = await tx.select({ ideaId: supportNeeds.ideaId }).from(supportNeeds).where(eq(supportNeeds.id, id));
    if (!peek) fail(ctx.locale, "id", "NOT_FOUND");
    const { row: idea, access, view } = await lockGuidance(ctx, tx, toGlobalId("Idea", peek.ideaId), "id", "guidance");
    requireTeam(ctx, view);
    requireOpen(ctx, idea, "id");
    const [removed] = await tx.delete(supportNeeds).where(eq(supportNeeds.id, id)).returning();
    if (!removed) fail(ctx.locale, "id", "NOT_FOUND");
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: GuidanceEvents.supportNeedRemoved,
      data: { supportNeedId: id, kind: removed.kind, status: removed.status },
    });
    return { supportNeed: toSupportNeed(removed), idea: toIdea(idea, access) };
  });
}
