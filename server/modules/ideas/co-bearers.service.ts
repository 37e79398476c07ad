import { and, desc, eq, sql } from "drizzle-orm";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import { users } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { notify } from "../notifications/notifications.service.js";
import type { InviteCoBearerInput, RespondToInvitationInput } from "./ideas.inputs.js";
import { ideaCoBearers, ideas } from "./ideas.tables.js";
import { toCoBearer, toIdea } from "./ideas.types.js";
import { lockIdea, requireBearer } from "./ideas.service.js";
import * as clock from "../../shared/clock.js";
import { IdeaEvents } from "./ideas.events.js";

/** Invitations to co-carry ideas that wait for the viewer's answer. */
export async function myInvitations(ctx: Context) {
  if (!ctx.viewer) return [];
  const rows = await ctx.db
    .select({ co: ideaCoBearers, idea: ideas })
    .from(ideaCoBearers)
    .innerJoin(ideas, eq(ideas.id, ideaCoBearers.ideaId))
    .where(and(sql`lower(${ideaCoBearers.email}) = ${ctx.viewer.email.toLowerCase()}`, eq(ideaCoBearers.status, "invited")))
    .orderBy(desc(ideaCoBearers.createdAt));
  return rows.map((r) => ({ invitation: toCoBearer(r.co, ctx.viewer!.name), idea: toIdea(r.idea, "public") }));
}

export async function inviteCoBearer(ctx: Context, input: InviteCoBearerInput) {
  return runMutation(ctx, async (tx) => {
    const { row, access } = await lockIdea(ctx, tx, input.ideaId, "input.ideaId");
    requireBearer(ctx, access);
    await validateInput(input, ctx.locale);
    const email = input.email.toLowerCase();
    if (email === ctx.viewer!.email.toLowerCase()) fail(ctx.locale, "input.email", "SELF_INVITE");
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    if (user?.id === row.bearerId) fail(ctx.locale, "input.email", "SELF_INVITE");
    const inserted = await tx
      .insert(ideaCoBearers)
      .values({ ideaId: row.id, email: input.email, userId: user?.id ?? null, invitedBy: ctx.viewer!.id })
      .onConflictDoNothing()
      .returning();
    if (!inserted[0]) fail(ctx.locale, "input.email", "ALREADY_INVITED");
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Idea",
      subjectId: row.id,
      kind: IdeaEvents.coBearerInvited,
      data: {},
    });
    if (user)
      await notify(tx, [
        {
          userId: user.id,
          arenaId: row.arenaId,
          kind: IdeaEvents.coBearerInvited,
          subjectType: "Idea",
          subjectId: row.id,
          data: { title: row.title, by: ctx.viewer!.name },
        },
      ]);
    return { coBearer: toCoBearer(inserted[0], null), idea: toIdea(row, access) };
  });
}

export async function respondToInvitation(ctx: Context, input: RespondToInvitationInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const id = inputId(ctx, input.id, "CoBearer", "input.id");
    const [inv] = await tx.select().from(ideaCoBearers).where(eq(ideaCoBearers.id, id)).for("update");
    if (!inv || inv.email.toLowerCase() !== ctx.viewer.email.toLowerCase()) fail(ctx.locale, "input.id", "NOT_FOUND");
    if (inv.status !== "invited") fail(ctx.locale, "input.id", "ALREADY_ANSWERED");
    const status = input.accept ? "accepted" : "declined";
    const [updated] = await tx
      .update(ideaCoBearers)
      .set({ status, userId: ctx.viewer.id, respondedAt: clock.now() })
      .where(eq(ideaCoBearers.id, id))
      .returning();
    const [idea] = await tx.select().from(ideas).where(eq(ideas.id, inv.ideaId));
    await recordEvent(tx, {
      arenaId: idea!.arenaId,
      actorId: ctx.viewer.id,
      subjectType: "Idea",
      subjectId: idea!.id,
      kind: input.accept ? IdeaEvents.coBearerAccepted : IdeaEvents.coBearerDeclined,
      data: {},
    });
    await notify(tx, [
      {
        userId: idea!.bearerId,
        arenaId: idea!.arenaId,
        kind: input.accept ? IdeaEvents.coBearerAccepted : IdeaEvents.coBearerDeclined,
        subjectType: "Idea",
        subjectId: idea!.id,
        data: { title: idea!.title, by: ctx.viewer.name },
      },
    ]);
    return { coBearer: toCoBearer(updated!, ctx.viewer.name), idea: toIdea(idea!, input.accept ? "bearer" : "public") };
  });
}
