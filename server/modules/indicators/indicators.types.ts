import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, toGlobalId } from "../../graphql/relay.js";
import type { Locale } from "../accounts/accounts.tables.js";
import { seriesWarnings } from "./indicators.rules.js";
import type { indicatorSeries, indicators } from "./indicators.tables.js";
import {
  IndicatorDirectionEnum,
  IndicatorLevelEnum,
  IndicatorSourceEnum,
  IndicatorWarningEnum,
  SeriesDataKindEnum,
  SeriesSamplingEnum,
  ValueBreakdownEnum,
} from "./indicators.vocabulary.js";

const pick = (locale: Locale, sv: string, en: string) => (locale === "en" && en ? en : sv);

@ObjectType({ implements: Node, description: "An indicator the arena follows: one of SKR's 22 or the arena's own. Public." })
export class Indicator extends Node {
  rawId!: string;
  arenaRawId!: string;
  @Field(() => String, { description: "Stable key within the arena, e.g. skr-07." })
  key!: string;
  @Field(() => String, { description: "Title in the caller's language." })
  title!: string;
  @Field(() => String)
  titleSv!: string;
  @Field(() => String)
  titleEn!: string;
  @Field(() => String)
  description!: string;
  @Field(() => String, { description: "Shown beside every value: %, kr, per 1 000 invånare." })
  unit!: string;
  @Field(() => IndicatorDirectionEnum)
  direction!: IndicatorDirectionEnum;
  @Field(() => IndicatorSourceEnum)
  source!: IndicatorSourceEnum;
  @Field(() => String, { description: "The source's id for the figure, e.g. Kolada's N00945; empty for the arena's own." })
  sourceRef!: string;
  @Field(() => IndicatorLevelEnum)
  level!: IndicatorLevelEnum;
  @Field(() => Int, { nullable: true, description: "The SKR indicator's number (1–22), or null for the arena's own." })
  skrNumber!: number | null;
}

export const toIndicator = (r: typeof indicators.$inferSelect, l: Locale): Indicator =>
  Object.assign(new Indicator(), {
    __typename: "Indicator",
    id: toGlobalId("Indicator", r.id),
    rawId: r.id,
    arenaRawId: r.arenaId,
    key: r.key,
    title: pick(l, r.titleSv, r.titleEn),
    titleSv: r.titleSv,
    titleEn: r.titleEn,
    description: pick(l, r.descriptionSv, r.descriptionEn),
    unit: r.unit,
    direction: r.direction as IndicatorDirectionEnum,
    source: r.source as IndicatorSourceEnum,
    sourceRef: r.sourceRef,
    level: r.level as IndicatorLevelEnum,
    skrNumber: r.skrNumber,
  });

@ObjectType({
  implements: Node,
  description: "A series of an indicator's values from one source, with its quality metadata (002 chapter 4). Public.",
})
export class IndicatorSeries extends Node {
  rawId!: string;
  indicatorRawId!: string;
  @Field(() => String)
  name!: string;
  @Field(() => String, { description: "Who sent the data." })
  sender!: string;
  @Field(() => SeriesDataKindEnum)
  dataKind!: SeriesDataKindEnum;
  @Field(() => Boolean, { nullable: true, description: "Whether a survey's questions are validated; null when unknown or not a survey." })
  validatedQuestions!: boolean | null;
  @Field(() => String, { description: "Whom the figures cover." })
  population!: string;
  @Field(() => SeriesSamplingEnum)
  sampling!: SeriesSamplingEnum;
  @Field(() => Float, { nullable: true, description: "Per cent answering (0–100); null for registers or when unknown." })
  responseRate!: number | null;
  @Field(() => Boolean)
  weighted!: boolean;
  @Field(() => String)
  notes!: string;
  @Field(() => Int, { description: "Increases with every edit; give it back when editing." })
  version!: number;
  @Field(() => [IndicatorWarningEnum], { description: "LOW_RESPONSE_RATE when under half answered." })
  warnings!: IndicatorWarningEnum[];
}

export const toSeries = (r: typeof indicatorSeries.$inferSelect): IndicatorSeries =>
  Object.assign(new IndicatorSeries(), {
    __typename: "IndicatorSeries",
    id: toGlobalId("IndicatorSeries", r.id),
    rawId: r.id,
    indicatorRawId: r.indicatorId,
    name: r.name,
    sender: r.sender,
    dataKind: r.dataKind as SeriesDataKindEnum,
    validatedQuestions: r.validatedQuestions,
    population: r.population,
    sampling: r.sampling as SeriesSamplingEnum,
    responseRate: r.responseRate,
    weighted: r.weighted,
    notes: r.notes,
    version: r.version,
    warnings: seriesWarnings(r.responseRate),
  });

export enum AreaKindEnum {
  COUNTY = "county",
  MUNICIPALITY = "municipality",
  OTHER = "other",
}
registerEnumType(AreaKindEnum, { name: "AreaKind", description: "The county, one of its municipalities, or another area (a RegSO)." });

@ObjectType({ description: "One value of an indicator: area, year, breakdown, value and n." })
export class IndicatorValue {
  @Field(() => String, { description: "SCB's code: the county's two digits, a municipality's four, or a RegSO code." })
  areaCode!: string;
  @Field(() => String, { description: "The municipality's or county's name; the code for other areas." })
  areaName!: string;
  @Field(() => AreaKindEnum)
  areaKind!: AreaKindEnum;
  @Field(() => Int, { description: "The year." })
  period!: number;
  @Field(() => ValueBreakdownEnum)
  breakdown!: ValueBreakdownEnum;
  @Field(() => String, { description: "The age band or group for AGE and OTHER; empty otherwise." })
  breakdownLabel!: string;
  @Field(() => Float)
  value!: number;
  @Field(() => Int, { nullable: true, description: "How many the value rests on, where known." })
  n!: number | null;
  @Field(() => String, { description: "Global id of the series." })
  seriesId!: string;
  @Field(() => [IndicatorWarningEnum])
  warnings!: IndicatorWarningEnum[];
}

@ObjectType({ description: "A municipality's place against the county in a gap view." })
export class IndicatorGapRow {
  @Field(() => Int, { description: "1 is best, honouring the indicator's direction." })
  rank!: number;
  @Field(() => IndicatorValue)
  municipality!: IndicatorValue;
  @Field(() => Float, { nullable: true, description: "The municipality's value minus the county's." })
  difference!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Better than the county by the indicator's direction; null if neutral, equal or no county value.",
  })
  better!: boolean | null;
}

@ObjectType({ description: "“Mind the gap”: the municipalities ranked against the county value for one year. Public." })
export class IndicatorGap {
  @Field(() => Indicator)
  indicator!: Indicator;
  @Field(() => Int, { nullable: true, description: "The year shown; null when the indicator has no values." })
  period!: number | null;
  @Field(() => [Int], { description: "Years with values, newest first." })
  periods!: number[];
  @Field(() => ValueBreakdownEnum)
  breakdown!: ValueBreakdownEnum;
  @Field(() => IndicatorValue, { nullable: true })
  county!: IndicatorValue | null;
  @Field(() => [IndicatorGapRow])
  rows!: IndicatorGapRow[];
}

@ObjectType({ description: "How a municipality stands on one indicator against the county, in the latest year it has a value." })
export class IndicatorComparison {
  @Field(() => Indicator)
  indicator!: Indicator;
  @Field(() => Int)
  period!: number;
  @Field(() => IndicatorValue)
  municipality!: IndicatorValue;
  @Field(() => IndicatorValue, { nullable: true })
  county!: IndicatorValue | null;
  @Field(() => Float, { nullable: true })
  difference!: number | null;
  @Field(() => Boolean, { nullable: true })
  better!: boolean | null;
}

@ObjectType({ description: "A row of an import file that was not taken, and why." })
export class ImportRefusal {
  @Field(() => Int, { description: "The line in the file (the header is line 1)." })
  line!: number;
  @Field(() => String)
  code!: string;
  @Field(() => String, { description: "Why, in the caller's language." })
  message!: string;
}

@ObjectType({ description: "What an import did or, in a dry run, would do." })
export class IndicatorImportReport {
  @Field(() => Boolean)
  dryRun!: boolean;
  @Field(() => Boolean, { description: "Whether values were written (never in a dry run, never when a row is refused)." })
  written!: boolean;
  @Field(() => Int, { description: "Rows that are (or would be) taken." })
  taken!: number;
  @Field(() => Int)
  inserted!: number;
  @Field(() => Int)
  updated!: number;
  @Field(() => Int, { description: "Rows already stored with the same value and n." })
  unchanged!: number;
  @Field(() => [ImportRefusal])
  refused!: ImportRefusal[];
}

@ObjectType()
export class IndicatorPayload {
  @Field(() => Indicator, { nullable: true })
  indicator!: Indicator | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class IndicatorSeriesPayload {
  @Field(() => IndicatorSeries, { nullable: true })
  series!: IndicatorSeries | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class IndicatorValuePayload {
  @Field(() => IndicatorValue, { nullable: true })
  value!: IndicatorValue | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ description: "The report comes back also when the file is refused, so that each refused row can be shown." })
export class IndicatorImportPayload {
  @Field(() => IndicatorImportReport, { nullable: true })
  report!: IndicatorImportReport | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
