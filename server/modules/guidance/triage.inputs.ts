import { ArgsType, Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay.js";
import { IntRange, Length, OneOf } from "../../graphql/validation.js";

export enum TriageDecisionEnum {
  ACCEPT = "accept",
  NEEDS_INFO = "needs_info",
  REFER = "refer",
  MERGE = "merge",
  DECLINE = "decline",
}
registerEnumType(TriageDecisionEnum, {
  name: "TriageDecision",
  description:
    "ACCEPT into guidance (assign guides); NEEDS_INFO (ask the bearers a question); REFER to another actor; MERGE into another idea; DECLINE (reason required).",
});

@InputType()
export class TriageInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => TriageDecisionEnum)
  @OneOf(Object.values(TriageDecisionEnum))
  decision!: TriageDecisionEnum;

  @Field(() => String, { nullable: true, description: "Why; required to decline, refer or merge. Sent to the bearers." })
  @Length(0, 2000)
  reason?: string | null;

  @Field(() => [ID], { nullable: true, description: "ACCEPT: guides of the arena to assign (at least one)." })
  guideIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "NEEDS_INFO: the question to the bearers." })
  @Length(0, 2000)
  question?: string | null;

  @Field(() => ID, { nullable: true, description: "MERGE: the idea to merge into (same arena)." })
  mergeIntoId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "REFER: the support actor (serving the arena) to refer the idea to. The reason is the hand-off the actor is mailed.",
  })
  actorId?: string | null;
}

@InputType()
export class AnswerQuestionInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String)
  @Length(1, 5000)
  answer!: string;
}

@InputType()
export class AssignGuidesInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => [ID], { description: "The full list of guides; replaces the current one." })
  guideIds!: string[];
}

@InputType()
export class FeedbackPromiseInput {
  @Field(() => ID)
  arenaId!: string;

  @Field(() => Int)
  @IntRange(1, 60)
  acknowledgeWorkingDays!: number;

  @Field(() => Int)
  @IntRange(1, 120)
  decisionWorkingDays!: number;
}

@ArgsType()
export class QueueArgs extends ConnectionArgs {
  @Field(() => ID)
  arenaId!: string;
}
