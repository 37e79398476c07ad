import { Field, Int, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { swedishTodayIso } from "../../shared/clock.js";
import { SkrIndicatorGroupEnum } from "./strategy.vocabulary.js";
import { UserError } from "../../graphql/errors.js";
import { Node, toGlobalId } from "../../graphql/relay.js";
import type { Locale } from "../accounts/accounts.tables.js";
import type {
  agenda2030Goals,
  focusAreas,
  publicHealthTargetAreas,
  scaleUpSteps,
  skrIndicators,
  strategicGoals,
  strategies,
  strategyAreas,
} from "./strategy.tables.js";

const pick = (locale: Locale, sv: string, en: string) => (locale === "en" && en ? en : sv);

@ObjectType({ description: "One of the 17 global goals of Agenda 2030." })
export class Agenda2030Goal {
  @Field(() => Int)
  number!: number;
  @Field(() => String, { description: "Title in the caller's language." })
  title!: string;
}

@ObjectType({ description: "One of the eight national public-health target areas." })
export class PublicHealthTargetArea {
  @Field(() => Int)
  number!: number;
  @Field(() => String)
  title!: string;
}

@ObjectType({ description: "One of SKR's 22 indicators in 'Strategi för hälsa'." })
export class SkrIndicator {
  @Field(() => Int)
  number!: number;
  @Field(() => SkrIndicatorGroupEnum)
  group!: SkrIndicatorGroupEnum;
  @Field(() => String)
  title!: string;
}

@ObjectType({ description: "A step of SKR's four-step scale-up ladder." })
export class ScaleUpStep {
  @Field(() => Int)
  step!: number;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  description!: string;
}

@ObjectType({ implements: Node, description: "A focus area (fokusområde) under a strategic goal." })
export class FocusArea extends Node {
  rawId!: string;
  arenaRawId!: string;
  goalRawId!: string;
  @Field(() => String, { description: "e.g. 2.3" })
  code!: string;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  titleSv!: string;
  @Field(() => String)
  titleEn!: string;
}

@ObjectType({ implements: Node, description: "A strategic goal of a strategy." })
export class StrategicGoal extends Node {
  rawId!: string;
  arenaRawId!: string;
  @Field(() => Int)
  number!: number;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  titleSv!: string;
  @Field(() => String)
  titleEn!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "When the goal is next to be reviewed; null when no date is set." })
  reviewOn!: string | null;
  @Field(() => Boolean, { description: "Whether its review date is today or has passed." })
  reviewDue!: boolean;
  @Field(() => [FocusArea])
  focusAreas?: FocusArea[];
}

@ObjectType({ implements: Node, description: "An area of a strategy (e.g. Health, Education, Equality)." })
export class StrategyArea extends Node {
  rawId!: string;
  @Field(() => String)
  key!: string;
  @Field(() => String)
  name!: string;
  @Field(() => [StrategicGoal])
  goals?: StrategicGoal[];
}

@ObjectType({ implements: Node, description: "A regional strategy that ideas serve, e.g. a welfare strategy to 2030." })
export class Strategy extends Node {
  rawId!: string;
  @Field(() => String)
  key!: string;
  @Field(() => String)
  name!: string;
  @Field(() => String)
  overallGoal!: string;
  @Field(() => Int)
  fromYear!: number;
  @Field(() => Int)
  toYear!: number;
  @Field(() => [Agenda2030Goal], { description: "The Agenda 2030 goals the strategy works through." })
  agenda2030Goals?: Agenda2030Goal[];
  @Field(() => [StrategyArea])
  areas?: StrategyArea[];
}

@ObjectType({ description: "National and international frameworks that ideas and pilots can be tagged with." })
export class Frameworks {
  @Field(() => [Agenda2030Goal])
  agenda2030Goals!: Agenda2030Goal[];
  @Field(() => [PublicHealthTargetArea])
  publicHealthTargetAreas!: PublicHealthTargetArea[];
  @Field(() => [SkrIndicator])
  skrIndicators!: SkrIndicator[];
  @Field(() => [ScaleUpStep])
  scaleUpLadder!: ScaleUpStep[];
}

export const toAgendaGoal = (r: typeof agenda2030Goals.$inferSelect, l: Locale): Agenda2030Goal =>
  Object.assign(new Agenda2030Goal(), { number: r.number, title: pick(l, r.titleSv, r.titleEn) });
export const toTargetArea = (r: typeof publicHealthTargetAreas.$inferSelect, l: Locale): PublicHealthTargetArea =>
  Object.assign(new PublicHealthTargetArea(), { number: r.number, title: pick(l, r.titleSv, r.titleEn) });
export const toIndicator = (r: typeof skrIndicators.$inferSelect, l: Locale): SkrIndicator =>
  Object.assign(new SkrIndicator(), { number: r.number, group: r.group as SkrIndicatorGroupEnum, title: pick(l, r.titleSv, r.titleEn) });
export const toStep = (r: typeof scaleUpSteps.$inferSelect, l: Locale): ScaleUpStep =>
  Object.assign(new ScaleUpStep(), {
    step: r.step,
    title: pick(l, r.titleSv, r.titleEn),
    description: pick(l, r.descriptionSv, r.descriptionEn),
  });

export const toStrategy = (r: typeof strategies.$inferSelect, l: Locale): Strategy =>
  Object.assign(new Strategy(), {
    __typename: "Strategy",
    id: toGlobalId("Strategy", r.id),
    rawId: r.id,
    key: r.key,
    name: pick(l, r.nameSv, r.nameEn),
    overallGoal: pick(l, r.overallGoalSv, r.overallGoalEn),
    fromYear: r.fromYear,
    toYear: r.toYear,
  });
export const toArea = (r: typeof strategyAreas.$inferSelect, l: Locale): StrategyArea =>
  Object.assign(new StrategyArea(), {
    __typename: "StrategyArea",
    id: toGlobalId("StrategyArea", r.id),
    rawId: r.id,
    key: r.key,
    name: pick(l, r.nameSv, r.nameEn),
  });
export const toGoal = (r: typeof strategicGoals.$inferSelect, l: Locale): StrategicGoal =>
  Object.assign(new StrategicGoal(), {
    __typename: "StrategicGoal",
    id: toGlobalId("StrategicGoal", r.id),
    rawId: r.id,
    arenaRawId: r.arenaId,
    number: r.number,
    title: pick(l, r.titleSv, r.titleEn),
    titleSv: r.titleSv,
    titleEn: r.titleEn,
    reviewOn: r.reviewOn,
    reviewDue: r.reviewOn !== null && r.reviewOn <= swedishTodayIso(),
  });
export const toFocusArea = (r: typeof focusAreas.$inferSelect, l: Locale): FocusArea =>
  Object.assign(new FocusArea(), {
    __typename: "FocusArea",
    id: toGlobalId("FocusArea", r.id),
    rawId: r.id,
    arenaRawId: r.arenaId,
    goalRawId: r.goalId,
    code: r.code,
    title: pick(l, r.titleSv, r.titleEn),
    titleSv: r.titleSv,
    titleEn: r.titleEn,
  });

@ObjectType()
export class StrategicGoalPayload {
  @Field(() => StrategicGoal, { nullable: true })
  goal!: StrategicGoal | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class FocusAreaPayload {
  @Field(() => FocusArea, { nullable: true })
  focusArea!: FocusArea | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
