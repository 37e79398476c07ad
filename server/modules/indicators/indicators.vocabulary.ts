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
