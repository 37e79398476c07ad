import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { SectorEnum } from "../partnership/partnership.vocabulary.js";
import { IdeaStageEnum } from "../ideas/ideas.types.js";
import { ReferralStatusEnum } from "../support/support.types.js";
import type { InsightScope } from "./insight.scope.js";
import { SMALL_NUMBER_THRESHOLD } from "./insight.rules.js";

@InputType({ description: "Narrows the dashboard. Every field is optional; none means the arena's whole history." })
export class InsightFilter {
  @Field(() => Int, { nullable: true, description: "A calendar year (Swedish time). With it, the funnel is per quarter." })
  year?: number | null;
  @Field(() => ID, { nullable: true, description: "A strategic goal of the arena: ideas linked to it." })
  goalId?: string | null;
  @Field(() => ID, { nullable: true, description: "A county part: ideas placed in it or in one of its municipalities." })
  countyPartId?: string | null;
  @Field(() => SectorEnum, { nullable: true, description: "The bearer's sector as given on the idea." })
  sector?: SectorEnum | null;
}

@ObjectType({
  description: `A count that may be withheld. Counts from 1 to ${SMALL_NUMBER_THRESHOLD - 1} could identify a bearer: they are shown to the arena's staff only; others get value null and suppressed true. Zero is shown to all.`,
})
export class InsightCount {
  @Field(() => Int, { nullable: true })
  value!: number | null;
  @Field(() => Boolean)
  suppressed!: boolean;
}

@ObjectType({ description: "Ideas that reached each step of the funnel in a period (an idea counts once per step and period)." })
export class FunnelRow {
  @Field(() => String, { nullable: true, description: "'2025' without a year filter, '2025-Q1' with one; null on the total row." })
  period!: string | null;
  @Field(() => InsightCount, { description: "Submitted." })
  submitted!: InsightCount;
  @Field(() => InsightCount, { description: "Accepted: triaged to guidance." })
  accepted!: InsightCount;
  @Field(() => InsightCount, { description: "Tested: moved to testing." })
  tested!: InsightCount;
  @Field(() => InsightCount, { description: "Advanced: moved to scaling." })
  advanced!: InsightCount;
  @Field(() => InsightCount, { description: "Adopted." })
  adopted!: InsightCount;
}

@ObjectType({ description: "Days ideas stayed in a stage, over completed stays that began in the period." })
export class StageTimeRow {
  @Field(() => IdeaStageEnum)
  stage!: IdeaStageEnum;
  @Field(() => InsightCount, { description: "Completed stays, the base of the figures." })
  stays!: InsightCount;
  @Field(() => Float, { nullable: true, description: "Median days; null with no stays or when the base is suppressed." })
  medianDays!: number | null;
  @Field(() => Float, { nullable: true, description: "90th percentile in days (continuous)." })
  p90Days!: number | null;
}

export enum PromiseKindEnum {
  ACKNOWLEDGEMENT = "acknowledgement",
  DECISION = "decision",
}
registerEnumType(PromiseKindEnum, {
  name: "PromiseKind",
  description: "ACKNOWLEDGEMENT: the bearer hears back by the promised date; DECISION: a guidance decision by its promised date.",
});

@ObjectType({ description: "Feedback promises of ideas submitted in the period: due (date passed or met) and kept on time." })
export class PromiseRow {
  @Field(() => PromiseKindEnum)
  kind!: PromiseKindEnum;
  @Field(() => InsightCount)
  due!: InsightCount;
  @Field(() => InsightCount)
  kept!: InsightCount;
  @Field(() => Float, {
    nullable: true,
    description: "kept / due in percent, one decimal; null when nothing is due or the base is suppressed.",
  })
  keptPercent!: number | null;
}

@ObjectType({ description: "Referrals sent in the period, per status (the outcome so far)." })
export class ReferralRow {
  @Field(() => ReferralStatusEnum)
  status!: ReferralStatusEnum;
  @Field(() => InsightCount)
  sent!: InsightCount;
  @Field(() => InsightCount, { description: "Receipt confirmed by the date asked." })
  answeredInTime!: InsightCount;
  @Field(() => InsightCount, { description: "Receipt confirmed after it." })
  answeredLate!: InsightCount;
  @Field(() => InsightCount, { description: "Not confirmed, and the date has passed." })
  overdue!: InsightCount;
}

export enum ReachDimensionEnum {
  SECTOR = "sector",
  MUNICIPALITY = "municipality",
  COUNTY_PART = "county_part",
  TARGET_GROUP = "target_group",
  GOAL = "goal",
}
registerEnumType(ReachDimensionEnum, { name: "ReachDimension", description: "What the reach figure groups ideas by." });

@ObjectType({
  description: "Ideas submitted in the period, per value of a dimension. An idea may count under several municipalities or goals.",
})
export class ReachRow {
  @Field(() => ReachDimensionEnum)
  dimension!: ReachDimensionEnum;
  @Field(() => String, { description: "A stable key within the dimension (a sector value, a global id, a target group in lower case)." })
  key!: string;
  @Field(() => String, { description: "What to show, in the caller's language where the value is ours." })
  label!: string;
  @Field(() => InsightCount)
  ideas!: InsightCount;
}

@ObjectType({
  description: "Measures against target (MET, NOT_MET, INCONCLUSIVE) and cycle decisions (RETEST, PIVOT, ADVANCE, STOP) in the period.",
})
export class TestOutcomesFigure {
  @Field(() => InsightCount)
  met!: InsightCount;
  @Field(() => InsightCount)
  notMet!: InsightCount;
  @Field(() => InsightCount)
  inconclusive!: InsightCount;
  @Field(() => InsightCount)
  retest!: InsightCount;
  @Field(() => InsightCount)
  pivot!: InsightCount;
  @Field(() => InsightCount)
  advance!: InsightCount;
  @Field(() => InsightCount)
  stop!: InsightCount;
}

@ObjectType({ description: "A municipality's adoptions by status (recorded or changed in the period)." })
export class AdoptionRow {
  @Field(() => ID, { description: "The municipality (Organisation)." })
  municipalityId!: string;
  @Field(() => String)
  municipality!: string;
  @Field(() => InsightCount)
  planned!: InsightCount;
  @Field(() => InsightCount)
  testing!: InsightCount;
  @Field(() => InsightCount)
  adopted!: InsightCount;
  @Field(() => InsightCount)
  declined!: InsightCount;
}

@ObjectType({ description: "Ideas whose latest ladder step (recorded in the period) is this one." })
export class LadderRow {
  @Field(() => Int)
  step!: number;
  @Field(() => InsightCount)
  ideas!: InsightCount;
}

@ObjectType({ description: "Spread: adoptions per municipality and the scale-up ladder's distribution." })
export class SpreadFigure {
  @Field(() => [AdoptionRow])
  adoptions!: AdoptionRow[];
  @Field(() => [LadderRow])
  ladder!: LadderRow[];
}

@ObjectType({ description: "A guide's load. Staff only: it names people and the ideas they carry." })
export class GuideLoadRow {
  @Field(() => String)
  guide!: string;
  @Field(() => Int, { description: "Assigned ideas still being worked on." })
  openIdeas!: number;
  @Field(() => Int, { description: "All assigned ideas within the filter." })
  ideas!: number;
  @Field(() => Int, { description: "Guidance sessions held on them in the period." })
  sessions!: number;
}

@ObjectType({
  description:
    "The arena's dashboard (issue 15): figures from the event history in SQL aggregates. Public to all; counts that could identify a bearer are withheld from all but the arena's staff (InsightCount), and guides' load is staff only.",
})
export class Insight {
  scope!: InsightScope;
  /** Names the filter and the arena's change marker: the figures' cache key. */
  key!: string;
  staff!: boolean;

  @Field(() => Boolean, {
    description: "Whether the caller is staff of the arena (coordinator, guide, researcher, admin) and sees every cell.",
  })
  viewerIsStaff!: boolean;
  @Field(() => Int, { description: "Counts below this are withheld from non-staff." })
  threshold!: number;
  @Field(() => Int, { nullable: true })
  year!: number | null;
}

/** A count as a reader may see it. */
export function countFor(n: number, staff: boolean): InsightCount {
  if (staff || n === 0 || n >= SMALL_NUMBER_THRESHOLD) return { value: n, suppressed: false };
  return { value: null, suppressed: true };
}
