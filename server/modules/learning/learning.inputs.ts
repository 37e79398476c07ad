import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay.js";
import { IntRange, Length, OneOf, SingleLine } from "../../graphql/validation.js";
import { CycleDecisionEnum } from "../testing/cycles.types.js";

export const LEARNING_LIMITS = { title: 200, body: 10000, targetGroup: 500, search: 200 } as const;

@ArgsType()
export class LearningsArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: "Swedish full-text search over title, text and target group (inflections match); ranked by relevance.",
  })
  @Length(0, LEARNING_LIMITS.search)
  @SingleLine()
  search?: string | null;

  @Field(() => String, { nullable: true, description: "Arena slug; all arenas when left out." })
  @SingleLine()
  arena?: string | null;

  @Field(() => ID, { nullable: true, description: "Only entries tagged with this strategic goal." })
  goalId?: string | null;

  @Field(() => Int, { nullable: true, description: "Only entries tagged with this Agenda 2030 goal (1–17)." })
  @IntRange(1, 17)
  agendaGoal?: number | null;

  @Field(() => CycleDecisionEnum, { nullable: true })
  @OneOf(Object.values(CycleDecisionEnum))
  outcome?: CycleDecisionEnum | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "Also unpublished entries you may read (the guidance team of their arena, the idea's bearers). Published entries only when false.",
  })
  includeInternal!: boolean;
}

@InputType({ description: "Fields left out are kept." })
export class UpdateLearningInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Length(1, LEARNING_LIMITS.title)
  @SingleLine()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Length(1, LEARNING_LIMITS.body)
  body?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, LEARNING_LIMITS.targetGroup)
  targetGroup?: string | null;
}
