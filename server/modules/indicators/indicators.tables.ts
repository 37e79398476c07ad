import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { arenas } from "../partnership/partnership.tables.js";
import { skrIndicators } from "../strategy/strategy.tables.js";
import type {
  IndicatorDirection,
  IndicatorLevel,
  IndicatorSource,
  SeriesDataKind,
  SeriesSampling,
  ValueBreakdown,
} from "./indicators.vocabulary.js";

/**
 * An indicator an arena follows: one of SKR's 22 (`skrNumber`) or the arena's own. Per arena, so
 * that each arena keeps its own units, sources and quality notes. Test cycles' measures and
 * action-plan activities name the indicators they move; values and their quality metadata hang
 * below (issue 15).
 */
export const indicators = pgTable(
  "indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    arenaId: uuid("arena_id")
      .notNull()
      .references(() => arenas.id, { onDelete: "cascade" }),
    /** Stable, URL-safe: "skr-07", "fokus-sysselsattning". */
    key: text("key").notNull(),
    titleSv: text("title_sv").notNull(),
    titleEn: text("title_en").notNull(),
    descriptionSv: text("description_sv").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    /** "%", "antal per 1 000 invånare", "kr": shown beside every value. */
    unit: text("unit").notNull().default(""),
    direction: text("direction").$type<IndicatorDirection>().notNull().default("neutral"),
    source: text("source").$type<IndicatorSource>().notNull().default("own"),
    /** The source's own id for the figure, e.g. Kolada's "N00945". */
    sourceRef: text("source_ref").notNull().default(""),
    level: text("level").$type<IndicatorLevel>().notNull().default("municipality"),
    skrNumber: integer("skr_number").references(() => skrIndicators.number),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("indicators_arena_key").on(t.arenaId, t.key), index("indicators_skr").on(t.skrNumber)],
);

/**
 * A series of values of one indicator from one source, with 002 chapter 4's quality checklist:
 * who sent it, register or survey, validated questions, population, total or sample, response
 * rate and weighting. The warnings a reader sees come from here and from each value's n.
 */
export const indicatorSeries = pgTable(
  "indicator_series",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Who sent the data: "Kolada (RKA)", "Folkhälsomyndigheten", "Region Gävleborg". */
    sender: text("sender").notNull().default(""),
    dataKind: text("data_kind").$type<SeriesDataKind>().notNull().default("register"),
    /** Survey questions validated (tested for what they measure); null when unknown or not a survey. */
    validatedQuestions: boolean("validated_questions"),
    population: text("population").notNull().default(""),
    sampling: text("sampling").$type<SeriesSampling>().notNull().default("total"),
    /** Per cent, 0–100; null for registers or when unknown. */
    responseRate: doublePrecision("response_rate"),
    weighted: boolean("weighted").notNull().default(false),
    notes: text("notes").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("indicator_series_name").on(t.indicatorId, t.name),
    check("indicator_series_response_rate", sql`${t.responseRate} is null or ${t.responseRate} between 0 and 100`),
  ],
);

/**
 * One value: an area (SCB's code: the county's two digits, a municipality's four, or a RegSO
 * code), a year, a breakdown, the value and its n. Keyed so that an import updates, never
 * duplicates.
 */
export const indicatorValues = pgTable(
  "indicator_values",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seriesId: uuid("series_id")
      .notNull()
      .references(() => indicatorSeries.id, { onDelete: "cascade" }),
    areaCode: text("area_code").notNull(),
    period: integer("period").notNull(),
    breakdown: text("breakdown").$type<ValueBreakdown>().notNull().default("total"),
    /** The age band ("16-29") or other group; "" for total, women and men. */
    breakdownLabel: text("breakdown_label").notNull().default(""),
    value: doublePrecision("value").notNull(),
    n: integer("n"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("indicator_values_key").on(t.seriesId, t.areaCode, t.period, t.breakdown, t.breakdownLabel),
    index("indicator_values_area").on(t.areaCode, t.period),
    check("indicator_values_n", sql`${t.n} is null or ${t.n} >= 0`),
  ],
);
