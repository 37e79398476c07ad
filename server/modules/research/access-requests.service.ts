import { and, asc, desc, eq } from "drizzle-orm";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { accessTo } from "../ideas/ideas.access.js";
import { accessToRow, lockIdea } from "../ideas/ideas.service.js";
import { follows, ideas } from "../ideas/ideas.tables.js";
import type { Idea } from "../ideas/ideas.types.js";
import { notify } from "../notifications/notifications.service.js";
import type { DecideIdeaAccessInput, RequestIdeaAccessInput } from "./research.inputs.js";
import { type AccessRequestStatus, accessRequests } from "./research.tables.js";
import { type AccessRequest, toAccessRequest } from "./research.types.js";
import { isResearcher } from "./research.service.js";
import { ResearchEvents } from "./research.events.js";
import * as clock from "../../shared/clock.js";
import { bearersOf } from "../ideas/lifecycle.js";

// ---- access requests ----

const isBearer = async (ctx: Context, ideaRawId: string) => {
  const row = await ctx.loaders.ideaById.load(ideaRawId);
  return row !== null && (await accessToRow(ctx, row)) === "bearer";
};

/** Requests to an idea: all for its bearers, their own for a researcher who asked, none for others. */
export async function ideaAccessRequests(ctx: Context, idea: Idea): Promise<AccessRequest[]> {
  if (!ctx.viewer) return [];
  const rows = await ctx.loaders.accessRequestsByIdea.load(idea.rawId);
  if (idea.access === "bearer") return rows.map((r) => toAccessRequest(r, true));
  return rows.filter((r) => r.requesterId === ctx.viewer!.id).map((r) => toAccessRequest(r, false));
}

/** The viewer's own requests, the latest asked first. */
export async function myAccessRequests(ctx: Context): Promise<AccessRequest[]> {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const rows = await ctx.db
    .select()
    .from(accessRequests)
    .where(eq(accessRequests.requesterId, ctx.viewer.id))
    .orderBy(desc(accessRequests.createdAt), asc(accessRequests.id))
    .limit(200);
  for (const r of rows) ctx.loaders.accessRequestById.prime(r.id, r);
  return rows.map((r) => toAccessRequest(r, false));
}

export async function accessRequestById(ctx: Context, rawId: string): Promise<AccessRequest | null> {
  const row = await ctx.loaders.accessRequestById.load(rawId);
  if (!row || !ctx.viewer) return null;
  if (row.requesterId === ctx.viewer.id) return toAccessRequest(row, await isBearer(ctx, row.ideaId));
  return (await isBearer(ctx, row.ideaId)) ? toAccessRequest(row, true) : null;
}

/** The viewer's own request to an idea, if any. */
export async function viewerAccessRequest(ctx: Context, ideaRawId: string): Promise<AccessRequest | null> {
  if (!ctx.viewer) return null;
  const row = (await ctx.loaders.accessRequestsByIdea.load(ideaRawId)).find((r) => r.requesterId === ctx.viewer!.id);
  return row ? toAccessRequest(row, false) : null;
}

/**
 * A researcher of the idea's arena asks to read an idea they may not read (visible to the
 * guidance team only). Asking again after a refusal or a revocation reopens the request.
 */
export async function requestIdeaAccess(ctx: Context, input: RequestIdeaAccessInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const viewer = ctx.viewer;
    const id = inputId(ctx, input.ideaId, "Idea", "input.ideaId");
    const [idea] = await tx.select().from(ideas).where(eq(ideas.id, id)).for("update");
    // To anyone but a researcher of its arena, an idea they cannot read does not exist.
    if (!idea || idea.stage === "draft" || idea.stage === "withdrawn") fail(ctx.locale, "input.ideaId", "NOT_FOUND");
    const bearers = await bearersOf(tx, idea);
    const granted = await tx
      .select({ userId: accessRequests.requesterId })
      .from(accessRequests)
      .where(and(eq(accessRequests.ideaId, id), eq(accessRequests.status, "granted")));
    const access = accessTo(
      viewer,
      idea,
      bearers.filter((b) => b !== idea.bearerId),
      granted.map((g) => g.userId),
    );
    if (access !== "none") fail(ctx.locale, "input.ideaId", "ACCESS_NOT_NEEDED");
    if (!isResearcher(ctx, idea.arenaId)) fail(ctx.locale, "input.ideaId", "NOT_FOUND");
    await validateInput(input, ctx.locale);
    const [existing] = await tx
      .select()
      .from(accessRequests)
      .where(and(eq(accessRequests.ideaId, id), eq(accessRequests.requesterId, viewer.id)))
      .for("update");
    if (existing?.status === "pending") fail(ctx.locale, "input.ideaId", "ACCESS_REQUEST_PENDING");
    const now = clock.now();
    const fields = { reason: input.reason, status: "pending" as const, response: "", decidedBy: null, decidedAt: null };
    const [row] = existing
      ? await tx
          .update(accessRequests)
          .set({ ...fields, createdAt: now, updatedAt: now })
          .where(eq(accessRequests.id, existing.id))
          .returning()
      : await tx
          .insert(accessRequests)
          .values({ ideaId: id, requesterId: viewer.id, ...fields, createdAt: now, updatedAt: now })
          .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "AccessRequest",
      subjectId: row!.id,
      kind: ResearchEvents.accessRequested,
      data: { ideaId: id, again: existing !== undefined },
    });
    await notify(
      tx,
      bearers.map((userId) => ({
        userId,
        arenaId: idea.arenaId,
        kind: ResearchEvents.accessRequested,
        subjectType: "Idea",
        subjectId: id,
        data: { title: idea.title, by: viewer.name },
      })),
    );
    return toAccessRequest(row!, false);
  });
}

type Decision = "granted" | "refused" | "revoked";
const DECIDED = {
  granted: ResearchEvents.accessGranted,
  refused: ResearchEvents.accessRefused,
  revoked: ResearchEvents.accessRevoked,
} as const;
/** From which states each answer may be given. */
const FROM: Record<Decision, AccessRequestStatus[]> = {
  granted: ["pending", "refused", "revoked"],
  refused: ["pending"],
  revoked: ["granted"],
};
const WRONG_STATE = {
  granted: "ACCESS_REQUEST_GRANTED",
  refused: "ACCESS_REQUEST_NOT_PENDING",
  revoked: "ACCESS_REQUEST_NOT_GRANTED",
} as const;

/** A bearer grants, refuses or revokes a request to their idea; the researcher is told. */
export async function decideIdeaAccess(ctx: Context, input: DecideIdeaAccessInput, to: Decision) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const viewer = ctx.viewer;
    const id = inputId(ctx, input.id, "AccessRequest", "input.id");
    const [peek] = await tx.select({ ideaId: accessRequests.ideaId }).from(accessRequests).where(eq(accessRequests.id, id));
    if (!peek) fail(ctx.locale, "input.id", "NOT_FOUND");
    const { row: idea, access } = await lockIdea(ctx, tx, toGlobalId("Idea", peek.ideaId), "input.id");
    if (access !== "bearer") throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    const [req] = await tx.select().from(accessRequests).where(eq(accessRequests.id, id)).for("update");
    if (!req) fail(ctx.locale, "input.id", "NOT_FOUND");
    if (!FROM[to].includes(req.status)) fail(ctx.locale, "input.id", WRONG_STATE[to]);
    const now = clock.now();
    const [updated] = await tx
      .update(accessRequests)
      .set({ status: to, response: input.response ?? req.response, decidedBy: viewer.id, decidedAt: now, updatedAt: now })
      .where(eq(accessRequests.id, id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "AccessRequest",
      subjectId: id,
      kind: DECIDED[to],
      data: { ideaId: idea.id, fromStatus: req.status },
    });
    // Revoked from an idea only its bearers and team read: the researcher no longer follows it either.
    if (to === "revoked" && idea.visibility === "guidance")
      await tx.delete(follows).where(and(eq(follows.ideaId, idea.id), eq(follows.userId, req.requesterId)));
    await notify(tx, [
      {
        userId: req.requesterId,
        arenaId: idea.arenaId,
        kind: DECIDED[to],
        subjectType: "Idea",
        subjectId: idea.id,
        // Only a granted researcher may learn which idea it was.
        data: to === "granted" ? { title: idea.title, by: viewer.name } : { by: viewer.name },
      },
    ]);
    return toAccessRequest(updated!, true);
  });
}
