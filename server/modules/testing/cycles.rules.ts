import { and, asc, count, eq, inArray } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { fromGlobalId, toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { type IdeaAccess, TEAM_ROLES } from "../ideas/ideas.access.js";
import { lockIdea } from "../ideas/ideas.service.js";
import { type IdeaStage, ideas } from "../ideas/ideas.tables.js";
import { type Idea, toIdea } from "../ideas/ideas.types.js";
import { indicatorsInArena } from "../indicators/indicators.read.js";
import { organisations } from "../partnership/partnership.tables.js";
import { CYCLE_LIMITS, type CyclePlanFields, type MeasureInput } from "./cycles.inputs.js";
import { type CycleIdea, type CycleViewer, TESTABLE_STAGES, readsCycles, toCycle, writesCycles } from "./cycles.types.js";
import { cycleMeasures, cycleMunicipalities, measurements, testCycles } from "./testing.tables.js";

type IdeaRow = typeof ideas.$inferSelect;
type CycleRow = typeof testCycles.$inferSelect;
type MeasureRow = typeof cycleMeasures.$inferSelect;

export const viewerOn = (ctx: Context, arenaId: string): CycleViewer => ({ onTeam: hasRole(ctx.viewer, arenaId, TEAM_ROLES) });
export const cycleIdea = (idea: Pick<Idea, "rawId" | "arenaRawId" | "stage" | "access">): CycleIdea => ({
  rawId: idea.rawId,
  arenaRawId: idea.arenaRawId,
  stage: idea.stage as IdeaStage,
  access: idea.access,
});
export const cycleIdeaOfRow = (row: IdeaRow, access: IdeaAccess): CycleIdea => ({
  rawId: row.id,
  arenaRawId: row.arenaId,
  stage: row.stage,
  access,
});

// ---- writing: shared rules ----

export const actor = (ctx: Context) => ctx.viewer!;

/**
 * Inside a mutation: a cycle locked with its idea (idea first, as everywhere). NOT_FOUND when the
 * viewer may not read the idea's cycles: to them the cycle does not exist.
 */
export async function lockCycle(ctx: Context, tx: Tx, globalId: string, field: string) {
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
export async function lockMeasure(ctx: Context, tx: Tx, globalId: string, field: string) {
  const id = inputId(ctx, globalId, "CycleMeasure", field);
  const [peek] = await tx.select({ cycleId: cycleMeasures.cycleId }).from(cycleMeasures).where(eq(cycleMeasures.id, id));
  if (!peek) fail(ctx.locale, field, "NOT_FOUND");
  const locked = await lockCycle(ctx, tx, toGlobalId("TestCycle", peek.cycleId), field);
  const [measure] = await tx.select().from(cycleMeasures).where(eq(cycleMeasures.id, id));
  if (!measure) fail(ctx.locale, field, "NOT_FOUND");
  return { ...locked, measure };
}

/** The team and the bearers plan and record; others who read the cycles may not. */
export function requireWriter(ctx: Context, access: IdeaAccess) {
  if (!writesCycles(access)) throw apiError("FORBIDDEN", ctx.locale);
}

export function requireTestable(ctx: Context, idea: IdeaRow, field: string) {
  if (!TESTABLE_STAGES.includes(idea.stage)) fail(ctx.locale, field, "CYCLE_STAGE");
}

/** Collects the payload errors of a failed check, so that every bad field is reported at once. */
export const into = (errors: UserError[]) => (e: unknown) => {
  if (!(e instanceof UserErrors)) throw e;
  errors.push(...e.errors);
  return undefined;
};

export const trimmedMeasures = (list: MeasureInput[] | null | undefined) => {
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
export async function checkPlan(
  ctx: Context,
  tx: Tx,
  idea: IdeaRow,
  input: CyclePlanFields,
  current: CycleRow | null,
): Promise<PlanChanges> {
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

export async function setMunicipalities(tx: Tx, cycleId: string, ids: string[]) {
  await tx.delete(cycleMunicipalities).where(eq(cycleMunicipalities.cycleId, cycleId));
  if (ids.length > 0) await tx.insert(cycleMunicipalities).values(ids.map((organisationId) => ({ cycleId, organisationId })));
}

/**
 * Makes the cycle's measures the given list: those with an id are edited, the others added,
 * and measures left out removed, unless they have measurements (their data would be lost).
 * Returns whether anything changed.
 */
export async function syncMeasures(ctx: Context, tx: Tx, cycleId: string, list: MeasureInput[]): Promise<boolean> {
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
  const indicatorIds = await measureIndicators(ctx, tx, cycleId, list, errors);
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
    const indicatorId = indicatorIds[i] === undefined ? (before?.indicatorId ?? null) : indicatorIds[i];
    Object.assign(values, { indicatorId });
    if (before) {
      const same =
        (Object.keys(values) as (keyof typeof values)[]).every((k) => before[k] === values[k]) && before.indicatorId === indicatorId;
      if (same) continue;
      await tx.update(cycleMeasures).set(values).where(eq(cycleMeasures.id, before.id));
    } else await tx.insert(cycleMeasures).values({ ...values, cycleId });
    changed = true;
  }
  return changed;
}

/** The gate's errors, on the fields of the cycle's plan: hypothesis, measures, measures.N.baseline. */
export function gateErrors(
  ctx: Context,
  cycle: Pick<CycleRow, "hypothesis">,
  measures: Pick<MeasureRow, "name" | "baseline">[],
): UserError[] {
  const errors: UserError[] = [];
  if (cycle.hypothesis.trim() === "") errors.push(userError(ctx.locale, "hypothesis", "HYPOTHESIS_REQUIRED"));
  if (measures.length === 0) errors.push(userError(ctx.locale, "measures", "MEASURE_REQUIRED"));
  measures.forEach((m, i) => {
    if (m.baseline === null) errors.push(userError(ctx.locale, `measures.${i}.baseline`, "BASELINE_REQUIRED", { name: m.name }));
  });
  return errors;
}

export function out(ctx: Context, cycle: CycleRow, idea: IdeaRow, access: IdeaAccess) {
  return {
    cycle: toCycle(cycle, cycleIdeaOfRow(idea, access), viewerOn(ctx, idea.arenaId)),
    idea: toIdea(idea, access),
  };
}

/** Measurements are recorded while the cycle runs, and until the decision (a late value may come in after the study). */
export function requireRecording(ctx: Context, cycle: CycleRow, field: string) {
  if (cycle.status === "decided") fail(ctx.locale, field, "CYCLE_DECIDED");
  if (cycle.status === "planned") fail(ctx.locale, field, "CYCLE_NOT_RUNNING");
}

/**
 * The indicators the measures name (issue 15), by position: undefined where the input leaves
 * the link as it is, null where it removes it. An indicator must be one of the cycle's arena.
 */
async function measureIndicators(ctx: Context, tx: Tx, cycleId: string, list: MeasureInput[], errors: UserError[]) {
  const out: (string | null | undefined)[] = list.map(() => undefined);
  const named: { i: number; id: string }[] = [];
  list.forEach((m, i) => {
    if (m.indicatorId === undefined) return;
    if (m.indicatorId === null || m.indicatorId === "") out[i] = null;
    else {
      const parsed = fromGlobalId(m.indicatorId, "Indicator");
      if (parsed) named.push({ i, id: parsed.id });
      else errors.push(userError(ctx.locale, `input.measures.${i}.indicatorId`, "NOT_FOUND"));
    }
  });
  if (named.length === 0) return out;
  const [cycle] = await tx
    .select({ arenaId: ideas.arenaId })
    .from(testCycles)
    .innerJoin(ideas, eq(ideas.id, testCycles.ideaId))
    .where(eq(testCycles.id, cycleId));
  const found = await indicatorsInArena(
    tx,
    named.map((n) => n.id),
    cycle!.arenaId,
  );
  for (const n of named) {
    if (found.has(n.id)) out[n.i] = n.id;
    else errors.push(userError(ctx.locale, `input.measures.${n.i}.indicatorId`, "NOT_FOUND"));
  }
  return out;
}
