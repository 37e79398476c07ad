import { eq } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { lockIdea } from "../ideas/ideas.service.js";
import { notify } from "../notifications/notifications.service.js";
import { cycleById } from "../testing/cycles.service.js";
import { type TestCycle, readsCycles, toCycle } from "../testing/cycles.types.js";
import { testCycles } from "../testing/testing.tables.js";
import type { RecordEvaluationInput, UpdateEvaluationInput } from "./research.inputs.js";
import { evaluations } from "./research.tables.js";
import { type Evaluation, toEvaluation } from "./research.types.js";
import { evaluationView, isResearcher, onTeam, viewerCanEvaluate, viewerId } from "./research.service.js";
import { ResearchEvents } from "./research.events.js";
import * as clock from "../../shared/clock.js";
import { bearersOf } from "../ideas/lifecycle.js";

// ---- evaluations: reading ----

export async function cycleEvaluations(ctx: Context, cycle: TestCycle): Promise<Evaluation[]> {
  const view = evaluationView(ctx, cycle);
  if (view === "none") return [];
  const rows = await ctx.loaders.evaluationsByCycle.load(cycle.rawId);
  return rows.filter((r) => view === "all" || r.sharedWithBearersAt !== null).map((r) => toEvaluation(r, cycle, viewerId(ctx)));
}

export async function evaluationById(ctx: Context, rawId: string): Promise<Evaluation | null> {
  const row = await ctx.loaders.evaluationById.load(rawId);
  const cycle = row && (await cycleById(ctx, row.cycleId));
  if (!row || !cycle) return null;
  const view = evaluationView(ctx, cycle);
  if (view === "none" || (view === "shared" && row.sharedWithBearersAt === null)) return null;
  return toEvaluation(row, cycle, viewerId(ctx));
}

// ---- evaluations: writing ----

/** Inside a mutation: the cycle with its idea locked; NOT_FOUND unless the viewer reads the idea's cycles. */
async function lockCycle(ctx: Context, tx: Tx, cycleRawId: string, field: string) {
  const [peek] = await tx.select({ ideaId: testCycles.ideaId }).from(testCycles).where(eq(testCycles.id, cycleRawId));
  if (!peek) fail(ctx.locale, field, "NOT_FOUND");
  const { row: idea, access } = await lockIdea(ctx, tx, toGlobalId("Idea", peek.ideaId), field);
  if (!readsCycles(access)) fail(ctx.locale, field, "NOT_FOUND");
  const [cycle] = await tx.select().from(testCycles).where(eq(testCycles.id, cycleRawId));
  if (!cycle) fail(ctx.locale, field, "NOT_FOUND");
  const asCycle = toCycle(
    cycle,
    { rawId: idea.id, arenaRawId: idea.arenaId, stage: idea.stage, access },
    { onTeam: onTeam(ctx, idea.arenaId) },
  );
  return { idea, access, cycle: asCycle };
}

/** Inside a mutation: an evaluation the viewer wrote, locked with its cycle's idea. */
async function lockOwnEvaluation(ctx: Context, tx: Tx, globalId: string, field: string) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const id = inputId(ctx, globalId, "Evaluation", field);
  const [peek] = await tx.select({ cycleId: evaluations.cycleId }).from(evaluations).where(eq(evaluations.id, id));
  if (!peek) fail(ctx.locale, field, "NOT_FOUND");
  const locked = await lockCycle(ctx, tx, peek.cycleId, field);
  const [row] = await tx.select().from(evaluations).where(eq(evaluations.id, id)).for("update");
  if (!row || evaluationView(ctx, locked.cycle) !== "all") fail(ctx.locale, field, "NOT_FOUND");
  if (row.authorId !== ctx.viewer.id || !isResearcher(ctx, locked.idea.arenaId)) throw apiError("FORBIDDEN", ctx.locale);
  return { ...locked, row };
}

export async function recordEvaluation(ctx: Context, input: RecordEvaluationInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const viewer = ctx.viewer;
    const cycleId = inputId(ctx, input.cycleId, "TestCycle", "input.cycleId");
    const { idea, cycle } = await lockCycle(ctx, tx, cycleId, "input.cycleId");
    if (!viewerCanEvaluate(ctx, cycle)) throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    const [row] = await tx
      .insert(evaluations)
      .values({
        cycleId,
        authorId: viewer.id,
        method: input.method,
        dataSources: input.dataSources ?? "",
        findings: input.findings,
        confidence: input.confidence,
        ethicsNotes: input.ethicsNotes ?? "",
      })
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Evaluation",
      subjectId: row!.id,
      kind: ResearchEvents.evaluationRecorded,
      data: { cycleId, ideaId: idea.id },
    });
    return toEvaluation(row!, cycle, viewer.id);
  });
}

export async function updateEvaluation(ctx: Context, input: UpdateEvaluationInput) {
  return runMutation(ctx, async (tx) => {
    const { idea, cycle, row } = await lockOwnEvaluation(ctx, tx, input.id, "input.id");
    await validateInput(input, ctx.locale);
    const patch: Partial<typeof evaluations.$inferInsert> = {};
    if (input.method != null) patch.method = input.method;
    if (input.dataSources != null) patch.dataSources = input.dataSources;
    if (input.findings != null) patch.findings = input.findings;
    if (input.confidence != null) patch.confidence = input.confidence;
    if (input.ethicsNotes != null) patch.ethicsNotes = input.ethicsNotes;
    const changed = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== row[k as keyof typeof row]);
    if (changed.length === 0) return toEvaluation(row, cycle, ctx.viewer!.id);
    const [updated] = await tx
      .update(evaluations)
      .set({ ...patch, updatedAt: clock.now() })
      .where(eq(evaluations.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Evaluation",
      subjectId: row.id,
      kind: ResearchEvents.evaluationUpdated,
      data: { changed },
    });
    return toEvaluation(updated!, cycle, ctx.viewer!.id);
  });
}

/** The author shares an evaluation with the idea's bearers (who are told), or takes it back. Idempotent. */
export async function shareEvaluation(ctx: Context, globalId: string, share: boolean) {
  return runMutation(ctx, async (tx) => {
    const { idea, cycle, row } = await lockOwnEvaluation(ctx, tx, globalId, "id");
    if (share === (row.sharedWithBearersAt !== null)) return toEvaluation(row, cycle, ctx.viewer!.id);
    const [updated] = await tx
      .update(evaluations)
      .set({ sharedWithBearersAt: share ? clock.now() : null, updatedAt: clock.now() })
      .where(eq(evaluations.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Evaluation",
      subjectId: row.id,
      kind: share ? ResearchEvents.evaluationShared : ResearchEvents.evaluationUnshared,
      data: { cycleId: row.cycleId, ideaId: idea.id },
    });
    if (share) {
      const bearers = (await bearersOf(tx, idea)).filter((u) => u !== ctx.viewer!.id);
      await notify(
        tx,
        bearers.map((userId) => ({
          userId,
          arenaId: idea.arenaId,
          kind: ResearchEvents.evaluationShared,
          subjectType: "Idea",
          subjectId: idea.id,
          data: { title: idea.title, by: ctx.viewer!.name, cycle: String(cycle.number) },
        })),
      );
    }
    return toEvaluation(updated!, cycle, ctx.viewer!.id);
  });
}
