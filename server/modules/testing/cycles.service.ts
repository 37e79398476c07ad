import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { UserErrors, apiError, fail } from "../../graphql/errors.js";
import { manyLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { recordEvent } from "../audit/audit.service.js";
import { ideaById, lockIdea } from "../ideas/ideas.service.js";
import { type IdeaStage } from "../ideas/ideas.tables.js";
import { type Idea } from "../ideas/ideas.types.js";
import { organisations } from "../partnership/partnership.tables.js";
import { type PlanTestCycleInput, type UpdateTestCycleInput } from "./cycles.inputs.js";
import {
  type CycleMeasure,
  type CycleReadiness,
  type MeasureResult,
  type Measurement,
  TESTABLE_STAGES,
  type TestCycle,
  readinessOf,
  readsCycles,
  resultOf,
  toCycle,
  toMeasure,
  toMeasurement,
  writesCycles,
} from "./cycles.types.js";
import { cycleMeasures, cycleMunicipalities, measurements, testCycles } from "./testing.tables.js";
import {
  actor,
  checkPlan,
  cycleIdea,
  gateErrors,
  lockCycle,
  out,
  requireTestable,
  requireWriter,
  setMunicipalities,
  syncMeasures,
  viewerOn,
} from "./cycles.rules.js";
import { moveIdea } from "../ideas/lifecycle.js";
import * as clock from "../../shared/clock.js";
import { TestingEvents } from "./testing.events.js";
import { cyclePlanned } from "./testing.hooks.js";

export function createCycleLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    testCycleById: rowByIdLoader(db, testCycles),
    /** Cycle 1 first. */
    testCyclesByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(testCycles)
          .where(inArray(testCycles.ideaId, ids(k)))
          .orderBy(asc(testCycles.number)),
      (r) => r.ideaId,
    ),
    cycleMeasureById: rowByIdLoader(db, cycleMeasures),
    cycleMeasuresByCycle: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(cycleMeasures)
          .where(inArray(cycleMeasures.cycleId, ids(k)))
          .orderBy(asc(cycleMeasures.position), asc(cycleMeasures.createdAt), asc(cycleMeasures.id)),
      (r) => r.cycleId,
    ),
    measurementById: rowByIdLoader(db, measurements),
    /** Oldest first: the latest is last. */
    measurementsByMeasure: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(measurements)
          .where(inArray(measurements.measureId, ids(k)))
          .orderBy(asc(measurements.measuredOn), asc(measurements.createdAt), asc(measurements.id)),
      (r) => r.measureId,
    ),
    municipalitiesByCycle: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ cycleId: cycleMunicipalities.cycleId, organisation: organisations })
          .from(cycleMunicipalities)
          .innerJoin(organisations, eq(organisations.id, cycleMunicipalities.organisationId))
          .where(inArray(cycleMunicipalities.cycleId, ids(k)))
          .orderBy(asc(organisations.name)),
      (r) => r.cycleId,
    ),
  };
}

// ---- reading ----

/** The idea's cycles, cycle 1 first; null unless the viewer reads its cycles (at least member access). */
export async function ideaTestCycles(ctx: Context, idea: Idea): Promise<TestCycle[] | null> {
  if (!readsCycles(idea.access)) return null;
  const ref = cycleIdea(idea);
  const viewer = viewerOn(ctx, idea.arenaRawId);
  return (await ctx.loaders.testCyclesByIdea.load(idea.rawId)).map((r) => toCycle(r, ref, viewer));
}

/** Whether the viewer may plan a new cycle of the idea now. */
export async function viewerCanPlanTestCycle(ctx: Context, idea: Idea): Promise<boolean> {
  if (!writesCycles(idea.access) || !TESTABLE_STAGES.includes(idea.stage as IdeaStage)) return false;
  return (await ctx.loaders.testCyclesByIdea.load(idea.rawId)).every((c) => c.status === "decided");
}

async function readableCycle(ctx: Context, rawId: string): Promise<TestCycle | null> {
  const row = await ctx.loaders.testCycleById.load(rawId);
  const idea = row && (await ideaById(ctx, row.ideaId));
  if (!row || !idea || !readsCycles(idea.access)) return null;
  return toCycle(row, cycleIdea(idea), viewerOn(ctx, idea.arenaRawId));
}

/** For node(id:): null unless the viewer reads the idea's cycles. */
export const cycleById = readableCycle;

export async function measureById(ctx: Context, rawId: string): Promise<CycleMeasure | null> {
  const row = await ctx.loaders.cycleMeasureById.load(rawId);
  const cycle = row && (await readableCycle(ctx, row.cycleId));
  return row && cycle ? toMeasure(row, cycle) : null;
}

export async function measurementById(ctx: Context, rawId: string): Promise<Measurement | null> {
  const row = await ctx.loaders.measurementById.load(rawId);
  const measure = row && (await ctx.loaders.cycleMeasureById.load(row.measureId));
  const cycle = measure && (await readableCycle(ctx, measure.cycleId));
  return row && cycle ? toMeasurement(row, cycle) : null;
}

/** The cycle this one retests; from the idea's cycles, which its list has loaded already. */
export async function previousCycle(ctx: Context, cycle: TestCycle): Promise<TestCycle | null> {
  if (!cycle.previousRawId) return null;
  const row = (await ctx.loaders.testCyclesByIdea.load(cycle.ideaRef.rawId)).find((c) => c.id === cycle.previousRawId);
  return row ? toCycle(row, cycle.ideaRef, cycle.viewer) : null;
}

/** The retest that followed this cycle. */
export async function nextCycle(ctx: Context, cycle: TestCycle): Promise<TestCycle | null> {
  const row = (await ctx.loaders.testCyclesByIdea.load(cycle.ideaRef.rawId)).find((c) => c.previousCycleId === cycle.rawId);
  return row ? toCycle(row, cycle.ideaRef, cycle.viewer) : null;
}

export async function cycleMeasuresOf(ctx: Context, cycle: TestCycle): Promise<CycleMeasure[]> {
  return (await ctx.loaders.cycleMeasuresByCycle.load(cycle.rawId)).map((r) => toMeasure(r, cycle));
}

export async function cycleReadiness(ctx: Context, cycle: TestCycle): Promise<CycleReadiness> {
  return readinessOf(cycle, await ctx.loaders.cycleMeasuresByCycle.load(cycle.rawId));
}

export async function cycleMunicipalitiesOf(ctx: Context, cycle: TestCycle) {
  return (await ctx.loaders.municipalitiesByCycle.load(cycle.rawId)).map((r) => r.organisation);
}

export async function measurementsOf(ctx: Context, measure: CycleMeasure): Promise<Measurement[]> {
  return (await ctx.loaders.measurementsByMeasure.load(measure.rawId)).map((r) => toMeasurement(r, measure.cycle));
}

export async function measureResult(ctx: Context, measure: CycleMeasure): Promise<MeasureResult> {
  return resultOf(measure, await ctx.loaders.measurementsByMeasure.load(measure.rawId));
}

// ---- plan ----

/** The team or the bearers plan a cycle; the first plan puts the idea on ladder step 1. */
export async function planTestCycle(ctx: Context, input: PlanTestCycleInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const { row: idea, access } = await lockIdea(ctx, tx, input.ideaId, "input.ideaId");
    requireWriter(ctx, access);
    requireTestable(ctx, idea, "input.ideaId");
    const existing = await tx
      .select({ status: testCycles.status, number: testCycles.number })
      .from(testCycles)
      .where(eq(testCycles.ideaId, idea.id));
    if (existing.some((c) => c.status !== "decided")) fail(ctx.locale, "input.ideaId", "CYCLE_OPEN");
    const plan = await checkPlan(ctx, tx, idea, input, null);
    const number = Math.max(0, ...existing.map((c) => c.number)) + 1;
    const viewer = actor(ctx);
    const [cycle] = await tx
      .insert(testCycles)
      .values({ ...plan.patch, ideaId: idea.id, number, createdBy: viewer.id })
      .returning();
    if (plan.municipalityIds) await setMunicipalities(tx, cycle!.id, plan.municipalityIds);
    if (plan.measures) await syncMeasures(ctx, tx, cycle!.id, plan.measures);
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: TestingEvents.planned,
      data: { cycleId: cycle!.id, number },
    });
    await cyclePlanned({ tx, idea, cycle: cycle!, actorId: viewer.id });
    return out(ctx, cycle!, idea, access);
  });
}

/** The team or the bearers edit the plan while the cycle is planned or running; a running cycle stays test-ready. */
export async function updateTestCycle(ctx: Context, input: UpdateTestCycleInput) {
  return runMutation(ctx, async (tx) => {
    const { idea, access, cycle } = await lockCycle(ctx, tx, input.id, "input.id");
    requireWriter(ctx, access);
    requireTestable(ctx, idea, "input.id");
    if (cycle.status !== "planned" && cycle.status !== "running") fail(ctx.locale, "input.id", "CYCLE_PLAN_CLOSED");
    if (input.expectedVersion !== cycle.version) fail(ctx.locale, "input.expectedVersion", "CYCLE_STALE");
    const plan = await checkPlan(ctx, tx, idea, input, cycle);
    const changed: string[] = Object.keys(plan.patch);
    if (plan.municipalityIds) {
      const before = await tx
        .select({ id: cycleMunicipalities.organisationId })
        .from(cycleMunicipalities)
        .where(eq(cycleMunicipalities.cycleId, cycle.id));
      const same = before.length === plan.municipalityIds.length && before.every((b) => plan.municipalityIds!.includes(b.id));
      if (!same) {
        await setMunicipalities(tx, cycle.id, plan.municipalityIds);
        changed.push("municipalities");
      }
    }
    if (plan.measures && (await syncMeasures(ctx, tx, cycle.id, plan.measures))) changed.push("measures");
    if (changed.length === 0) return out(ctx, cycle, idea, access);
    const next = { ...cycle, ...plan.patch };
    if (cycle.status === "running") {
      // Started past the gate, it must stay test-ready.
      const ms = await tx.select().from(cycleMeasures).where(eq(cycleMeasures.cycleId, cycle.id)).orderBy(asc(cycleMeasures.position));
      const gate = gateErrors(ctx, next, ms).map((e) => ({ ...e, field: `input.${e.field}` }));
      if (gate.length > 0) throw new UserErrors(gate);
    }
    const [updated] = await tx
      .update(testCycles)
      .set({ ...plan.patch, version: cycle.version + 1, updatedAt: clock.now() })
      .where(eq(testCycles.id, cycle.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: TestingEvents.updated,
      data: { cycleId: cycle.id, number: cycle.number, changed },
    });
    return out(ctx, updated!, idea, access);
  });
}

// ---- do ----

/**
 * The test-ready gate: a cycle starts only with a hypothesis and at least one measure with a
 * baseline; otherwise every gap comes back as an error on the plan's field and nothing changes.
 * Starting moves the idea to "testing".
 */
export async function startTestCycle(ctx: Context, id: string) {
  return runMutation(ctx, async (tx) => {
    const { idea, access, cycle } = await lockCycle(ctx, tx, id, "id");
    requireWriter(ctx, access);
    requireTestable(ctx, idea, "id");
    if (cycle.status !== "planned") fail(ctx.locale, "id", "CYCLE_STARTED");
    const ms = await tx.select().from(cycleMeasures).where(eq(cycleMeasures.cycleId, cycle.id)).orderBy(asc(cycleMeasures.position));
    const gate = gateErrors(ctx, cycle, ms);
    if (gate.length > 0) throw new UserErrors(gate);
    const now = clock.now();
    const [updated] = await tx
      .update(testCycles)
      .set({ status: "running", startedAt: now, version: cycle.version + 1, updatedAt: now })
      .where(eq(testCycles.id, cycle.id))
      .returning();
    const moved = await moveIdea(tx, idea, "testing", {
      actorId: actor(ctx).id,
      kind: TestingEvents.started,
      data: { cycleId: cycle.id, number: cycle.number },
      at: now,
    });
    return out(ctx, updated!, moved, access);
  });
}
