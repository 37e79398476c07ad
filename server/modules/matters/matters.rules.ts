import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import { type MatterRights, matterRights, readsInternals } from "./matters.access.js";
import { type MatterRow, OPEN_STAGES } from "./matters.lifecycle.js";
import { lockMatter } from "./matters.read.js";
import type { MatterStage } from "./matters.vocabulary.js";

/** Stages in which the basis, attachments and links may still change: until the matter is on an agenda. */
export const PREPARABLE: readonly MatterStage[] = ["initiated", "in_preparation", "placed"];

export type MatterStep = "assignPreparer" | "prepare" | "place" | "return" | "withdraw";

/** Who may take which step, at which stage (issue 12, "Who may do what"). */
export function mayTake(rights: MatterRights, stage: MatterStage, step: MatterStep): boolean {
  switch (step) {
    case "assignPreparer":
      return rights.kansli && (stage === "initiated" || stage === "in_preparation");
    case "prepare":
      return (rights.kansli || rights.preparer) && PREPARABLE.includes(stage);
    case "place":
      return rights.preparer && stage === "in_preparation";
    case "return":
      // Returns from an agenda or after a decision come with the body's decision (the meetings' part).
      return (rights.kansli || rights.preparer) && stage === "placed";
    case "withdraw":
      return rights.kansli && OPEN_STAGES.includes(stage);
  }
}

export const permissionsFor = (rights: MatterRights, stage: MatterStage): Record<MatterStep, boolean> => ({
  assignPreparer: mayTake(rights, stage, "assignPreparer"),
  prepare: mayTake(rights, stage, "prepare"),
  place: mayTake(rights, stage, "place"),
  return: mayTake(rights, stage, "return"),
  withdraw: mayTake(rights, stage, "withdraw"),
});

/**
 * Locks the matter a mutation acts on and checks the step: a matter the person may not read is
 * NOT_FOUND (so nothing of another arena's matters shows), a step they may never take is
 * FORBIDDEN, a step their role allows but not at this stage is MATTER_STAGE.
 */
export async function lockForStep(
  ctx: Context,
  tx: Tx,
  globalId: string,
  step: MatterStep,
  field = "input.matterId",
): Promise<{ row: MatterRow; rights: MatterRights; actorId: string }> {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const row = await lockMatter(tx, inputId(ctx, globalId, "Matter", field));
  if (!row) fail(ctx.locale, field, "NOT_FOUND");
  const rights = await matterRights(tx, ctx.viewer, row.arenaId);
  if (!readsInternals(rights)) fail(ctx.locale, field, "NOT_FOUND");
  if (!mayTake(rights, row.stage, step)) {
    const anyStage = (["initiated", "in_preparation", "placed", "on_agenda"] as const).some((s) => mayTake(rights, s, step));
    if (!anyStage) throw apiError("FORBIDDEN", ctx.locale);
    fail(ctx.locale, field, "MATTER_STAGE");
  }
  return { row, rights, actorId: ctx.viewer.id };
}
