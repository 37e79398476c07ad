import { ValidateNested } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay.js";
import { Length, OneOf, SingleLine } from "../../graphql/validation.js";
import { NextStepFilterEnum, SupportNeedKindEnum, SupportNeedStatusEnum } from "./sessions.types.js";

export const SESSION_LIMITS = {
  participants: 1000,
  notes: 10_000,
  stepTitle: 300,
  ownerLabel: 200,
  stepsPerSession: 20,
  needNotes: 5000,
} as const;

@InputType({
  description: "A next step: a person with an account (ownerId) or a label (ownerLabel) is responsible; one of them, not both.",
})
export class NextStepDraftInput {
  @Field(() => String)
  @Length(1, SESSION_LIMITS.stepTitle)
  @SingleLine()
  title!: string;

  @Field(() => ID, { nullable: true, description: "A bearer, co-bearer or guidance team member of the idea." })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: "e.g. “idébäraren”, “Coompanion”, when the one responsible has no account." })
  @Length(0, SESSION_LIMITS.ownerLabel)
  @SingleLine()
  ownerLabel?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Today or later." })
  dueOn?: string | null;
}

@InputType()
export class RecordGuidanceSessionInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => LocalDateResolver, { description: "When the session was held: today or earlier." })
  heldOn!: string;

  @Field(() => String, { nullable: true })
  @Length(0, SESSION_LIMITS.participants)
  participants?: string | null;

  @Field(() => String, { nullable: true, description: "Shared with the bearers." })
  @Length(0, SESSION_LIMITS.notes)
  sharedNotes?: string | null;

  @Field(() => String, { nullable: true, description: "For the guidance team only; never shown to the bearers." })
  @Length(0, SESSION_LIMITS.notes)
  internalNotes?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, SESSION_LIMITS.notes)
  advice?: string | null;

  @Field(() => [NextStepDraftInput], { nullable: true, description: `The next steps agreed (at most ${SESSION_LIMITS.stepsPerSession}).` })
  @ValidateNested({ each: true })
  nextSteps?: NextStepDraftInput[] | null;
}

@InputType({ description: "Fields left out are kept." })
export class UpdateGuidanceSessionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  heldOn?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, SESSION_LIMITS.participants)
  participants?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, SESSION_LIMITS.notes)
  sharedNotes?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, SESSION_LIMITS.notes)
  internalNotes?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, SESSION_LIMITS.notes)
  advice?: string | null;
}

@InputType()
export class AddNextStepInput extends NextStepDraftInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => ID, { nullable: true, description: "The session it was agreed at, if any." })
  sessionId?: string | null;
}

@InputType({
  description:
    "Fields left out are kept. Giving ownerId makes a person responsible (and clears the label); giving ownerLabel makes a label responsible (and clears the person). dueOn null clears the due date.",
})
export class UpdateNextStepInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Length(1, SESSION_LIMITS.stepTitle)
  @SingleLine()
  title?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, SESSION_LIMITS.ownerLabel)
  @SingleLine()
  ownerLabel?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  dueOn?: string | null;
}

@InputType()
export class SetNextStepDoneInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: "false reopens it." })
  done!: boolean;
}

@InputType({
  description:
    "Sets a need of the support plan: without `id`, the idea's need of that kind is created or updated (OTHER always creates a new one); with `id`, that need is updated.",
})
export class SetSupportNeedInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => SupportNeedKindEnum)
  @OneOf(Object.values(SupportNeedKindEnum))
  kind!: SupportNeedKindEnum;

  @Field(() => SupportNeedStatusEnum, { defaultValue: SupportNeedStatusEnum.OPEN })
  @OneOf(Object.values(SupportNeedStatusEnum))
  status!: SupportNeedStatusEnum;

  @Field(() => String, { nullable: true, description: "Required for OTHER: what is needed." })
  @Length(0, SESSION_LIMITS.needNotes)
  notes?: string | null;
}

@ArgsType()
export class MyNextStepsArgs extends ConnectionArgs {
  @Field(() => NextStepFilterEnum, { defaultValue: NextStepFilterEnum.OPEN })
  filter!: NextStepFilterEnum;
}
