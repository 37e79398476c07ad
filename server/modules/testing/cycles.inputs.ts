import { ValidateNested } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { IntRange, Length, MeasureValue, OneOf, SingleLine } from "../../graphql/validation.js";
import { CycleDecisionEnum, MeasureDirectionEnum } from "./cycles.types.js";

export const CYCLE_LIMITS = {
  text: 5000,
  short: 300,
  measures: 20,
  municipalities: 100,
  participants: 1_000_000,
  note: 1000,
  /** Measurements may be dated this many years back from today, no further. */
  yearsBack: 10,
} as const;

@InputType({
  description:
    "A measure of the plan. With `id`, that measure of the cycle is edited; without, a new one is added. Measures of the cycle left out of the list are removed.",
})
export class MeasureInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String)
  @Length(1, CYCLE_LIMITS.short)
  @SingleLine()
  name!: string;

  @Field(() => String, { nullable: true, description: "e.g. “personer”, “%”, “dagar”." })
  @Length(0, 50)
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: "The value before the test; required before the cycle can start." })
  @MeasureValue()
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: "Without a target, the result is INCONCLUSIVE." })
  @MeasureValue()
  target?: number | null;

  @Field(() => MeasureDirectionEnum, { defaultValue: MeasureDirectionEnum.HIGHER })
  @OneOf(Object.values(MeasureDirectionEnum))
  direction!: MeasureDirectionEnum;

  @Field(() => ID, {
    nullable: true,
    description: "The arena's indicator the measure is meant to move; null removes the link, left out keeps it.",
  })
  indicatorId?: string | null;
}

/** The plan's fields, shared by planning and editing. */
@InputType({ description: "The fields of a test cycle's plan." })
export class CyclePlanFields {
  @Field(() => String, { nullable: true, description: "What we believe will happen, and why. Required before the cycle can start." })
  @Length(0, CYCLE_LIMITS.text)
  hypothesis?: string | null;

  @Field(() => String, { nullable: true, description: "What we want to achieve." })
  @Length(0, CYCLE_LIMITS.text)
  aim?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, CYCLE_LIMITS.short)
  site?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, CYCLE_LIMITS.short)
  hostOrganisation?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, CYCLE_LIMITS.short)
  targetGroup?: string | null;

  @Field(() => Int, { nullable: true })
  @IntRange(0, CYCLE_LIMITS.participants)
  plannedParticipants?: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "On or after startsOn." })
  endsOn?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Organisations of the idea's arena (municipalities) the cycle runs in; the full list.",
  })
  municipalityIds?: string[] | null;

  @Field(() => [MeasureInput], { nullable: true, description: `The full list of measures, in order (at most ${CYCLE_LIMITS.measures}).` })
  @ValidateNested({ each: true })
  measures?: MeasureInput[] | null;
}

@InputType()
export class PlanTestCycleInput extends CyclePlanFields {
  @Field(() => ID)
  ideaId!: string;
}

@InputType({ description: "Fields left out are kept; `measures`, when given, is the full list." })
export class UpdateTestCycleInput extends CyclePlanFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version the edit is based on." })
  expectedVersion!: number;
}

@InputType()
export class RecordMeasurementInput {
  @Field(() => ID)
  measureId!: string;

  @Field(() => LocalDateResolver, { description: `Today or earlier, at most ${CYCLE_LIMITS.yearsBack} years back.` })
  measuredOn!: string;

  @Field(() => Float)
  @MeasureValue()
  value!: number;

  @Field(() => String, { nullable: true })
  @Length(0, CYCLE_LIMITS.note)
  note?: string | null;
}

@InputType()
export class RecordStudyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "What was seen: results against targets, what surprised, what the participants said." })
  @Length(1, CYCLE_LIMITS.text)
  observations!: string;

  @Field(() => Int, { nullable: true })
  @IntRange(0, CYCLE_LIMITS.participants)
  participantsReached?: number | null;

  @Field(() => Int, { description: "The version of the cycle the study is based on; a study saved meanwhile is not overwritten." })
  expectedVersion!: number;
}

@InputType()
export class DecideTestCycleInput {
  @Field(() => ID)
  id!: string;

  @Field(() => CycleDecisionEnum)
  @OneOf(Object.values(CycleDecisionEnum))
  decision!: CycleDecisionEnum;

  @Field(() => String, { description: "Why this decision." })
  @Length(1, CYCLE_LIMITS.text)
  rationale!: string;

  @Field(() => String, { description: "What was learned; filed as an entry of the learning library." })
  @Length(1, CYCLE_LIMITS.text)
  learnings!: string;

  @Field(() => String, { description: "How the bearers agreed to the decision, e.g. “agreed at the meeting on 12 November”." })
  @Length(1, CYCLE_LIMITS.short)
  bearerAgreement!: string;

  @Field(() => Boolean, { defaultValue: true, description: "Publish the learning in the library (readable by anyone, across arenas)." })
  publishLearning!: boolean;

  @Field(() => Int, {
    description: "The version of the cycle the decision is based on; a study saved meanwhile is not decided over unread.",
  })
  expectedVersion!: number;
}
