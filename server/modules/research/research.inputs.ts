import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ValidateNested } from "class-validator";
import { ConnectionArgs } from "../../graphql/relay.js";
import { Length, OneOf, SingleLine } from "../../graphql/validation.js";
import { IdeaStageEnum } from "../ideas/ideas.types.js";
import { EvaluationConfidenceEnum, PilotOutcomeEnum } from "./research.types.js";

export const RESEARCH_LIMITS = { reason: 2000, response: 2000, short: 1000, text: 10000 } as const;

@InputType()
export class RequestIdeaAccessInput {
  @Field(() => ID, { description: "The idea (Pilot.ideaId)." })
  ideaId!: string;

  @Field(() => String, { description: "Why you ask: the purpose of your research and how you will use what you read." })
  @Length(1, RESEARCH_LIMITS.reason)
  reason!: string;
}

@InputType()
export class DecideIdeaAccessInput {
  @Field(() => ID, { description: "The access request." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Your answer to the researcher (optional)." })
  @Length(0, RESEARCH_LIMITS.response)
  response?: string | null;
}

@InputType()
export class RecordEvaluationInput {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => String, { description: "How the cycle was evaluated, e.g. interviews, a survey, register data." })
  @Length(1, RESEARCH_LIMITS.short)
  method!: string;

  @Field(() => String, { nullable: true })
  @Length(0, RESEARCH_LIMITS.short)
  dataSources?: string | null;

  @Field(() => String)
  @Length(1, RESEARCH_LIMITS.text)
  findings!: string;

  @Field(() => EvaluationConfidenceEnum)
  @OneOf(Object.values(EvaluationConfidenceEnum))
  confidence!: EvaluationConfidenceEnum;

  @Field(() => String, {
    nullable: true,
    description: "Ethics and consent: how participants consented, what was anonymised, ethical review.",
  })
  @Length(0, RESEARCH_LIMITS.text)
  ethicsNotes?: string | null;
}

@InputType({ description: "Fields left out are kept." })
export class UpdateEvaluationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Length(1, RESEARCH_LIMITS.short)
  method?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, RESEARCH_LIMITS.short)
  dataSources?: string | null;

  @Field(() => String, { nullable: true })
  @Length(1, RESEARCH_LIMITS.text)
  findings?: string | null;

  @Field(() => EvaluationConfidenceEnum, { nullable: true })
  @OneOf(Object.values(EvaluationConfidenceEnum))
  confidence?: EvaluationConfidenceEnum | null;

  @Field(() => String, { nullable: true })
  @Length(0, RESEARCH_LIMITS.text)
  ethicsNotes?: string | null;
}

@InputType({ description: "Which pilots to list; all filters combine." })
export class PilotFilter {
  @Field(() => String, { nullable: true, description: "Arena slug; all your research and team arenas when left out." })
  @SingleLine()
  arena?: string | null;

  @Field(() => ID, { nullable: true, description: "Only ideas tagged with this strategic goal." })
  goalId?: string | null;

  @Field(() => IdeaStageEnum, { nullable: true })
  @OneOf(Object.values(IdeaStageEnum))
  stage?: IdeaStageEnum | null;

  @Field(() => PilotOutcomeEnum, { nullable: true, description: "The latest cycle's decision, or ONGOING." })
  @OneOf(Object.values(PilotOutcomeEnum))
  outcome?: PilotOutcomeEnum | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Only pilots with a cycle running on or after this date." })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Only pilots with a cycle running on or before this date." })
  to?: string | null;
}

@ArgsType()
export class PilotRegisterArgs extends ConnectionArgs {
  @Field(() => PilotFilter, { nullable: true })
  @ValidateNested()
  filter?: PilotFilter | null;
}
