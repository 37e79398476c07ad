import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Database } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { manyLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { toGlobalId } from "../../graphql/relay.js";
import { arenas, organisations } from "../partnership/partnership.tables.js";
import { betterThan, rankAgainst, valueWarnings } from "./indicators.rules.js";
import { indicatorSeries, indicatorValues, indicators } from "./indicators.tables.js";
import {
  AreaKindEnum,
  type Indicator,
  type IndicatorComparison,
  type IndicatorGap,
  type IndicatorSeries,
  type IndicatorValue,
  toIndicator,
  toSeries,
} from "./indicators.types.js";
import { type ValueBreakdown, ValueBreakdownEnum } from "./indicators.vocabulary.js";

// Indicators are public: the registry and its values say what the partnership follows and how
// the places stand, not who did what.

export function createIndicatorLoaders(db: Database) {
  return {
    indicatorById: rowByIdLoader(db, indicators),
    seriesByIndicator: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(indicatorSeries)
          .where(inArray(indicatorSeries.indicatorId, [...k]))
          .orderBy(asc(indicatorSeries.createdAt), asc(indicatorSeries.name)),
      (r) => r.indicatorId,
    ),
  };
}

export async function arenaIndicators(ctx: Context, arenaId: string): Promise<Indicator[]> {
  const rows = await ctx.db
    .select()
    .from(indicators)
    .where(eq(indicators.arenaId, arenaId))
    .orderBy(asc(indicators.skrNumber), asc(indicators.key));
  return rows.map((r) => toIndicator(r, ctx.locale));
}

export async function indicatorById(ctx: Context, id: string): Promise<Indicator | null> {
  const [r] = await ctx.db.select().from(indicators).where(eq(indicators.id, id));
  return r ? toIndicator(r, ctx.locale) : null;
}

/** Several at once (an activity's or a measure's linked indicators), in one statement. */
export async function indicatorsByIds(ctx: Context, ids: readonly string[], arenaId?: string): Promise<Indicator[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(indicators)
    .where(arenaId ? and(inArray(indicators.id, [...ids]), eq(indicators.arenaId, arenaId)) : inArray(indicators.id, [...ids]));
  return rows.map((r) => toIndicator(r, ctx.locale));
}

/** Which of the ids are indicators of the arena (for the modules that link to them). */
export async function indicatorsInArena(db: Database, ids: readonly string[], arenaId: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(inArray(indicators.id, [...ids]), eq(indicators.arenaId, arenaId)));
  return new Set(rows.map((r) => r.id));
}

export async function seriesOf(ctx: Context, indicatorId: string): Promise<IndicatorSeries[]> {
  return (await ctx.loaders.seriesByIndicator.load(indicatorId)).map(toSeries);
}

export async function seriesById(ctx: Context, id: string): Promise<IndicatorSeries | null> {
  const [r] = await ctx.db.select().from(indicatorSeries).where(eq(indicatorSeries.id, id));
  return r ? toSeries(r) : null;
}

/** The places of an arena by their SCB codes: the county and its municipalities. */
export interface ArenaAreas {
  countyCode: string | null;
  names: Map<string, { name: string; kind: AreaKindEnum; organisationId: string | null }>;
}

export async function arenaAreas(db: Database, arenaId: string): Promise<ArenaAreas> {
  const [[arena], munis] = await Promise.all([
    db.select({ region: arenas.region, countyCode: arenas.countyCode }).from(arenas).where(eq(arenas.id, arenaId)),
    db
      .select({ id: organisations.id, name: organisations.name, code: organisations.municipalityCode })
      .from(organisations)
      .where(and(eq(organisations.arenaId, arenaId), isNotNull(organisations.municipalityCode))),
  ]);
  const names: ArenaAreas["names"] = new Map();
  if (arena?.countyCode) names.set(arena.countyCode, { name: arena.region, kind: AreaKindEnum.COUNTY, organisationId: null });
  for (const m of munis) names.set(m.code!, { name: m.name, kind: AreaKindEnum.MUNICIPALITY, organisationId: m.id });
  return { countyCode: arena?.countyCode ?? null, names };
}

type ValueRow = Pick<
  typeof indicatorValues.$inferSelect,
  "seriesId" | "areaCode" | "period" | "breakdown" | "breakdownLabel" | "value" | "n"
>;

export function toValue(r: ValueRow, areas: ArenaAreas, responseRate: number | null): IndicatorValue {
  const area = areas.names.get(r.areaCode);
  return {
    areaCode: r.areaCode,
    areaName: area?.name ?? r.areaCode,
    areaKind: area?.kind ?? AreaKindEnum.OTHER,
    period: r.period,
    breakdown: r.breakdown as ValueBreakdownEnum,
    breakdownLabel: r.breakdownLabel,
    value: r.value,
    n: r.n,
    seriesId: toGlobalId("IndicatorSeries", r.seriesId),
    warnings: valueWarnings(r.n, responseRate),
  };
}

const valueColumns = {
  seriesId: indicatorValues.seriesId,
  areaCode: indicatorValues.areaCode,
  period: indicatorValues.period,
  breakdown: indicatorValues.breakdown,
  breakdownLabel: indicatorValues.breakdownLabel,
  value: indicatorValues.value,
  n: indicatorValues.n,
  responseRate: indicatorSeries.responseRate,
};

export interface ValueFilter {
  areaCode?: string | null;
  period?: number | null;
  breakdown?: ValueBreakdown | null;
  seriesId?: string | null;
}

/** An indicator's values, oldest year first, in one statement. */
export async function valuesOf(ctx: Context, indicator: Indicator, f: ValueFilter): Promise<IndicatorValue[]> {
  const [rows, areas] = await Promise.all([
    ctx.db
      .select(valueColumns)
      .from(indicatorValues)
      .innerJoin(indicatorSeries, eq(indicatorSeries.id, indicatorValues.seriesId))
      .where(
        and(
          eq(indicatorSeries.indicatorId, indicator.rawId),
          f.seriesId ? eq(indicatorValues.seriesId, f.seriesId) : undefined,
          f.areaCode ? eq(indicatorValues.areaCode, f.areaCode) : undefined,
          f.period != null ? eq(indicatorValues.period, f.period) : undefined,
          f.breakdown ? eq(indicatorValues.breakdown, f.breakdown) : undefined,
        ),
      )
      .orderBy(
        asc(indicatorValues.period),
        asc(indicatorValues.areaCode),
        asc(indicatorValues.breakdown),
        asc(indicatorValues.breakdownLabel),
      ),
    arenaAreas(ctx.db, indicator.arenaRawId),
  ]);
  return rows.map((r) => toValue(r, areas, r.responseRate));
}

/**
 * "Mind the gap" (003): the arena's municipalities ranked against the county for one year and
 * breakdown, best first by the indicator's direction. Without a year, the newest with values.
 * Values come from the indicator's first series unless one is named.
 */
export async function indicatorGap(
  ctx: Context,
  indicator: Indicator,
  args: { period?: number | null; breakdown?: ValueBreakdown | null; seriesId?: string | null },
): Promise<IndicatorGap> {
  const breakdown = args.breakdown ?? "total";
  const series = args.seriesId ? args.seriesId : (await ctx.loaders.seriesByIndicator.load(indicator.rawId))[0]?.id;
  const empty: IndicatorGap = { indicator, period: null, periods: [], breakdown: breakdown as ValueBreakdownEnum, county: null, rows: [] };
  if (!series) return empty;
  const areas = await arenaAreas(ctx.db, indicator.arenaRawId);
  const codes = [...areas.names.keys()];
  if (codes.length === 0) return empty;
  const periods = (
    await ctx.db
      .selectDistinct({ period: indicatorValues.period })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.seriesId, series), eq(indicatorValues.breakdown, breakdown), inArray(indicatorValues.areaCode, codes)))
      .orderBy(desc(indicatorValues.period))
  ).map((r) => r.period);
  const period = args.period ?? periods[0] ?? null;
  if (period === null) return { ...empty, periods };
  const rows = await ctx.db
    .select(valueColumns)
    .from(indicatorValues)
    .innerJoin(indicatorSeries, eq(indicatorSeries.id, indicatorValues.seriesId))
    .where(
      and(
        eq(indicatorValues.seriesId, series),
        eq(indicatorValues.period, period),
        eq(indicatorValues.breakdown, breakdown),
        eq(indicatorValues.breakdownLabel, ""),
        inArray(indicatorValues.areaCode, codes),
      ),
    );
  const values = rows.map((r) => toValue(r, areas, r.responseRate));
  const county = values.find((v) => v.areaKind === AreaKindEnum.COUNTY) ?? null;
  const munis = values.filter((v) => v.areaKind === AreaKindEnum.MUNICIPALITY);
  const ranked = rankAgainst(indicator.direction, county?.value ?? null, munis);
  return {
    ...empty,
    period,
    periods,
    county,
    rows: ranked.map((m, i) => ({
      rank: i + 1,
      municipality: m,
      difference: county ? m.value - county.value : null,
      better: county ? betterThan(indicator.direction, m.value, county.value) : null,
    })),
  };
}

/**
 * How a municipality (an organisation with a municipality code) stands on each of the arena's
 * indicators against the county: for each indicator, the newest year the municipality has a
 * total, beside the county's total for that year. Three statements, whatever the number of
 * indicators. For the municipality pages.
 */
export async function municipalityIndicators(ctx: Context, arenaId: string, organisationId: string): Promise<IndicatorComparison[]> {
  const areas = await arenaAreas(ctx.db, arenaId);
  const code = [...areas.names.entries()].find(([, a]) => a.organisationId === organisationId)?.[0];
  if (!code) return [];
  const codes = areas.countyCode ? [code, areas.countyCode] : [code];
  const rows = await ctx.db
    .select({ ...valueColumns, indicator: indicators })
    .from(indicatorValues)
    .innerJoin(indicatorSeries, eq(indicatorSeries.id, indicatorValues.seriesId))
    .innerJoin(indicators, eq(indicators.id, indicatorSeries.indicatorId))
    .where(
      and(
        eq(indicators.arenaId, arenaId),
        inArray(indicatorValues.areaCode, codes),
        eq(indicatorValues.breakdown, "total"),
        eq(indicatorValues.breakdownLabel, ""),
      ),
    )
    .orderBy(asc(indicators.skrNumber), asc(indicators.key), asc(indicatorSeries.createdAt), desc(indicatorValues.period));
  const out: IndicatorComparison[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    // The first series of each indicator, its newest year with a municipal value.
    if (seen.has(r.indicator.id) || r.areaCode !== code) continue;
    seen.add(r.indicator.id);
    const indicator = toIndicator(r.indicator, ctx.locale);
    const countyRow = rows.find((c) => c.seriesId === r.seriesId && c.period === r.period && c.areaCode === areas.countyCode);
    const municipality = toValue(r, areas, r.responseRate);
    const county = countyRow ? toValue(countyRow, areas, countyRow.responseRate) : null;
    out.push({
      indicator,
      period: r.period,
      municipality,
      county,
      difference: county ? municipality.value - county.value : null,
      better: county ? betterThan(indicator.direction, municipality.value, county.value) : null,
    });
  }
  return out;
}
