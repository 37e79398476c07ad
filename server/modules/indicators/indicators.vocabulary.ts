import { registerEnumType } from "type-graphql";

// The indicators' vocabulary (issue 15; 002 chapter 4, 003's 22 indicators).

/** Which way is better. */
export enum IndicatorDirectionEnum {
  HIGHER_IS_BETTER = "higher_is_better",
  LOWER_IS_BETTER = "lower_is_better",
  NEUTRAL = "neutral",
}
registerEnumType(IndicatorDirectionEnum, { name: "IndicatorDirection" });
export type IndicatorDirection = `${IndicatorDirectionEnum}`;

/** The level an indicator's values are given at (003: down to RegSO). */
export enum IndicatorLevelEnum {
  COUNTY = "county",
  MUNICIPALITY = "municipality",
  STATISTICAL_AREA = "statistical_area",
}
registerEnumType(IndicatorLevelEnum, { name: "IndicatorLevel" });
export type IndicatorLevel = `${IndicatorLevelEnum}`;

/** Where the values come from; `sourceRef` holds e.g. Kolada's key figure id (N00945). */
export enum IndicatorSourceEnum {
  KOLADA = "kolada",
  SCB = "scb",
  SURVEY = "survey",
  REGISTER = "register",
  OWN = "own",
}
registerEnumType(IndicatorSourceEnum, { name: "IndicatorSource" });
export type IndicatorSource = `${IndicatorSourceEnum}`;

/** 002 ch. 4: a register counts everyone it covers; a survey asks some and depends on who answers. */
export enum SeriesDataKindEnum {
  REGISTER = "register",
  SURVEY = "survey",
}
registerEnumType(SeriesDataKindEnum, { name: "SeriesDataKind" });
export type SeriesDataKind = `${SeriesDataKindEnum}`;

export enum SeriesSamplingEnum {
  TOTAL = "total",
  SAMPLE = "sample",
}
registerEnumType(SeriesSamplingEnum, { name: "SeriesSampling", description: "The whole population (total) or a sample of it." });
export type SeriesSampling = `${SeriesSamplingEnum}`;

/** The breakdowns 002 asks for: sex, age, and other groups (birth country, socioeconomics). */
export enum ValueBreakdownEnum {
  TOTAL = "total",
  WOMEN = "women",
  MEN = "men",
  AGE = "age",
  OTHER = "other",
}
registerEnumType(ValueBreakdownEnum, { name: "ValueBreakdown" });
export type ValueBreakdown = `${ValueBreakdownEnum}`;

/** Why a value should be read with care. */
export enum IndicatorWarningEnum {
  SMALL_N = "small_n",
  LOW_RESPONSE_RATE = "low_response_rate",
}
registerEnumType(IndicatorWarningEnum, {
  name: "IndicatorWarning",
  description: "SMALL_N: fewer than 30 behind the value; LOW_RESPONSE_RATE: the series' response rate is under 50 %.",
});
