import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Arena } from "../partnership/partnership.types.js";
import {
  funnelView,
  guidesLoadView,
  insightFor,
  promisesView,
  reachView,
  referralsView,
  spreadView,
  stageTimesView,
  testOutcomesView,
} from "./insight.service.js";
import {
  FunnelRow,
  GuideLoadRow,
  Insight,
  InsightFilter,
  PromiseRow,
  ReachRow,
  ReferralRow,
  SpreadFigure,
  StageTimeRow,
  TestOutcomesFigure,
} from "./insight.types.js";

@Resolver(() => Arena)
export class ArenaInsightResolver {
  @FieldResolver(() => Insight, { description: "The arena's dashboard, narrowed by the filter. Public; see Insight for what is withheld." })
  insight(
    @Root() arena: Arena,
    @Ctx() ctx: Context,
    @Arg("filter", () => InsightFilter, { nullable: true }) filter?: InsightFilter | null,
  ) {
    return insightFor(ctx, arena.rawId, filter);
  }
}

/** Each figure set is one SQL aggregate, run only when asked for. */
@Resolver(() => Insight)
export class InsightResolver {
  @FieldResolver(() => [FunnelRow], { description: "Per period, then a total row (period null)." })
  funnel(@Root() i: Insight, @Ctx() ctx: Context) {
    return funnelView(ctx, i);
  }

  @FieldResolver(() => [StageTimeRow])
  stageTimes(@Root() i: Insight, @Ctx() ctx: Context) {
    return stageTimesView(ctx, i);
  }

  @FieldResolver(() => [PromiseRow])
  promises(@Root() i: Insight, @Ctx() ctx: Context) {
    return promisesView(ctx, i);
  }

  @FieldResolver(() => [ReferralRow])
  referrals(@Root() i: Insight, @Ctx() ctx: Context) {
    return referralsView(ctx, i);
  }

  @FieldResolver(() => [ReachRow])
  reach(@Root() i: Insight, @Ctx() ctx: Context) {
    return reachView(ctx, i);
  }

  @FieldResolver(() => TestOutcomesFigure)
  testOutcomes(@Root() i: Insight, @Ctx() ctx: Context) {
    return testOutcomesView(ctx, i);
  }

  @FieldResolver(() => SpreadFigure)
  spread(@Root() i: Insight, @Ctx() ctx: Context) {
    return spreadView(ctx, i);
  }

  @FieldResolver(() => [GuideLoadRow], { nullable: true, description: "Staff only (null for others): it names the guides." })
  guidesLoad(@Root() i: Insight, @Ctx() ctx: Context) {
    return guidesLoadView(ctx, i);
  }
}
