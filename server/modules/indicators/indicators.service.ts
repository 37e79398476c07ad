import { and, count, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { inputId, requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { UserErrors, fail, userError } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import { now } from "../../shared/clock.js";
import { recordEvent } from "../audit/audit.service.js";
import { arenas } from "../partnership/partnership.tables.js";
import { IndicatorEvents } from "./indicators.events.js";
import {
  type CreateIndicatorInput,
  type CreateIndicatorSeriesInput,
  INDICATOR_LIMITS,
  type RecordIndicatorValueInput,
  type SeriesFields,
  type UpdateIndicatorInput,
  type UpdateIndicatorSeriesInput,
} from "./indicators.inputs.js";
import { arenaAreas, toValue } from "./indicators.read.js";
import { countyAreaCode } from "./indicators.rules.js";
import { indicatorSeries, indicatorValues, indicators } from "./indicators.tables.js";
import { toIndicator, toSeries } from "./indicators.types.js";

/** The kansli of indicators: the arena's coordinators and its researchers (admins always). */
export const INDICATOR_EDITORS = ["coordinator", "researcher"] as const;

/**
 * The fields SKR's 22 keep as SKR defined them. Direction is not among them: the reference
 * list does not give it, so each arena says which way is better.
 */
const SKR_FIXED = ["key", "titleSv", "titleEn", "descriptionSv", "descriptionEn", "level"] as const;

export const latestYear = () => now().getFullYear() + 1;

async function keyFree(ctx: Context, tx: Tx, arenaId: string, key: string, exceptId?: string) {
  const [dup] = await tx
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.arenaId, arenaId), eq(indicators.key, key), exceptId ? ne(indicators.id, exceptId) : undefined));
  if (dup) fail(ctx.locale, "input.key", "DUPLICATE_KEY");
}

export async function createIndicator(ctx: Context, input: CreateIndicatorInput) {
  return runMutation(ctx, async (tx) => {
    const arenaId = inputId(ctx, input.arenaId, "Arena", "input.arenaId");
    const [arena] = await tx.select({ id: arenas.id }).from(arenas).where(eq(arenas.id, arenaId));
    if (!arena) fail(ctx.locale, "input.arenaId", "NOT_FOUND");
    const actorId = requireArenaRole(ctx, arenaId, INDICATOR_EDITORS);
    await validateInput(input, ctx.locale);
    if (input.source === "kolada" && !input.sourceRef) fail(ctx.locale, "input.sourceRef", "SOURCE_REF_REQUIRED");
    await keyFree(ctx, tx, arenaId, input.key);
    const [row] = await tx
      .insert(indicators)
      .values({
        arenaId,
        key: input.key,
        titleSv: input.titleSv,
        titleEn: input.titleEn,
        descriptionSv: input.descriptionSv ?? "",
        descriptionEn: input.descriptionEn ?? "",
        unit: input.unit ?? "",
        direction: input.direction,
        source: input.source,
        sourceRef: input.sourceRef ?? "",
        level: input.level,
      })
      .returning();
    await recordEvent(tx, {
      arenaId,
      actorId,
      subjectType: "Indicator",
      subjectId: row!.id,
      kind: IndicatorEvents.created,
      data: { key: input.key },
    });
    return toIndicator(row!, ctx.locale);
  });
}

export async function updateIndicator(ctx: Context, input: UpdateIndicatorInput) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, input.id, "Indicator", "input.id");
    const [cur] = await tx.select().from(indicators).where(eq(indicators.id, id)).for("update");
    if (!cur) fail(ctx.locale, "input.id", "NOT_FOUND");
    const actorId = requireArenaRole(ctx, cur.arenaId, INDICATOR_EDITORS);
    await validateInput(input, ctx.locale);
    const patch: Partial<typeof indicators.$inferInsert> = {};
    for (const k of [...SKR_FIXED, "direction", "unit", "source", "sourceRef"] as const) {
      const v = input[k];
      if (v != null && v !== cur[k]) Object.assign(patch, { [k]: v });
    }
    if (cur.skrNumber !== null) {
      const fixed = SKR_FIXED.filter((k) => k in patch);
      if (fixed.length > 0) throw new UserErrors(fixed.map((k) => userError(ctx.locale, `input.${k}`, "SKR_FIXED")));
    }
    // SKR's 22 are seeded as Kolada figures without an id; only a change of source or id asks for one.
    if (
      (patch.source === "kolada" || patch.sourceRef === "") &&
      (patch.source ?? cur.source) === "kolada" &&
      !(patch.sourceRef ?? cur.sourceRef)
    )
      fail(ctx.locale, "input.sourceRef", "SOURCE_REF_REQUIRED");
    if (patch.key) await keyFree(ctx, tx, cur.arenaId, patch.key, id);
    const [row] = Object.keys(patch).length > 0 ? await tx.update(indicators).set(patch).where(eq(indicators.id, id)).returning() : [cur];
    await recordEvent(tx, {
      arenaId: cur.arenaId,
      actorId,
      subjectType: "Indicator",
      subjectId: id,
      kind: IndicatorEvents.updated,
      data: { changed: Object.keys(patch) },
    });
    return toIndicator(row!, ctx.locale);
  });
}

export async function deleteIndicator(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, globalId, "Indicator", "id");
    const [cur] = await tx.select().from(indicators).where(eq(indicators.id, id)).for("update");
    if (!cur) fail(ctx.locale, "id", "NOT_FOUND");
    const actorId = requireArenaRole(ctx, cur.arenaId, INDICATOR_EDITORS);
    if (cur.skrNumber !== null) fail(ctx.locale, "id", "SKR_NOT_DELETABLE");
    const [used] = await tx
      .select({ n: count() })
      .from(indicatorValues)
      .innerJoin(indicatorSeries, eq(indicatorSeries.id, indicatorValues.seriesId))
      .where(eq(indicatorSeries.indicatorId, id));
    if (used!.n > 0) fail(ctx.locale, "id", "INDICATOR_HAS_VALUES");
    await tx.delete(indicators).where(eq(indicators.id, id));
    await recordEvent(tx, {
      arenaId: cur.arenaId,
      actorId,
      subjectType: "Indicator",
      subjectId: id,
      kind: IndicatorEvents.deleted,
      data: { key: cur.key },
    });
    return true;
  });
}

function seriesPatch(ctx: Context, input: SeriesFields) {
  if (input.responseRate != null && !(input.responseRate >= 0 && input.responseRate <= 100))
    fail(ctx.locale, "input.responseRate", "RESPONSE_RATE_RANGE");
  const keys = ["name", "sender", "dataKind", "population", "sampling", "weighted", "notes"] as const;
  const patch: Partial<typeof indicatorSeries.$inferInsert> = {};
  for (const k of keys) if (input[k] != null) Object.assign(patch, { [k]: input[k] });
  // null is a value here ("unknown"), so only a field left out is kept.
  if (input.validatedQuestions !== undefined) patch.validatedQuestions = input.validatedQuestions;
  if (input.responseRate !== undefined) patch.responseRate = input.responseRate;
  return patch;
}

async function indicatorOf(ctx: Context, tx: Tx, globalId: string, field: string) {
  const id = inputId(ctx, globalId, "Indicator", field);
  const [row] = await tx.select().from(indicators).where(eq(indicators.id, id));
  if (!row) fail(ctx.locale, field, "NOT_FOUND");
  return row;
}

export async function createSeries(ctx: Context, input: CreateIndicatorSeriesInput) {
  return runMutation(ctx, async (tx) => {
    const indicator = await indicatorOf(ctx, tx, input.indicatorId, "input.indicatorId");
    const actorId = requireArenaRole(ctx, indicator.arenaId, INDICATOR_EDITORS);
    await validateInput(input, ctx.locale);
    if (!input.name) fail(ctx.locale, "input.name", "REQUIRED");
    const [row] = await tx
      .insert(indicatorSeries)
      .values({ ...seriesPatch(ctx, input), name: input.name, indicatorId: indicator.id })
      .returning();
    await recordEvent(tx, {
      arenaId: indicator.arenaId,
      actorId,
      subjectType: "IndicatorSeries",
      subjectId: row!.id,
      kind: IndicatorEvents.seriesCreated,
      data: { indicator: indicator.key, name: row!.name },
    });
    return toSeries(row!);
  });
}

/** The series named by a mutation, its indicator, and the caller's right to write it. */
export async function writableSeries(ctx: Context, tx: Tx, globalId: string, field: string) {
  const id = inputId(ctx, globalId, "IndicatorSeries", field);
  const [row] = await tx
    .select({ series: indicatorSeries, indicator: indicators })
    .from(indicatorSeries)
    .innerJoin(indicators, eq(indicators.id, indicatorSeries.indicatorId))
    .where(eq(indicatorSeries.id, id))
    .for("update", { of: indicatorSeries });
  if (!row) fail(ctx.locale, field, "NOT_FOUND");
  const actorId = requireArenaRole(ctx, row.indicator.arenaId, INDICATOR_EDITORS);
  return { ...row, actorId };
}

export async function updateSeries(ctx: Context, input: UpdateIndicatorSeriesInput) {
  return runMutation(ctx, async (tx) => {
    const { series, indicator, actorId } = await writableSeries(ctx, tx, input.id, "input.id");
    await validateInput(input, ctx.locale);
    if (series.version !== input.version) fail(ctx.locale, "input.version", "SERIES_STALE");
    const patch = seriesPatch(ctx, input);
    const [row] = await tx
      .update(indicatorSeries)
      .set({ ...patch, version: sql`${indicatorSeries.version} + 1` })
      .where(eq(indicatorSeries.id, series.id))
      .returning();
    await recordEvent(tx, {
      arenaId: indicator.arenaId,
      actorId,
      subjectType: "IndicatorSeries",
      subjectId: series.id,
      kind: IndicatorEvents.seriesUpdated,
      data: { changed: Object.keys(patch) },
    });
    return toSeries(row!);
  });
}

export async function recordValue(ctx: Context, input: RecordIndicatorValueInput) {
  return runMutation(ctx, async (tx) => {
    const { series, indicator, actorId } = await writableSeries(ctx, tx, input.seriesId, "input.seriesId");
    await validateInput(input, ctx.locale);
    const areas = await arenaAreas(tx, indicator.arenaId);
    const areaCode = countyAreaCode(input.areaCode);
    // RegSO codes are not in the arena's registry; the county and municipalities are.
    if (indicator.level !== "statistical_area" && !areas.names.has(areaCode))
      fail(ctx.locale, "input.areaCode", "UNKNOWN_AREA", { code: input.areaCode });
    const max = latestYear();
    if (!Number.isInteger(input.period) || input.period < INDICATOR_LIMITS.firstYear || input.period > max)
      fail(ctx.locale, "input.period", "PERIOD_RANGE", { min: INDICATOR_LIMITS.firstYear, max });
    const label = input.breakdown === "age" || input.breakdown === "other" ? (input.breakdownLabel ?? "") : "";
    if ((input.breakdown === "age" || input.breakdown === "other") && !label) fail(ctx.locale, "input.breakdownLabel", "LABEL_REQUIRED");
    const values = {
      seriesId: series.id,
      areaCode,
      period: input.period,
      breakdown: input.breakdown,
      breakdownLabel: label,
      value: input.value,
      n: input.n ?? null,
      updatedAt: now(),
    };
    const [row] = await tx
      .insert(indicatorValues)
      .values(values)
      .onConflictDoUpdate({
        target: [
          indicatorValues.seriesId,
          indicatorValues.areaCode,
          indicatorValues.period,
          indicatorValues.breakdown,
          indicatorValues.breakdownLabel,
        ],
        set: { value: values.value, n: values.n, updatedAt: values.updatedAt },
      })
      .returning();
    await recordEvent(tx, {
      arenaId: indicator.arenaId,
      actorId,
      subjectType: "IndicatorSeries",
      subjectId: series.id,
      kind: IndicatorEvents.valueRecorded,
      data: { area: areaCode, period: input.period, breakdown: input.breakdown },
    });
    return toValue(row!, areas, series.responseRate);
  });
}
