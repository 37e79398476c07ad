import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Organisation } from "../partnership/partnership.types.js";
import { FundingEntryKindEnum, FundingPlanKindEnum } from "./funding.vocabulary.js";

@ObjectType({ description: "A party's share of a distribution key." })
export class DistributionShare {
  organisationRawId!: string;

  @Field(() => Organisation)
  organisation?: Organisation;

  @Field(() => Int, { description: "In basis points: 10,000 is 100 %." })
  basisPoints!: number;
}

@ObjectType({
  implements: Node,
  description: "One version of an arena's distribution key for a year, decided by a matter. Older versions are kept.",
})
export class DistributionKey extends Node {
  rawId!: string;
  matterRawId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: "1, 2, …: a change is a new version." })
  version!: number;

  @Field(() => ID, { description: "The matter whose decision set this version." })
  decidedByMatterId!: string;

  @Field(() => String)
  note!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => [DistributionShare], { description: "The municipalities' shares, largest first; they sum to 10,000." })
  shares!: DistributionShare[];
}

@ObjectType({ description: "What a party has committed to a plan (or a year), the costs it carried and what it paid." })
export class FundingParty {
  organisationRawId!: string;

  @Field(() => Organisation)
  organisation?: Organisation;

  @Field(() => Boolean, { description: "The region (its share), not a municipality (a part of the rest by the key)." })
  isRegion!: boolean;

  @Field(() => Int, { description: "Committed, whole kronor." })
  committed!: number;

  @Field(() => Int, { description: "Actual costs recorded, whole kronor." })
  spent!: number;

  @Field(() => Int, { description: "Payments recorded, whole kronor." })
  paid!: number;
}

@ObjectType({ implements: Node, description: "An actual cost or a payment of a party against a funding plan." })
export class FundingEntry extends Node {
  organisationRawId!: string;

  @Field(() => Organisation)
  organisation?: Organisation;

  @Field(() => FundingEntryKindEnum)
  kind!: FundingEntryKindEnum;

  @Field(() => Int)
  amount!: number;

  @Field(() => LocalDateResolver)
  occurredOn!: string;

  @Field(() => String)
  note!: string;
}

@ObjectType({
  implements: Node,
  description:
    "What an activity, a matter or the kansli's year costs and who pays: the region its share, the municipalities the rest by the key version pinned when the plan was made. For the partnership's members and the kansli.",
})
export class FundingPlan extends Node {
  rawId!: string;
  arenaRawId!: string;
  keyRawId!: string;

  @Field(() => FundingPlanKindEnum)
  kind!: FundingPlanKindEnum;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: "Whole kronor." })
  totalAmount!: number;

  @Field(() => Int, { description: "The region's share in basis points (5,000 = 50 %)." })
  regionBasisPoints!: number;

  @Field(() => Int)
  regionAmount!: number;

  @Field(() => Int, { description: "The municipalities' part, split by the key." })
  municipalitiesAmount!: number;

  @Field(() => Int, { description: "The version of the distribution key the split used." })
  keyVersion!: number;

  @Field(() => [FundingParty], { description: "The region first, then the municipalities, largest share first." })
  parties!: FundingParty[];

  @Field(() => Int)
  spent!: number;

  @Field(() => Int)
  paid!: number;

  @Field(() => [FundingEntry], { description: "Costs and payments, latest first." })
  entries!: FundingEntry[];
}

@ObjectType({ description: "An arena's co-funding in a year: every plan, and per party what it has committed and paid." })
export class FundingYear {
  @Field(() => Int)
  year!: number;

  @Field(() => DistributionKey, { nullable: true, description: "The key in force: the year's latest version." })
  key!: DistributionKey | null;

  @Field(() => [FundingParty], { description: "Summed over the year's plans: the region first, then the municipalities by name." })
  parties!: FundingParty[];

  @Field(() => [FundingPlan])
  plans!: FundingPlan[];
}

@ObjectType()
export class DistributionKeyPayload {
  @Field(() => DistributionKey, { nullable: true })
  key!: DistributionKey | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class FundingPlanPayload {
  @Field(() => FundingPlan, { nullable: true })
  plan!: FundingPlan | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const planGlobalId = (id: string) => toGlobalId("FundingPlan", id);
