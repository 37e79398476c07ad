import { ValidateNested } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { IntRange, Length, OneOf, SingleLine, Url } from "../../graphql/validation.js";
import { ActivityStatusEnum, PlanKindEnum } from "./plans.vocabulary.js";

export const PLAN_LIMITS = {
  title: 300,
  text: 5000,
  years: { min: 2020, max: 2100 },
  indicators: 30,
  evidence: 10,
} as const;

@InputType()
export class CreatePlanInput {
  @Field(() => ID)
  arenaId!: string;

  @Field(() => Int)
  @IntRange(PLAN_LIMITS.years.min, PLAN_LIMITS.years.max)
  year!: number;

  @Field(() => PlanKindEnum)
  @OneOf(Object.values(PlanKindEnum))
  kind!: PlanKindEnum;

  @Field(() => ID, { description: "The owning body: the strategic leadership for the action plan, a committee for its activity plan." })
  bodyId!: string;

  @Field(() => String)
  @Length(1, PLAN_LIMITS.title)
  @SingleLine()
  title!: string;

  @Field(() => String, { defaultValue: "" })
  @Length(0, PLAN_LIMITS.text)
  summary!: string;
}

@InputType({ description: "Fields left out are kept." })
export class UpdatePlanInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  @Length(1, PLAN_LIMITS.title)
  @SingleLine()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, PLAN_LIMITS.text)
  summary?: string | null;
}

@InputType()
export class ProposePlanInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class CreatePlanSubGoalInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID, { description: "The strategic goal it falls under." })
  goalId!: string;

  @Field(() => String)
  @Length(1, PLAN_LIMITS.title)
  @SingleLine()
  title!: string;

  @Field(() => String, { defaultValue: "" })
  @Length(0, PLAN_LIMITS.text)
  description!: string;
}

@InputType({ description: "Fields left out are kept." })
export class UpdatePlanSubGoalInput {
  @Field(() => ID)
  subGoalId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  @Length(1, PLAN_LIMITS.title)
  @SingleLine()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, PLAN_LIMITS.text)
  description?: string | null;
}

/** What an activity says, whether written from scratch or from a decision: the fields its inputs inherit (no GraphQL type of its own). */
@InputType()
export class ActivityFieldsInput {
  @Field(() => ID, { nullable: true, description: "A sub-goal of the plan under the same goal." })
  subGoalId?: string | null;

  @Field(() => String, { nullable: true, description: "What will be done." })
  @Length(1, PLAN_LIMITS.title)
  @SingleLine()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, PLAN_LIMITS.text)
  description?: string | null;

  @Field(() => String, { nullable: true, description: "How it will be done." })
  @Length(0, PLAN_LIMITS.text)
  how?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, PLAN_LIMITS.text)
  resources?: string | null;

  @Field(() => String, { nullable: true, description: "Who takes part." })
  @Length(0, PLAN_LIMITS.text)
  participants?: string | null;

  @Field(() => ID, { nullable: true, description: "The responsible body, if a body is." })
  responsibleBodyId?: string | null;

  @Field(() => ID, { nullable: true, description: "The responsible party, if a party is." })
  responsibleOrganisationId?: string | null;

  @Field(() => ID, { nullable: true, description: "The contact person: the kansli or a member of one of the arena's bodies." })
  contactPersonId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, PLAN_LIMITS.text)
  followUpMethod?: string | null;

  @Field(() => [ID], { nullable: true, description: "Indicators of the arena (Arena.indicators) that show progress; replaces the list." })
  indicatorIds?: string[] | null;
}

@InputType()
export class CreatePlanActivityInput extends ActivityFieldsInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID, { description: "The strategic goal it serves." })
  goalId!: string;
}

@InputType({ description: "Fields left out are kept; null clears an optional link or date." })
export class UpdatePlanActivityInput extends ActivityFieldsInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => Int)
  version!: number;
}

@InputType({ description: "An approved decision becomes an activity in one step: its matter, ideas and pilots become its origins." })
export class CreateActivityFromDecisionInput extends ActivityFieldsInput {
  @Field(() => ID)
  decisionId!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  goalId!: string;
}

@InputType()
export class EvidenceLinkInput {
  @Field(() => String)
  @Length(1, PLAN_LIMITS.title)
  @SingleLine()
  title!: string;

  @Field(() => String)
  @Length(1, 2000)
  @Url()
  url!: string;
}

@InputType()
export class RecordActivityUpdateInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => LocalDateResolver, { description: "Today or earlier." })
  reportedOn!: string;

  @Field(() => ActivityStatusEnum)
  @OneOf(Object.values(ActivityStatusEnum).filter((s) => s !== "planned"))
  status!: ActivityStatusEnum;

  @Field(() => Int)
  @IntRange(0, 100)
  progress!: number;

  @Field(() => String, { defaultValue: "" })
  @Length(0, PLAN_LIMITS.text)
  comment!: string;

  @Field(() => [EvidenceLinkInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  evidence!: EvidenceLinkInput[];
}
