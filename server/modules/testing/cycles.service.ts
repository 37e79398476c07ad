import { and, asc, count, eq, inArray, max } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Database, Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { manyLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { swedishToday } from "../../shared/swedish-date.js";
import { type IdeaAccess, TEAM_ROLES } from "../ideas/ideas.access.js";
import { ideaById, lockIdea } from "../ideas/ideas.service.js";
import { type IdeaStage, ideaCoBearers, ideas } from "../ideas/ideas.tables.js";
import { type Idea, toIdea } from "../ideas/ideas.types.js";
import { defaultLearningTitle, recordLearning } from "../learning/learning.service.js";
import { notify } from "../notifications/notifications.service.js";
import { organisations } from "../partnership/partnership.tables.js";
import { reachScaleStep } from "../scaling/scaling.service.js";
import {
  CYCLE_LIMITS,
  type CyclePlanFields,
  type DecideTestCycleInput,
  type MeasureInput,
  type PlanTestCycleInput,
  type RecordMeasurementInput,
  type RecordStudyInput,
  type UpdateTestCycleInput,
} from "./cycles.inputs.js";
import {
  type CycleIdea,
  type CycleMeasure,
  type CycleReadiness,
  type CycleViewer,
  type MeasureResult,
  type Measurement,
  TESTABLE_STAGES,
  type TestCycle,
  readinessOf,
  readsCycles,
  resultInWords,
  resultOf,
  toCycle,
  toMeasure,
  toMeasurement,
  writesCycles,
} from "./cycles.types.js";
import { type CycleDecision, cycleMeasures, cycleMunicipalities, measurements, testCycles } from "./testing.tables.js";

type IdeaRow = typeof ideas.$inferSelect;
type CycleRow = typeof testCycles.$inferSelect;
type MeasureRow = typeof cycleMeasures.$inferSelect;

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

const viewerOn = (ctx: Context, arenaId: string): CycleViewer => ({ onTeam: hasRole(ctx.viewer, arenaId, TEAM_ROLES) });
const cycleIdea = (idea: Pick<Idea, "rawId" | "arenaRawId" | "stage" | "access">): CycleIdea => ({
  rawId: idea.rawId,
  arenaRawId: idea.arenaRawId,
  stage: idea.stage as IdeaStage,
  access: idea.access,
});
const cycleIdeaOfRow = (row: IdeaRow, access: IdeaAccess): CycleIdea => ({
  rawId: row.id,
  arenaRawId: row.arenaId,
  stage: row.stage,
  access,
});

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

// ---- writing: shared rules ----

const actor = (ctx: Context) => ctx.viewer!;

/**
 * Inside a mutation: a cycle locked with its idea (idea first, as everywhere). NOT_FOUND when the
 * viewer may not read the idea's cycles: to them the cycle does not exist.
 */
async function lockCycle(ctx: Context, tx: Tx, globalId: string, field: string) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const id = inputId(ctx, globalId, "TestCycle", field);
  const [peek] = await tx.select({ ideaId: testCycles.ideaId }).from(testCycles).where(eq(testCycles.id, id));
  if (!peek) fail(ctx.locale, field, "NOT_FOUND");
  const { row: idea, access } = await lockIdea(ctx, tx, toGlobalId("Idea", peek.ideaId), field);
  if (!readsCycles(access)) fail(ctx.locale, field, "NOT_FOUND");
  const [cycle] = await tx.select().from(testCycles).where(eq(testCycles.id, id)).for("update");
  if (!cycle) fail(ctx.locale, field, "NOT_FOUND");
  return { idea, access, cycle };
}

/** A measure's cycle locked with its idea, and the measure. */
async function lockMeasure(ctx: Context, tx: Tx, globalId: string, field: string) {
  const id = inputId(ctx, globalId, "CycleMeasure", field);
  const [peek] = await tx.select({ cycleId: cycleMeasures.cycleId }).from(cycleMeasures).where(eq(cycleMeasures.id, id));
  if (!peek) fail(ctx.locale, field, "NOT_FOUND");
  const locked = await lockCycle(ctx, tx, toGlobalId("TestCycle", peek.cycleId), field);
  const [measure] = await tx.select().from(cycleMeasures).where(eq(cycleMeasures.id, id));
  if (!measure) fail(ctx.locale, field, "NOT_FOUND");
  return { ...locked, measure };
}

/** The team and the bearers plan and record; others who read the cycles may not. */
function requireWriter(ctx: Context, access: IdeaAccess) {
  if (!writesCycles(access)) throw apiError("FORBIDDEN", ctx.locale);
}

function requireTestable(ctx: Context, idea: IdeaRow, field: string) {
  if (!TESTABLE_STAGES.includes(idea.stage)) fail(ctx.locale, field, "CYCLE_STAGE");
}

/** Collects the payload errors of a failed check, so that every bad field is reported at once. */
const into = (errors: UserError[]) => (e: unknown) => {
  if (!(e instanceof UserErrors)) throw e;
  errors.push(...e.errors);
  return undefined;
};

const trimmedMeasures = (list: MeasureInput[] | null | undefined) => {
  for (const m of list ?? []) {
    if (typeof m.name === "string") m.name = m.name.trim();
    if (typeof m.unit === "string") m.unit = m.unit.trim();
  }
};

type PlanPatch = Partial<
  Pick<CycleRow, "hypothesis" | "aim" | "site" | "hostOrganisation" | "targetGroup" | "plannedParticipants" | "startsOn" | "endsOn">
>;
const TEXT_FIELDS = ["hypothesis", "aim", "site", "hostOrganisation", "targetGroup"] as const;
const NULLABLE_FIELDS = ["plannedParticipants", "startsOn", "endsOn"] as const;

interface PlanChanges {
  patch: PlanPatch;
  municipalityIds: string[] | undefined;
  measures: MeasureInput[] | undefined;
}

/**
 * Validates the plan's fields against the cycle they change (none when planning) and returns
 * what changes; throws every error found. Strings left out (or null) are kept; null clears a
 * number or a date.
 */
async function checkPlan(ctx: Context, tx: Tx, idea: IdeaRow, input: CyclePlanFields, current: CycleRow | null): Promise<PlanChanges> {
  trimmedMeasures(input.measures);
  const errors: UserError[] = [];
  await validateInput(input, ctx.locale).catch(into(errors));
  const patch: PlanPatch = {};
  for (const f of TEXT_FIELDS) if (input[f] != null && input[f] !== (current?.[f] ?? "")) patch[f] = input[f];
  for (const f of NULLABLE_FIELDS)
    if (input[f] !== undefined && input[f] !== (current?.[f] ?? null)) (patch as Record<string, unknown>)[f] = input[f];
  const startsOn = patch.startsOn !== undefined ? patch.startsOn : (current?.startsOn ?? null);
  const endsOn = patch.endsOn !== undefined ? patch.endsOn : (current?.endsOn ?? null);
  if (startsOn && endsOn && endsOn < startsOn) errors.push(userError(ctx.locale, "input.endsOn", "ENDS_BEFORE_START"));
  let municipalityIds: string[] | undefined;
  if (input.municipalityIds) {
    const wanted = [...new Set(input.municipalityIds)];
    if (wanted.length > CYCLE_LIMITS.municipalities)
      errors.push(userError(ctx.locale, "input.municipalityIds", "TOO_MANY_ITEMS", { max: CYCLE_LIMITS.municipalities }));
    const raw = wanted.flatMap((g) => {
      try {
        return [inputId(ctx, g, "Organisation", "input.municipalityIds")];
      } catch (e) {
        into(errors)(e);
        return [];
      }
    });
    const found =
      raw.length > 0
        ? await tx
            .select({ id: organisations.id })
            .from(organisations)
            .where(and(inArray(organisations.id, raw), eq(organisations.arenaId, idea.arenaId)))
        : [];
    if (found.length !== raw.length) errors.push(userError(ctx.locale, "input.municipalityIds", "NOT_A_MUNICIPALITY"));
    municipalityIds = found.map((f) => f.id);
  }
  if (input.measures && input.measures.length > CYCLE_LIMITS.measures)
    errors.push(userError(ctx.locale, "input.measures", "TOO_MANY_ITEMS", { max: CYCLE_LIMITS.measures }));
  if (errors.length > 0) throw new UserErrors(errors);
  return { patch, municipalityIds, measures: input.measures ?? undefined };
}

async function setMunicipalities(tx: Tx, cycleId: string, ids: string[]) {
  await tx.delete(cycleMunicipalities).where(eq(cycleMunicipalities.cycleId, cycleId));
  if (ids.length > 0) await tx.insert(cycleMunicipalities).values(ids.map((organisationId) => ({ cycleId, organisationId })));
}

/**
 * Makes the cycle's measures the given list: those with an id are edited, the others added,
 * and measures left out removed, unless they have measurements (their data would be lost).
 * Returns whether anything changed.
 */
async function syncMeasures(ctx: Context, tx: Tx, cycleId: string, list: MeasureInput[]): Promise<boolean> {
  const existing = await tx.select().from(cycleMeasures).where(eq(cycleMeasures.cycleId, cycleId)).orderBy(asc(cycleMeasures.position));
  const errors: UserError[] = [];
  const keep = new Map<string, { i: number; m: MeasureInput }>();
  list.forEach((m, i) => {
    if (!m.id) return;
    try {
      const id = inputId(ctx, m.id, "CycleMeasure", `input.measures.${i}.id`);
      if (!existing.some((e) => e.id === id)) fail(ctx.locale, `input.measures.${i}.id`, "NOT_FOUND");
      if (keep.has(id)) fail(ctx.locale, `input.measures.${i}.id`, "MEASURE_REPEATED");
      keep.set(id, { i, m });
    } catch (e) {
      into(errors)(e);
    }
  });
  const removed = existing.filter((e) => !keep.has(e.id));
  if (removed.length > 0) {
    const used = await tx
      .select({ measureId: measurements.measureId, n: count() })
      .from(measurements)
      .where(
        inArray(
          measurements.measureId,
          removed.map((r) => r.id),
        ),
      )
      .groupBy(measurements.measureId);
    for (const u of used) {
      const name = removed.find((r) => r.id === u.measureId)!.name;
      errors.push(userError(ctx.locale, "input.measures", "MEASURE_HAS_MEASUREMENTS", { name }));
    }
  }
  if (errors.length > 0) throw new UserErrors(errors);
  let changed = false;
  if (removed.length > 0) {
    await tx.delete(cycleMeasures).where(
      inArray(
        cycleMeasures.id,
        removed.map((r) => r.id),
      ),
    );
    changed = true;
  }
  for (const [i, m] of list.entries()) {
    const values = {
      position: i,
      name: m.name,
      unit: m.unit ?? "",
      baseline: m.baseline ?? null,
      target: m.target ?? null,
      direction: m.direction,
    };
    const id = m.id ? [...keep.entries()].find(([, v]) => v.i === i)![0] : null;
    const before = id ? existing.find((e) => e.id === id)! : null;
    if (before) {
      const same = (Object.keys(values) as (keyof typeof values)[]).every((k) => before[k] === values[k]);
      if (same) continue;
      await tx.update(cycleMeasures).set(values).where(eq(cycleMeasures.id, before.id));
    } else await tx.insert(cycleMeasures).values({ ...values, cycleId });
    changed = true;
  }
  return changed;
}

/** The gate's errors, on the fields of the cycle's plan: hypothesis, measures, measures.N.baseline. */
function gateErrors(ctx: Context, cycle: Pick<CycleRow, "hypothesis">, measures: Pick<MeasureRow, "name" | "baseline">[]): UserError[] {
  const errors: UserError[] = [];
  if (cycle.hypothesis.trim() === "") errors.push(userError(ctx.locale, "hypothesis", "HYPOTHESIS_REQUIRED"));
  if (measures.length === 0) errors.push(userError(ctx.locale, "measures", "MEASURE_REQUIRED"));
  measures.forEach((m, i) => {
    if (m.baseline === null) errors.push(userError(ctx.locale, `measures.${i}.baseline`, "BASELINE_REQUIRED", { name: m.name }));
  });
  return errors;
}

async function moveIdea(tx: Tx, idea: IdeaRow, stage: IdeaStage): Promise<IdeaRow> {
  if (idea.stage === stage) return idea;
  const [updated] = await tx
    .update(ideas)
    .set({ stage, version: idea.version + 1, updatedAt: new Date() })
    .where(eq(ideas.id, idea.id))
    .returning();
  return updated!;
}

function out(ctx: Context, cycle: CycleRow, idea: IdeaRow, access: IdeaAccess) {
  return {
    cycle: toCycle(cycle, cycleIdeaOfRow(idea, access), viewerOn(ctx, idea.arenaId)),
    idea: toIdea(idea, access),
  };
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
      kind: "test_cycle.planned",
      data: { cycleId: cycle!.id, number },
    });
    await reachScaleStep(tx, {
      arenaId: idea.arenaId,
      ideaId: idea.id,
      step: 1,
      evidence: `Testcykel ${number} planerad.${cycle!.hypothesis ? ` Hypotes: ${cycle!.hypothesis}` : ""}`,
      cycleId: cycle!.id,
      actorId: viewer.id,
    });
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
      .set({ ...plan.patch, version: cycle.version + 1, updatedAt: new Date() })
      .where(eq(testCycles.id, cycle.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: "test_cycle.updated",
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
    const now = new Date();
    const [updated] = await tx
      .update(testCycles)
      .set({ status: "running", startedAt: now, version: cycle.version + 1, updatedAt: now })
      .where(eq(testCycles.id, cycle.id))
      .returning();
    const moved = await moveIdea(tx, idea, "testing");
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: "test_cycle.started",
      data: {
        cycleId: cycle.id,
        number: cycle.number,
        ...(moved.stage !== idea.stage ? { fromStage: idea.stage, toStage: moved.stage } : {}),
      },
    });
    return out(ctx, updated!, moved, access);
  });
}

/** Measurements are recorded while the cycle runs, and until the decision (a late value may come in after the study). */
function requireRecording(ctx: Context, cycle: CycleRow, field: string) {
  if (cycle.status === "decided") fail(ctx.locale, field, "CYCLE_DECIDED");
  if (cycle.status === "planned") fail(ctx.locale, field, "CYCLE_NOT_RUNNING");
}

const yearsBefore = (date: string, years: number) => `${String(Number(date.slice(0, 4)) - years).padStart(4, "0")}${date.slice(4)}`;

export async function recordMeasurement(ctx: Context, input: RecordMeasurementInput) {
  return runMutation(ctx, async (tx) => {
    const { idea, access, cycle, measure } = await lockMeasure(ctx, tx, input.measureId, "input.measureId");
    requireWriter(ctx, access);
    requireRecording(ctx, cycle, "input.measureId");
    requireTestable(ctx, idea, "input.measureId");
    const errors: UserError[] = [];
    await validateInput(input, ctx.locale).catch(into(errors));
    const today = swedishToday();
    if (input.measuredOn > today) errors.push(userError(ctx.locale, "input.measuredOn", "MEASURED_IN_FUTURE"));
    else if (input.measuredOn < yearsBefore(today, CYCLE_LIMITS.yearsBack))
      errors.push(userError(ctx.locale, "input.measuredOn", "MEASURED_TOO_EARLY", { years: CYCLE_LIMITS.yearsBack }));
    if (errors.length > 0) throw new UserErrors(errors);
    const viewer = actor(ctx);
    const [row] = await tx
      .insert(measurements)
      .values({ measureId: measure.id, measuredOn: input.measuredOn, value: input.value, note: input.note ?? "", recordedBy: viewer.id })
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: "test_cycle.measurement_recorded",
      data: { cycleId: cycle.id, measureId: measure.id, measurementId: row!.id, measuredOn: row!.measuredOn },
    });
    const c = toCycle(cycle, cycleIdeaOfRow(idea, access), viewerOn(ctx, idea.arenaId));
    return { measurement: toMeasurement(row!, c), measure: toMeasure(measure, c), cycle: c };
  });
}

export async function deleteMeasurement(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, globalId, "Measurement", "id");
    const [peek] = await tx.select({ measureId: measurements.measureId }).from(measurements).where(eq(measurements.id, id));
    if (!peek) fail(ctx.locale, "id", "NOT_FOUND");
    const { idea, access, cycle, measure } = await lockMeasure(ctx, tx, toGlobalId("CycleMeasure", peek.measureId), "id");
    requireWriter(ctx, access);
    requireRecording(ctx, cycle, "id");
    requireTestable(ctx, idea, "id");
    const [removed] = await tx.delete(measurements).where(eq(measurements.id, id)).returning();
    if (!removed) fail(ctx.locale, "id", "NOT_FOUND");
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: "test_cycle.measurement_deleted",
      data: { cycleId: cycle.id, measureId: measure.id, measurementId: id, measuredOn: removed.measuredOn, value: removed.value },
    });
    const c = toCycle(cycle, cycleIdeaOfRow(idea, access), viewerOn(ctx, idea.arenaId));
    return { measurement: toMeasurement(removed, c), measure: toMeasure(measure, c), cycle: c };
  });
}

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
    const now = new Date();
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
      kind: "test_cycle.studied",
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
    const now = new Date();
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
    const moved = toStage ? await moveIdea(tx, idea, toStage) : idea;
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: "test_cycle.decided",
      data: {
        cycleId: cycle.id,
        number: cycle.number,
        decision,
        reason: input.rationale,
        ...(moved.stage !== idea.stage ? { fromStage: idea.stage, toStage: moved.stage } : {}),
      },
    });
    const learningId = await recordLearning(tx, {
      arenaId: idea.arenaId,
      ideaId: idea.id,
      cycleId: cycle.id,
      outcome: decision,
      title: defaultLearningTitle(idea, cycle),
      body: input.learnings,
      targetGroup: cycle.targetGroup || idea.targetGroup,
      actorId: viewer.id,
      publish: input.publishLearning,
    });
    let next: CycleRow | null = null;
    if (decision === "advance")
      await reachScaleStep(tx, {
        arenaId: idea.arenaId,
        ideaId: idea.id,
        step: 2,
        evidence: [await resultsInWords(tx, cycle), input.rationale].filter((x) => x !== "").join("\n"),
        cycleId: cycle.id,
        actorId: viewer.id,
      });
    if (decision === "retest") next = await planRetest(tx, idea, cycle, viewer.id);
    // The bearers hear of it, unless they took it themselves.
    const co = await tx
      .select({ userId: ideaCoBearers.userId })
      .from(ideaCoBearers)
      .where(and(eq(ideaCoBearers.ideaId, idea.id), eq(ideaCoBearers.status, "accepted")));
    const bearers = [...new Set([idea.bearerId, ...co.flatMap((c) => (c.userId ? [c.userId] : []))])].filter((u) => u !== viewer.id);
    await notify(
      tx,
      bearers.map((userId) => ({
        userId,
        arenaId: idea.arenaId,
        kind: "test_cycle.decided",
        subjectType: "Idea",
        subjectId: idea.id,
        data: { title: idea.title, by: viewer.name, number: cycle.number, decision, learningId, toStage: moved.stage },
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
      })),
    );
  await recordEvent(tx, {
    arenaId: idea.arenaId,
    actorId,
    subjectType: "Idea",
    subjectId: idea.id,
    kind: "test_cycle.planned",
    data: { cycleId: next!.id, number, retestOf: from.id },
  });
  return next!;
}
