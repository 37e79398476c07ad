import { asc, eq, inArray, max } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Tx } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { TEAM_ROLES } from "../ideas/ideas.access.js";
import { type IdeaStage, ideas } from "../ideas/ideas.tables.js";
import { toIdea } from "../ideas/ideas.types.js";
import { notify } from "../notifications/notifications.service.js";
import { type DecideTestCycleInput, type RecordStudyInput } from "./cycles.inputs.js";
import { resultInWords, toCycle } from "./cycles.types.js";
import { type CycleDecision, cycleMeasures, cycleMunicipalities, measurements, testCycles } from "./testing.tables.js";
import {
  actor,
  cycleIdeaOfRow,
  lockCycle,
  out,
  requireRecording,
  requireTestable,
  requireWriter,
  setMunicipalities,
  viewerOn,
} from "./cycles.rules.js";
import { bearersOf, moveIdea } from "../ideas/lifecycle.js";
import * as clock from "../../shared/clock.js";
import { TestingEvents } from "./testing.events.js";
import { cycleDecided } from "./testing.hooks.js";

type IdeaRow = typeof ideas.$inferSelect;
type CycleRow = typeof testCycles.$inferSelect;

// ---- study ----

/** The team or the bearers record what was seen; may be recorded again until the decision. */
export async function recordStudy(ctx: Context, input: RecordStudyInput) {
  return runMutation(ctx, async (tx) => {
    const { idea, access, cycle } = await lockCycle(ctx, tx, input.id, "input.id");
    requireWriter(ctx, access);
    requireRecording(ctx, cycle, "input.id");
    requireTestable(ctx, idea, "input.id");
    await validateInput(input, ctx.locale);
    if (input.expectedVersion !== cycle.version) fail(ctx.locale, "input.expectedVersion", "STUDY_STALE");
    const now = clock.now();
    const [updated] = await tx
      .update(testCycles)
      .set({
        status: "studied",
        observations: input.observations,
        participantsReached: input.participantsReached !== undefined ? input.participantsReached : cycle.participantsReached,
        studiedAt: cycle.studiedAt ?? now,
        version: cycle.version + 1,
        updatedAt: now,
      })
      .where(eq(testCycles.id, cycle.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: TestingEvents.studied,
      data: { cycleId: cycle.id, number: cycle.number, again: cycle.status === "studied" },
    });
    return out(ctx, updated!, idea, access);
  });
}

// ---- act ----

const DECISION_STAGE: Record<CycleDecision, IdeaStage | null> = {
  retest: null,
  pivot: "development",
  advance: "scaling",
  stop: "closed",
};

/** The results of a cycle in words (Swedish, as the record is kept): the evidence of a ladder step. */
async function resultsInWords(tx: Tx, cycle: CycleRow): Promise<string> {
  const ms = await tx.select().from(cycleMeasures).where(eq(cycleMeasures.cycleId, cycle.id)).orderBy(asc(cycleMeasures.position));
  const values =
    ms.length > 0
      ? await tx
          .select()
          .from(measurements)
          .where(
            inArray(
              measurements.measureId,
              ms.map((m) => m.id),
            ),
          )
          .orderBy(asc(measurements.measuredOn), asc(measurements.createdAt), asc(measurements.id))
      : [];
  const lines = ms.map((m) =>
    resultInWords(
      m,
      values.filter((v) => v.measureId === m.id),
    ),
  );
  // The ladder names the cycle the evidence comes from; the results speak for themselves.
  return lines.join("\n");
}

/**
 * The team records the decision of a studied cycle, with the bearers' agreement. Every decision
 * files a learning; RETEST plans cycle n+1 (plan and measures copied, same series); PIVOT moves
 * the idea back to development; ADVANCE to scaling and ladder step 2; STOP closes it. The
 * bearers are told.
 */
export async function decideTestCycle(ctx: Context, input: DecideTestCycleInput) {
  return runMutation(ctx, async (tx) => {
    const { idea, access, cycle } = await lockCycle(ctx, tx, input.id, "input.id");
    if (!hasRole(ctx.viewer, idea.arenaId, TEAM_ROLES)) throw apiError("FORBIDDEN", ctx.locale);
    requireTestable(ctx, idea, "input.id");
    if (cycle.status === "decided") fail(ctx.locale, "input.id", "CYCLE_DECIDED");
    if (cycle.status !== "studied") fail(ctx.locale, "input.id", "CYCLE_NOT_STUDIED");
    await validateInput(input, ctx.locale);
    if (input.expectedVersion !== cycle.version) fail(ctx.locale, "input.expectedVersion", "DECISION_STALE");
    const viewer = actor(ctx);
    const now = clock.now();
    const decision = input.decision as CycleDecision;
    const [decided] = await tx
      .update(testCycles)
      .set({
        status: "decided",
        decision,
        decisionRationale: input.rationale,
        learnings: input.learnings,
        bearerAgreement: input.bearerAgreement,
        decidedBy: viewer.id,
        decidedAt: now,
        version: cycle.version + 1,
        updatedAt: now,
      })
      .where(eq(testCycles.id, cycle.id))
      .returning();
    const toStage = DECISION_STAGE[decision];
    const moved = await moveIdea(tx, idea, toStage ?? idea.stage, {
      actorId: viewer.id,
      kind: TestingEvents.decided,
      data: { cycleId: cycle.id, number: cycle.number, decision, reason: input.rationale },
      at: now,
    });
    // Learning files what the decision taught; scaling notes the step an ADVANCE reaches.
    const facts = await cycleDecided({
      tx,
      idea,
      cycle,
      decision,
      rationale: input.rationale,
      learnings: input.learnings,
      publishLearning: input.publishLearning,
      actorId: viewer.id,
      resultsInWords: () => resultsInWords(tx, cycle),
    });
    let next: CycleRow | null = null;
    if (decision === "retest") next = await planRetest(tx, idea, cycle, viewer.id);
    // The bearers hear of it, unless they took it themselves.
    const bearers = (await bearersOf(tx, idea)).filter((u) => u !== viewer.id);
    await notify(
      tx,
      bearers.map((userId) => ({
        userId,
        arenaId: idea.arenaId,
        kind: TestingEvents.decided,
        subjectType: "Idea",
        subjectId: idea.id,
        data: { title: idea.title, by: viewer.name, number: cycle.number, decision, ...facts, toStage: moved.stage },
      })),
    );
    const ref = cycleIdeaOfRow(moved, access);
    const v = viewerOn(ctx, idea.arenaId);
    return { cycle: toCycle(decided!, ref, v), nextCycle: next && toCycle(next, ref, v), idea: toIdea(moved, access) };
  });
}

/** Cycle n+1 of a retest: planned, linked back, its plan and measures copied (same series, no measurements). */
async function planRetest(tx: Tx, idea: IdeaRow, from: CycleRow, actorId: string): Promise<CycleRow> {
  const [{ n } = { n: 0 }] = await tx
    .select({ n: max(testCycles.number) })
    .from(testCycles)
    .where(eq(testCycles.ideaId, idea.id));
  const number = (n ?? 0) + 1;
  const [next] = await tx
    .insert(testCycles)
    .values({
      ideaId: idea.id,
      number,
      previousCycleId: from.id,
      hypothesis: from.hypothesis,
      aim: from.aim,
      site: from.site,
      hostOrganisation: from.hostOrganisation,
      targetGroup: from.targetGroup,
      plannedParticipants: from.plannedParticipants,
      createdBy: actorId,
    })
    .returning();
  const munis = await tx
    .select({ id: cycleMunicipalities.organisationId })
    .from(cycleMunicipalities)
    .where(eq(cycleMunicipalities.cycleId, from.id));
  await setMunicipalities(
    tx,
    next!.id,
    munis.map((m) => m.id),
  );
  const ms = await tx.select().from(cycleMeasures).where(eq(cycleMeasures.cycleId, from.id)).orderBy(asc(cycleMeasures.position));
  if (ms.length > 0)
    await tx.insert(cycleMeasures).values(
      ms.map((m) => ({
        cycleId: next!.id,
        seriesId: m.seriesId,
        position: m.position,
        name: m.name,
        unit: m.unit,
        baseline: m.baseline,
        target: m.target,
        direction: m.direction,
        indicatorId: m.indicatorId,
      })),
    );
  await recordEvent(tx, {
    arenaId: idea.arenaId,
    actorId,
    subjectType: "Idea",
    subjectId: idea.id,
    kind: TestingEvents.planned,
    data: { cycleId: next!.id, number, retestOf: from.id },
  });
  return next!;
}
