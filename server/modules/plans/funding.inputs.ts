import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { ValidateNested } from "class-validator";
import { IntRange, Length, OneOf, SingleLine } from "../../graphql/validation.js";
import { FundingEntryKindEnum, FundingPlanKindEnum, MAX_AMOUNT, WHOLE } from "./funding.vocabulary.js";

@InputType()
export class DistributionShareInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => Int, { description: "Basis points: 10,000 is 100 %." })
  @IntRange(0, WHOLE)
  basisPoints!: number;
}

@InputType({ description: "A new version of the arena's distribution key for a year, as a decided matter set it." })
export class SetDistributionKeyInput {
  @Field(() => ID)
  arenaId!: string;

  @Field(() => Int)
  @IntRange(2000, 2100)
  year!: number;

  @Field(() => ID, { description: "The matter whose approving decision set the key." })
  matterId!: string;

  @Field(() => String, { defaultValue: "" })
  @Length(0, 500)
  @SingleLine()
  note!: string;

  @Field(() => [DistributionShareInput])
  @ValidateNested({ each: true })
  shares!: DistributionShareInput[];
}

@InputType({
  description:
    "A funding plan: for an activity (activityId), a matter (matterId) or the kansli's costs of a year (arenaId). The split uses the key in force for the year.",
})
export class CreateFundingPlanInput {
  @Field(() => FundingPlanKindEnum)
  @OneOf(Object.values(FundingPlanKindEnum))
  kind!: FundingPlanKindEnum;

  @Field(() => ID, { nullable: true })
  activityId?: string | null;

  @Field(() => ID, { nullable: true })
  matterId?: string | null;

  @Field(() => ID, { nullable: true, description: "For the kansli's costs." })
  arenaId?: string | null;

  @Field(() => Int)
  @IntRange(2000, 2100)
  year!: number;

  @Field(() => String)
  @Length(3, 200)
  @SingleLine()
  title!: string;

  @Field(() => Int, { description: "Whole kronor." })
  @IntRange(0, MAX_AMOUNT)
  totalAmount!: number;

  @Field(() => Int, { defaultValue: 5000, description: "The region's share in basis points; 5,000 (50 %) unless said otherwise." })
  @IntRange(0, WHOLE)
  regionBasisPoints!: number;
}

@InputType({ description: "A party's actual cost or payment against a funding plan." })
export class RecordFundingEntryInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => FundingEntryKindEnum)
  @OneOf(Object.values(FundingEntryKindEnum))
  kind!: FundingEntryKindEnum;

  @Field(() => Int, { description: "Whole kronor, more than 0." })
  @IntRange(1, MAX_AMOUNT)
  amount!: number;

  @Field(() => LocalDateResolver)
  occurredOn!: string;

  @Field(() => String, { defaultValue: "" })
  @Length(0, 500)
  @SingleLine()
  note!: string;
}
