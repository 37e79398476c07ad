import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import { indicatorSeries, indicatorValues, indicators } from "../modules/indicators/indicators.tables.js";
import type { IndicatorDirection, SeriesDataKind, SeriesSampling, ValueBreakdown } from "../modules/indicators/indicators.vocabulary.js";
import { arenas, organisations } from "../modules/partnership/partnership.tables.js";

// Demo values for four of SKR's indicators in every municipality of both arenas, 2019–2025:
// plausible levels, slow trends and noise from a seeded generator (the same on every run), with
// women and men beside the total. The county's value is the municipalities' weighted mean. The
// health survey has a low response rate and small samples in the small municipalities, so its
// warnings show.

/** mulberry32: a small deterministic generator; the seed is the text's hash. */
function random(seedText: string) {
  let a = [...seedText].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inhabitants, rounded (SCB, about 2023): what n is drawn from. */
const POPULATION: Record<string, number> = {
  "2101": 5800, "2104": 9500, "2121": 11500, "2132": 9500, "2161": 19000,
  "2180": 103000, "2181": 39000, "2182": 25500, "2183": 26500, "2184": 37500,
  "2021": 6600, "2023": 10000, "2026": 10300, "2029": 15700, "2031": 10800,
  "2034": 6900, "2039": 7000, "2061": 10700, "2062": 20500, "2080": 59000,
  "2081": 52000, "2082": 11000, "2083": 15000, "2084": 23000, "2085": 25500,
}; // prettier-ignore

interface SeriesPlan {
  key: string;
  unit: string;
  direction: IndicatorDirection;
  sourceRef?: string;
  series: {
    name: string;
    sender: string;
    dataKind: SeriesDataKind;
    sampling: SeriesSampling;
    population: string;
    validatedQuestions: boolean | null;
    responseRate: number | null;
    weighted: boolean;
    notes: string;
  };
  /** Level around which municipalities vary, their spread, the yearly trend, women minus men. */
  level: number;
  spread: number;
  trend: number;
  gender: number;
  /** The share of the population n counts. */
  nShare: number;
}

const PLANS: SeriesPlan[] = [
  {
    key: "skr-03",
    unit: "%",
    direction: "higher_is_better",
    sourceRef: "N15419",
    series: {
      name: "Kolada N15419",
      sender: "Skolverket via Kolada (RKA)",
      dataKind: "register",
      sampling: "total",
      population: "Elever i årskurs 9, folkbokförda i kommunen",
      validatedQuestions: null,
      responseRate: null,
      weighted: false,
      notes: "Behörighet till yrkesprogram. Små kommuner har få elever per årskull; jämför flera år.",
    },
    level: 82,
    spread: 6,
    trend: 0.3,
    gender: 3,
    nShare: 0.011,
  },
  {
    key: "skr-07",
    unit: "%",
    direction: "lower_is_better",
    series: {
      name: "SCB registerdata",
      sender: "SCB via Kolada (RKA)",
      dataKind: "register",
      sampling: "total",
      population: "Invånare 16–24 år",
      validatedQuestions: null,
      responseRate: null,
      weighted: false,
      notes: "Unga som varken arbetar eller studerar enligt registren, november respektive år.",
    },
    level: 6.5,
    spread: 1.8,
    trend: -0.1,
    gender: -0.6,
    nShare: 0.1,
  },
  {
    key: "skr-11",
    unit: "%",
    direction: "lower_is_better",
    series: {
      name: "SCB inkomststatistik",
      sender: "SCB via Kolada (RKA)",
      dataKind: "register",
      sampling: "total",
      population: "Barn 0–19 år",
      validatedQuestions: null,
      responseRate: null,
      weighted: false,
      notes: "Barn i hushåll med låg inkomststandard.",
    },
    level: 14,
    spread: 4,
    trend: -0.2,
    gender: 0,
    nShare: 0.22,
  },
  {
    key: "skr-12",
    unit: "%",
    direction: "higher_is_better",
    series: {
      name: "Hälsa på lika villkor",
      sender: "Folkhälsomyndigheten och regionen",
      dataKind: "survey",
      sampling: "sample",
      population: "Invånare 16–84 år",
      validatedQuestions: true,
      responseRate: 42,
      weighted: true,
      notes: "Urvalsundersökning; vägd mot befolkningen. I små kommuner svarar få, läs värdena med försiktighet.",
    },
    level: 70,
    spread: 4,
    trend: 0.1,
    gender: -3,
    nShare: 0.004,
  },
];

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const AGE_BANDS = [
  { label: "16–29", offset: 6 },
  { label: "30–44", offset: 3 },
  { label: "45–64", offset: -2 },
  { label: "65–84", offset: -6 },
];

type ValueRow = typeof indicatorValues.$inferInsert;

const round1 = (x: number) => Math.round(x * 10) / 10;

export async function seedIndicatorValues(tx: Tx, arenaIds: Map<string, string>): Promise<void> {
  for (const arenaId of arenaIds.values()) {
    const [arena] = await tx.select({ countyCode: arenas.countyCode }).from(arenas).where(eq(arenas.id, arenaId));
    if (!arena?.countyCode) continue;
    const munis = await tx
      .select({ code: organisations.municipalityCode })
      .from(organisations)
      .where(and(eq(organisations.arenaId, arenaId), isNotNull(organisations.municipalityCode)));
    const codes = munis.map((m) => m.code!).sort();
    const rows = await tx
      .select()
      .from(indicators)
      .where(
        and(
          eq(indicators.arenaId, arenaId),
          inArray(
            indicators.key,
            PLANS.map((p) => p.key),
          ),
        ),
      );
    for (const plan of PLANS) {
      const indicator = rows.find((r) => r.key === plan.key);
      if (!indicator) continue;
      await tx
        .update(indicators)
        .set({ unit: plan.unit, direction: plan.direction, ...(plan.sourceRef && { sourceRef: plan.sourceRef }) })
        .where(eq(indicators.id, indicator.id));
      const [series] = await tx
        .insert(indicatorSeries)
        .values({ indicatorId: indicator.id, ...plan.series })
        .onConflictDoUpdate({ target: [indicatorSeries.indicatorId, indicatorSeries.name], set: { ...plan.series } })
        .returning({ id: indicatorSeries.id });
      const values: ValueRow[] = [];
      for (const [yi, period] of YEARS.entries()) {
        const county = { total: [0, 0, 0], women: [0, 0, 0], men: [0, 0, 0] } as Record<"total" | "women" | "men", number[]>;
        for (const code of codes) {
          const r = random(`${plan.key}|${code}`);
          const base = plan.level + (r() - 0.5) * 2 * plan.spread;
          const noise = random(`${plan.key}|${code}|${period}`);
          const total = base + plan.trend * yi + (noise() - 0.5) * plan.spread * 0.3;
          const pop = POPULATION[code] ?? 10000;
          const n = Math.max(3, Math.round(pop * plan.nShare * (0.9 + noise() * 0.2)));
          const byGender: [ValueBreakdown, number, number][] = [
            ["total", total, n],
            ["women", total + plan.gender / 2, Math.round(n / 2)],
            ["men", total - plan.gender / 2, n - Math.round(n / 2)],
          ];
          for (const [breakdown, v, nb] of byGender) {
            values.push({ seriesId: series!.id, areaCode: code, period, breakdown, breakdownLabel: "", value: round1(v), n: nb });
            const [sum, weight, count] = county[breakdown as "total"] as [number, number, number];
            county[breakdown as "total"] = [sum + v * pop, weight + pop, count + nb];
          }
        }
        for (const [breakdown, [sum, pop, n]] of Object.entries(county))
          values.push({
            seriesId: series!.id,
            areaCode: arena.countyCode,
            period,
            breakdown: breakdown as ValueBreakdown,
            breakdownLabel: "",
            value: round1(sum! / pop!),
            n: n!,
          });
        if (plan.series.dataKind === "survey") {
          const total = values.find((v) => v.areaCode === arena.countyCode && v.period === period && v.breakdown === "total")!;
          for (const band of AGE_BANDS)
            values.push({
              seriesId: series!.id,
              areaCode: arena.countyCode,
              period,
              breakdown: "age",
              breakdownLabel: band.label,
              value: round1(total.value + band.offset),
              n: Math.round(total.n! / 4),
            });
        }
      }
      for (let i = 0; i < values.length; i += 1000)
        await tx
          .insert(indicatorValues)
          .values(values.slice(i, i + 1000))
          .onConflictDoUpdate({
            target: [
              indicatorValues.seriesId,
              indicatorValues.areaCode,
              indicatorValues.period,
              indicatorValues.breakdown,
              indicatorValues.breakdownLabel,
            ],
            set: { value: sql`excluded.value`, n: sql`excluded.n` },
          });
    }
  }
}
