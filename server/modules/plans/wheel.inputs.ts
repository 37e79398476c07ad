import { Field, ID, InputType, Int } from "type-graphql";
import { RoleEnum } from "../accounts/accounts.vocabulary.js";
import { IntRange, Length, OneOf, SingleLine } from "../../graphql/validation.js";
import { WheelAudienceEnum } from "./wheel.vocabulary.js";

export const WHEEL_LIMITS = { title: 200, description: 2000, remindWorkingDays: 60 } as const;

@InputType({ description: "What a milestone of the annual wheel says; the kansli writes it." })
export class WheelMilestoneFields {
  @Field(() => Int)
  @IntRange(1, 12)
  month!: number;

  @Field(() => Int, { nullable: true })
  day?: number | null;

  @Field(() => ID, { nullable: true, description: "The body that acts, if any." })
  bodyId?: string | null;

  @Field(() => String)
  @Length(3, WHEEL_LIMITS.title)
  @SingleLine()
  titleSv!: string;

  @Field(() => String, { defaultValue: "" })
  @Length(0, WHEEL_LIMITS.title)
  @SingleLine()
  titleEn!: string;

  @Field(() => String, { defaultValue: "" })
  @Length(0, WHEEL_LIMITS.description)
  descriptionSv!: string;

  @Field(() => String, { defaultValue: "" })
  @Length(0, WHEEL_LIMITS.description)
  descriptionEn!: string;

  @Field(() => WheelAudienceEnum, { defaultValue: WheelAudienceEnum.KANSLI })
  @OneOf(Object.values(WheelAudienceEnum))
  audience!: WheelAudienceEnum;

  @Field(() => RoleEnum, { nullable: true })
  audienceRole?: RoleEnum | null;

  @Field(() => Int, { defaultValue: 10 })
  @IntRange(0, WHEEL_LIMITS.remindWorkingDays)
  remindWorkingDays!: number;
}

@InputType()
export class CreateWheelMilestoneInput extends WheelMilestoneFields {
  @Field(() => ID)
  arenaId!: string;
}

@InputType({ description: "Replaces what a milestone says; `version` is the one you read." })
export class UpdateWheelMilestoneInput extends WheelMilestoneFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class DeleteWheelMilestoneInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}
