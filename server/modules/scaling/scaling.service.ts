import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Database, Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { manyLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { TEAM_ROLES, atLeast } from "../ideas/ideas.access.js";
import { lockIdea } from "../ideas/ideas.service.js";
import type { IdeaStage } from "../ideas/ideas.tables.js";
import { bearersOf, moveIdea } from "../ideas/lifecycle.js";
import * as clock from "../../shared/clock.js";
import { type Idea, toIdea } from "../ideas/ideas.types.js";
import { notify } from "../notifications/notifications.service.js";
import { organisations } from "../partnership/partnership.tables.js";
import { toOrganisation } from "../partnership/partnership.types.js";
import { scaleUpSteps } from "../strategy/strategy.tables.js";
import { testCycles } from "../testing/testing.tables.js";
import { onCycleDecided, onCyclePlanned } from "../testing/testing.hooks.js";
import type { RecordScaleStepInput, SetMunicipalityAdoptionInput } from "./scaling.inputs.js";
import { type AdoptionStatus, ideaScaleSteps, municipalityAdoptions } from "./scaling.tables.js";
import { AdoptionSummary, type IdeaScaleStep, type MunicipalityAdoption, noScaleStep, toAdoption, toScaleStep } from "./scaling.types.js";
import { ScalingEvents } from "./scaling.events.js";

export interface ScaleStepReached {
  arenaId: string;
  ideaId: string;
  /** 1 planning; 2 tested; 3 shown to improve and introduced more widely; 4 part of ordinary work. */
  step: 1 | 2 | 3 | 4;
  evidence: string;
  cycleId: string | null;
  actorId: string | null;
}

/** The idea's current step on the SKR ladder (0 when none is recorded), read inside a transaction. */
export async function currentScaleStep(tx: Tx, ideaId: string): Promise<number> {
  const [row] = await tx
    .select({ step: ideaScaleSteps.step })
    .from(ideaScaleSteps)
    .where(eq(ideaScaleSteps.ideaId, ideaId))
    .orderBy(desc(ideaScaleSteps.recordedAt), desc(ideaScaleSteps.step))
    .limit(1);
  return row?.step ?? 0;
}

/**
 * Records that an idea reached a step, with its evidence, unless it already stands at that
 * step or higher (automatic steps never move an idea down). Returns whether a step was added.
 */
export async function reachScaleStep(tx: Tx, s: ScaleStepReached): Promise<boolean> {
  if ((await currentScaleStep(tx, s.ideaId)) >= s.step) return false;
  await tx.insert(ideaScaleSteps).values({
    ideaId: s.ideaId,
    step: s.step,
    evidence: s.evidence,
    cycleId: s.cycleId,
    recordedBy: s.actorId,
  });
  await recordEvent(tx, {
    arenaId: s.arenaId,
    actorId: s.actorId,
    subjectType: "Idea",
    subjectId: s.ideaId,
    kind: ScalingEvents.stepReached,
    data: { step: s.step, cycleId: s.cycleId },
  });
  return true;
}

/**
 * A partnership body approved a proposal to scale an idea that is on the ladder: the decision is
 * evidence that the idea is introduced at larger scale (step 3). An idea below step 3 reaches it;
 * one at 3 or 4 keeps its step and the decision is added as evidence there. Ideas not on the
 * ladder are left alone. Called by the matters module (a floor above), which knows of decisions.
 */
export async function noteScaleDecision(
  tx: Tx,
  d: { arenaId: string; ideaId: string; evidence: string; actorId: string | null },
): Promise<boolean> {
  const current = await currentScaleStep(tx, d.ideaId);
  if (current === 0) return false;
  if (current < 3) return reachScaleStep(tx, { ...d, step: 3, cycleId: null });
  await tx
    .insert(ideaScaleSteps)
    .values({ ideaId: d.ideaId, step: current, evidence: d.evidence, recordedBy: d.actorId, recordedAt: clock.now() });
  return true;
}

// ---- reading ----

export function createScalingLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    /** Every step recorded for an idea, oldest first: the last one is current (as in currentScaleStep). */
    scaleStepsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ record: ideaScaleSteps, ladder: scaleUpSteps, cycleNumber: testCycles.number })
          .from(ideaScaleSteps)
          .innerJoin(scaleUpSteps, eq(scaleUpSteps.step, ideaScaleSteps.step))
          .leftJoin(testCycles, eq(testCycles.id, ideaScaleSteps.cycleId))
          .where(inArray(ideaScaleSteps.ideaId, ids(k)))
          .orderBy(asc(ideaScaleSteps.recordedAt), asc(ideaScaleSteps.step)),
      (r) => r.record.ideaId,
    ),
    adoptionsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(municipalityAdoptions)
          .where(inArray(municipalityAdoptions.ideaId, ids(k))),
      (r) => r.ideaId,
    ),
  };
}

/** Evidence is read with the test cycles it usually comes from: by people with at least member access. */
const showsEvidence = (idea: Idea) => atLeast(idea.access, "member");

export async function scaleStepsOf(ctx: Context, idea: Idea): Promise<IdeaScaleStep[]> {
  return (await ctx.loaders.scaleStepsByIdea.load(idea.rawId)).map((r) => toScaleStep(r, ctx.locale, showsEvidence(idea)));
}

export async function scaleStepOf(ctx: Context, idea: Idea): Promise<IdeaScaleStep> {
  const all = await scaleStepsOf(ctx, idea);
  return all[all.length - 1] ?? noScaleStep();
}

/** Every municipality of the idea's arena, by name, with what is recorded for it (status null when nothing is). */
export async function adoptionsOf(ctx: Context, idea: Idea): Promise<MunicipalityAdoption[]> {
  const [orgs, rows] = await Promise.all([
    ctx.loaders.organisationsByArena.load(idea.arenaRawId),
    ctx.loaders.adoptionsByIdea.load(idea.rawId),
  ]);
  const byOrg = new Map(rows.map((r) => [r.organisationId, r]));
  return orgs
    .filter((o) => o.kind === "municipality")
    .sort((a, b) => a.name.localeCompare(b.name, "sv"))
    .map((o) => toAdoption(toOrganisation(o), byOrg.get(o.id)));
}

export async function adoptionSummaryOf(ctx: Context, idea: Idea): Promise<AdoptionSummary> {
  const all = await adoptionsOf(ctx, idea);
  const n = (s: AdoptionStatus | null) => all.filter((a) => (a.status ?? null) === s).length;
  return Object.assign(new AdoptionSummary(), {
    municipalities: all.length,
    planned: n("planned"),
    testing: n("testing"),
    adopted: n("adopted"),
    declined: n("declined"),
    none: n(null),
  });
}

/** Stages in which the team records ladder steps and adoption. */
const SCALING_STAGES: IdeaStage[] = ["guidance", "development", "testing", "scaling", "adopted"];

/** Whether the viewer may record steps and adoption now: the guidance team of the idea's arena, in those stages. */
export function viewerCanRecordScaling(ctx: Context, idea: Idea): boolean {
  return hasRole(ctx.viewer, idea.arenaRawId, TEAM_ROLES) && SCALING_STAGES.includes(idea.stage as IdeaStage);
}

// ---- changing (the arena's guidance team) ----

async function lockForScaling(ctx: Context, tx: Tx, globalId: string) {
  const { row, access } = await lockIdea(ctx, tx, globalId, "input.ideaId");
  if (!hasRole(ctx.viewer, row.arenaId, TEAM_ROLES)) throw apiError("FORBIDDEN", ctx.locale);
  return { row, access };
}

/**
 * The team records the step an idea stands at, with evidence. Moving down needs a reason
 * (kept in the event, shown on the timeline to the team). Reaching step 4 while the idea is
 * in scaling makes it adopted; leaving step 4 while adopted takes it back to scaling.
 */
export async function recordScaleStep(ctx: Context, input: RecordScaleStepInput) {
  return runMutation(ctx, async (tx) => {
    const { row, access } = await lockForScaling(ctx, tx, input.ideaId);
    await validateInput(input, ctx.locale);
    if (!SCALING_STAGES.includes(row.stage)) fail(ctx.locale, "input.ideaId", "SCALE_STAGE");
    const from = await currentScaleStep(tx, row.id);
    if (input.step === from) fail(ctx.locale, "input.step", "SCALE_STEP_SAME", { step: from });
    if (input.step < from && input.reason === "") fail(ctx.locale, "input.reason", "SCALE_DOWN_REASON");
    const viewer = ctx.viewer!;
    await tx.insert(ideaScaleSteps).values({
      ideaId: row.id,
      step: input.step,
      evidence: input.evidence,
      recordedBy: viewer.id,
      // Not the transaction's now(): steps recorded in one transaction keep their order.
      recordedAt: clock.now(),
    });
    const toStage: IdeaStage =
      input.step === 4 && row.stage === "scaling" ? "adopted" : input.step < 4 && row.stage === "adopted" ? "scaling" : row.stage;
    const idea = await moveIdea(tx, row, toStage, {
      actorId: viewer.id,
      kind: ScalingEvents.stepRecorded,
      data: { fromStep: from, step: input.step, ...(input.reason ? { reason: input.reason } : {}) },
    });
    const bearers = (await bearersOf(tx, row)).filter((u) => u !== viewer.id);
    await notify(
      tx,
      bearers.map((userId) => ({
        userId,
        arenaId: row.arenaId,
        kind: ScalingEvents.stepRecorded,
        subjectType: "Idea",
        subjectId: row.id,
        data: { title: row.title, step: input.step },
      })),
    );
    return toIdea(idea, access);
  });
}

/** The team records (or, with status null, clears) where a municipality of the idea's arena stands with it. */
export async function setMunicipalityAdoption(ctx: Context, input: SetMunicipalityAdoptionInput) {
  return runMutation(ctx, async (tx) => {
    const { row, access } = await lockForScaling(ctx, tx, input.ideaId);
    await validateInput(input, ctx.locale);
    if (!SCALING_STAGES.includes(row.stage)) fail(ctx.locale, "input.ideaId", "SCALE_STAGE");
    const orgId = inputId(ctx, input.organisationId, "Organisation", "input.organisationId");
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, orgId));
    if (!org || org.arenaId !== row.arenaId || org.kind !== "municipality") fail(ctx.locale, "input.organisationId", "NOT_MUNICIPALITY");
    const [before] = await tx
      .select()
      .from(municipalityAdoptions)
      .where(and(eq(municipalityAdoptions.ideaId, row.id), eq(municipalityAdoptions.organisationId, org.id)))
      .for("update");
    const status = (input.status ?? null) as AdoptionStatus | null;
    const note = status === null ? "" : input.note;
    let after = before;
    if (status === null) {
      if (before)
        await tx
          .delete(municipalityAdoptions)
          .where(and(eq(municipalityAdoptions.ideaId, row.id), eq(municipalityAdoptions.organisationId, org.id)));
      after = undefined;
    } else if (!before || before.status !== status || before.note !== note) {
      const now = clock.now();
      [after] = await tx
        .insert(municipalityAdoptions)
        .values({ ideaId: row.id, organisationId: org.id, status, note, updatedBy: ctx.viewer!.id, updatedAt: now })
        .onConflictDoUpdate({
          target: [municipalityAdoptions.ideaId, municipalityAdoptions.organisationId],
          set: { status, note, updatedBy: ctx.viewer!.id, updatedAt: now },
        })
        .returning();
    }
    if (after !== before)
      await recordEvent(tx, {
        arenaId: row.arenaId,
        actorId: ctx.viewer!.id,
        subjectType: "Idea",
        subjectId: row.id,
        kind: ScalingEvents.adoptionSet,
        data: { organisationId: org.id, municipality: org.name, fromStatus: before?.status ?? null, toStatus: status },
      });
    return { adoption: toAdoption(toOrganisation(org), after), idea: toIdea(row, access) };
  });
}

// The ladder follows testing: planning a cycle is step 1, an ADVANCE decision step 2.
onCyclePlanned(async ({ tx, idea, cycle, actorId }) => {
  await reachScaleStep(tx, {
    arenaId: idea.arenaId,
    ideaId: idea.id,
    step: 1,
    evidence: `Testcykel ${cycle.number} planerad.${cycle.hypothesis ? ` Hypotes: ${cycle.hypothesis}` : ""}`,
    cycleId: cycle.id,
    actorId,
  });
});
onCycleDecided(async (e) => {
  if (e.decision !== "advance") return;
  await reachScaleStep(e.tx, {
    arenaId: e.idea.arenaId,
    ideaId: e.idea.id,
    step: 2,
    evidence: [await e.resultsInWords(), e.rationale].filter((x) => x !== "").join("\n"),
    cycleId: e.cycle.id,
    actorId: e.actorId,
  });
});
