import { and, eq, ne } from "drizzle-orm";
import type { Context } from "../../graphql/context.js";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import { fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { now } from "../../shared/clock.js";
import { notify } from "../notifications/notifications.service.js";
import { bodies, bodyMemberships } from "../partnership/partnership.tables.js";
import type { BodyKind } from "../partnership/partnership.vocabulary.js";
import { MatterEvents } from "./matters.events.js";
import type {
  AssignPreparerInput,
  LinkToMatterInput,
  MatterReasonInput,
  PlaceMatterInput,
  UpdateMatterBasisInput,
} from "./matters.inputs.js";
import { type MatterRow, moveMatter, recordMatterEvent } from "./matters.lifecycle.js";
import { lockForStep } from "./matters.rules.js";
import { readBack, resolveTarget } from "./matters.service.js";
import { matterLinks, matters } from "./matters.tables.js";
import { toMatter } from "./matters.types.js";

const out = async (tx: Tx, row: MatterRow) => toMatter(await readBack(tx, row.id), "internal");

/** Whether the person sits in the arena's beredningsorgan. */
async function seatedInPreparationBody(tx: Tx, userId: string, arenaId: string): Promise<boolean> {
  const preparation: BodyKind = "preparation_body";
  const [seat] = await tx
    .select({ id: bodyMemberships.id })
    .from(bodyMemberships)
    .innerJoin(bodies, eq(bodies.id, bodyMemberships.bodyId))
    .where(and(eq(bodyMemberships.userId, userId), eq(bodies.arenaId, arenaId), eq(bodies.kind, preparation)));
  return !!seat;
}

/**
 * The kansli names the member of the beredningsorgan who prepares the matter: it moves into
 * preparation (or, already there, changes hands), and the preparer is notified and mailed.
 */
export function assignPreparer(ctx: Context, input: AssignPreparerInput) {
  return runMutation(ctx, async (tx) => {
    const { row, actorId } = await lockForStep(ctx, tx, input.matterId, "assignPreparer");
    const preparerId = inputId(ctx, input.preparerId, "User", "input.preparerId");
    if (!(await seatedInPreparationBody(tx, preparerId, row.arenaId))) fail(ctx.locale, "input.preparerId", "NOT_A_PREPARER");
    if (row.preparerId === preparerId && row.stage === "in_preparation") return out(tx, row);
    const moved = await moveMatter(tx, row, "in_preparation", {
      actorId,
      kind: MatterEvents.preparerAssigned,
      set: { preparerId },
    });
    await notify(tx, [
      {
        userId: preparerId,
        arenaId: row.arenaId,
        kind: MatterEvents.preparerAssigned,
        subjectType: "Matter",
        subjectId: row.id,
        data: { title: row.title, number: row.number },
      },
    ]);
    return out(tx, moved);
  });
}

const BASIS_FIELDS = [
  "title",
  "summary",
  "background",
  "proposedDecision",
  "consequences",
  "consequencesOfNothing",
  "effortAndEffect",
  "preparationNotes",
] as const;

/**
 * The beredning (or the kansli) writes the basis for the decision, if the edit is based on the
 * current version; otherwise MATTER_STALE_EDIT and nothing is saved. Fields left out are kept.
 */
export function updateMatterBasis(ctx: Context, input: UpdateMatterBasisInput) {
  return runMutation(ctx, async (tx) => {
    const { row, actorId } = await lockForStep(ctx, tx, input.matterId, "prepare");
    await validateInput(input, ctx.locale);
    if (row.version !== input.expectedVersion) fail(ctx.locale, null, "MATTER_STALE_EDIT");
    const patch: Partial<Record<(typeof BASIS_FIELDS)[number], string>> = {};
    for (const f of BASIS_FIELDS) {
      const v = input[f];
      if (v != null && v.trim() !== row[f]) patch[f] = f === "title" ? v.trim() : v;
    }
    const changed = Object.keys(patch);
    if (changed.length === 0) return out(tx, row);
    const [updated] = await tx
      .update(matters)
      .set({ ...patch, version: row.version + 1, updatedAt: now() })
      .where(eq(matters.id, row.id))
      .returning();
    // Only the names of the fields: the event's data reach the ideas' readers nowhere, but notes stay out of the log too.
    await recordMatterEvent(tx, updated!, MatterEvents.basisUpdated, {
      actorId,
      onIdeas: false,
      data: { changed, version: updated!.version },
    });
    return out(tx, updated!);
  });
}

/** Bodies that take decisions: not the beredningsorgan or the kansli themselves. */
const NOT_DECIDING: readonly BodyKind[] = ["preparation_body", "coordination_office"];

/** A member of the beredningsorgan places the prepared matter at the body that decides it. */
export function placeMatter(ctx: Context, input: PlaceMatterInput) {
  return runMutation(ctx, async (tx) => {
    const { row, actorId } = await lockForStep(ctx, tx, input.matterId, "place");
    const bodyId = inputId(ctx, input.bodyId, "Body", "input.bodyId");
    const [body] = await tx.select({ arenaId: bodies.arenaId, kind: bodies.kind }).from(bodies).where(eq(bodies.id, bodyId));
    if (!body || body.arenaId !== row.arenaId) fail(ctx.locale, "input.bodyId", "NOT_FOUND");
    if (NOT_DECIDING.includes(body.kind)) fail(ctx.locale, "input.bodyId", "NOT_A_DECIDING_BODY");
    return out(tx, await moveMatter(tx, row, "placed", { actorId, bodyId }));
  });
}

/** The kansli or the beredning returns a placed matter for more preparation, saying why. */
export function returnMatter(ctx: Context, input: MatterReasonInput) {
  return runMutation(ctx, async (tx) => {
    const { row, actorId } = await lockForStep(ctx, tx, input.matterId, "return");
    await validateInput(input, ctx.locale);
    return out(tx, await moveMatter(tx, row, "in_preparation", { actorId, why: input.reason.trim(), kind: MatterEvents.returned }));
  });
}

/** The kansli withdraws a matter that is still being worked on, saying why. */
export function withdrawMatter(ctx: Context, input: MatterReasonInput) {
  return runMutation(ctx, async (tx) => {
    const { row, actorId } = await lockForStep(ctx, tx, input.matterId, "withdraw");
    await validateInput(input, ctx.locale);
    return out(tx, await moveMatter(tx, row, "withdrawn", { actorId, why: input.reason.trim() }));
  });
}

/** Links a test cycle, an evaluation, a learning or an idea of the arena to the matter: linked, not copied. Idempotent. */
export function linkToMatter(ctx: Context, input: LinkToMatterInput) {
  return runMutation(ctx, async (tx) => {
    const { row, actorId } = await lockForStep(ctx, tx, input.matterId, "prepare");
    const target = await resolveTarget(ctx, tx, input.target, "input.target");
    if (target.arenaId !== row.arenaId) fail(ctx.locale, "input.target.id", "NOT_FOUND");
    const [added] = await tx
      .insert(matterLinks)
      .values({ matterId: row.id, kind: target.kind, targetId: target.targetId, ideaId: target.ideaId, createdAt: now() })
      .onConflictDoNothing()
      .returning();
    if (added) await recordMatterEvent(tx, row, MatterEvents.linked, { actorId, onIdeas: false, data: { about: target.title } });
    return out(tx, row);
  });
}

/** Removes a link the preparation added; the origin stays. */
export function unlinkFromMatter(ctx: Context, linkGlobalId: string) {
  return runMutation(ctx, async (tx) => {
    const linkId = inputId(ctx, linkGlobalId, "MatterLink", "id");
    const [link] = await tx.select().from(matterLinks).where(eq(matterLinks.id, linkId));
    if (!link) fail(ctx.locale, "id", "NOT_FOUND");
    const { row, actorId } = await lockForStep(ctx, tx, toGlobalId("Matter", link.matterId), "prepare", "id");
    if (link.isOrigin) fail(ctx.locale, "id", "IN_USE");
    await tx.delete(matterLinks).where(and(eq(matterLinks.id, link.id), ne(matterLinks.isOrigin, true)));
    await recordMatterEvent(tx, row, MatterEvents.unlinked, { actorId, onIdeas: false, data: { about: link.kind } });
    return out(tx, row);
  });
}
