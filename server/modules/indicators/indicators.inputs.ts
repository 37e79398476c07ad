import { Field, Float, ID, InputType, Int } from "type-graphql";
import { IntRange, Key, Length, MeasureValue, OneOf, SingleLine } from "../../graphql/validation.js";
import {
  IndicatorDirectionEnum,
  IndicatorLevelEnum,
  IndicatorSourceEnum,
  SeriesDataKindEnum,
  SeriesSamplingEnum,
  ValueBreakdownEnum,
} from "./indicators.vocabulary.js";

export const INDICATOR_LIMITS = {
  title: 300,
  text: 5000,
  unit: 50,
  sourceRef: 50,
  /** Years a value may name: from SCB's long series to next year's forecasts. */
  firstYear: 1970,
  /** Characters of an import file: the /graphql body limit is 1 MB. */
  importChars: 900_000,
  importRows: 20_000,
} as const;

@InputType({ description: "The registry fields of an indicator the arena adds." })
export class CreateIndicatorInput {
  @Field(() => ID)
  arenaId!: string;

  @Field(() => String, { description: "Unique in the arena: lower-case letters, digits and hyphens." })
  @Length(1, 60)
  @Key()
  key!: string;

  @Field(() => String)
  @Length(1, INDICATOR_LIMITS.title)
  @SingleLine()
  titleSv!: string;

  @Field(() => String)
  @Length(1, INDICATOR_LIMITS.title)
  @SingleLine()
  titleEn!: string;

  @Field(() => String, { nullable: true })
  @Length(0, INDICATOR_LIMITS.text)
  descriptionSv?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, INDICATOR_LIMITS.text)
  descriptionEn?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, INDICATOR_LIMITS.unit)
  @SingleLine()
  unit?: string | null;

  @Field(() => IndicatorDirectionEnum, { defaultValue: IndicatorDirectionEnum.NEUTRAL })
  @OneOf(Object.values(IndicatorDirectionEnum))
  direction!: IndicatorDirectionEnum;

  @Field(() => IndicatorSourceEnum, { defaultValue: IndicatorSourceEnum.OWN })
  @OneOf(Object.values(IndicatorSourceEnum))
  source!: IndicatorSourceEnum;

  @Field(() => String, { nullable: true, description: "The source's id, e.g. Kolada's N00945; required for KOLADA." })
  @Length(0, INDICATOR_LIMITS.sourceRef)
  @SingleLine()
  sourceRef?: string | null;

  @Field(() => IndicatorLevelEnum, { defaultValue: IndicatorLevelEnum.MUNICIPALITY })
  @OneOf(Object.values(IndicatorLevelEnum))
  level!: IndicatorLevelEnum;
}

@InputType({ description: "Fields left out are kept. SKR's 22 take only unit, source and sourceRef." })
export class UpdateIndicatorInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Length(1, 60)
  @Key()
  key?: string | null;

  @Field(() => String, { nullable: true })
  @Length(1, INDICATOR_LIMITS.title)
  @SingleLine()
  titleSv?: string | null;

  @Field(() => String, { nullable: true })
  @Length(1, INDICATOR_LIMITS.title)
  @SingleLine()
  titleEn?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, INDICATOR_LIMITS.text)
  descriptionSv?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, INDICATOR_LIMITS.text)
  descriptionEn?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, INDICATOR_LIMITS.unit)
  @SingleLine()
  unit?: string | null;

  @Field(() => IndicatorDirectionEnum, { nullable: true })
  @OneOf(Object.values(IndicatorDirectionEnum))
  direction?: IndicatorDirectionEnum | null;

  @Field(() => IndicatorSourceEnum, { nullable: true })
  @OneOf(Object.values(IndicatorSourceEnum))
  source?: IndicatorSourceEnum | null;

  @Field(() => String, { nullable: true })
  @Length(0, INDICATOR_LIMITS.sourceRef)
  @SingleLine()
  sourceRef?: string | null;

  @Field(() => IndicatorLevelEnum, { nullable: true })
  @OneOf(Object.values(IndicatorLevelEnum))
  level?: IndicatorLevelEnum | null;
}

@InputType({ description: "A series' quality metadata (002 chapter 4)." })
export class SeriesFields {
  @Field(() => String, { nullable: true })
  @Length(1, INDICATOR_LIMITS.title)
  @SingleLine()
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Who sent the data." })
  @Length(0, INDICATOR_LIMITS.title)
  @SingleLine()
  sender?: string | null;

  @Field(() => SeriesDataKindEnum, { nullable: true })
  @OneOf(Object.values(SeriesDataKindEnum))
  dataKind?: SeriesDataKindEnum | null;

  @Field(() => Boolean, { nullable: true, description: "Survey questions validated; leave out when unknown." })
  validatedQuestions?: boolean | null;

  @Field(() => String, { nullable: true })
  @Length(0, INDICATOR_LIMITS.title)
  population?: string | null;

  @Field(() => SeriesSamplingEnum, { nullable: true })
  @OneOf(Object.values(SeriesSamplingEnum))
  sampling?: SeriesSamplingEnum | null;

  @Field(() => Float, { nullable: true, description: "Per cent, 0–100." })
  responseRate?: number | null;

  @Field(() => Boolean, { nullable: true })
  weighted?: boolean | null;

  @Field(() => String, { nullable: true })
  @Length(0, INDICATOR_LIMITS.text)
  notes?: string | null;
}

@InputType()
export class CreateIndicatorSeriesInput extends SeriesFields {
  @Field(() => ID)
  indicatorId!: string;
}

@InputType({ description: "Fields left out are kept." })
export class UpdateIndicatorSeriesInput extends SeriesFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version read; a newer one means someone else saved meanwhile." })
  version!: number;
}

@InputType()
export class RecordIndicatorValueInput {
  @Field(() => ID)
  seriesId!: string;

  @Field(() => String, { description: "SCB code: the county's two digits, a municipality's four, or a RegSO code." })
  @Length(1, 20)
  @SingleLine()
  areaCode!: string;

  @Field(() => Int)
  period!: number;

  @Field(() => ValueBreakdownEnum, { defaultValue: ValueBreakdownEnum.TOTAL })
  @OneOf(Object.values(ValueBreakdownEnum))
  breakdown!: ValueBreakdownEnum;

  @Field(() => String, { nullable: true, description: "The age band or group; required for AGE and OTHER." })
  @Length(0, 60)
  @SingleLine()
  breakdownLabel?: string | null;

  @Field(() => Float)
  @MeasureValue()
  value!: number;

  @Field(() => Int, { nullable: true })
  @IntRange(0, 100_000_000)
  n?: number | null;
}

@InputType()
export class ImportIndicatorValuesInput {
  @Field(() => ID, { description: "The series the values go to." })
  seriesId!: string;

  @Field(() => String, {
    description:
      "The file's text: a header row naming municipality_id (or kommun-id), period (år), gender (kön: T, K, M), value (värde) and optionally count (n) and kpi; separated by semicolons, commas or tabs.",
  })
  csv!: string;

  @Field(() => Boolean, { defaultValue: true, description: "Check only; write nothing." })
  dryRun!: boolean;
}
