import { and, eq } from "drizzle-orm";
import { Field, Int, ObjectType } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { strategicGoals } from "../strategy/strategy.tables.js";
import { StrategicGoal, toGoal } from "../strategy/strategy.types.js";
import { activitiesOfPlan, arenaPlans, subGoalsOfPlan } from "./plans.read.js";
import { Plan, PlanActivity, PlanSubGoal } from "./plans.types.js";

@ObjectType({
  description:
    "The follow-up report of one year and strategic goal: the sub-goals and activities of the year's plans under it, with their latest status, indicators, origins, deviations and money. Public for adopted plans.",
})
export class PlanReport {
  @Field(() => Int)
  year!: number;
  @Field(() => StrategicGoal)
  goal!: StrategicGoal;
  @Field(() => [Plan], { description: "The plans of the year the viewer may read: the action plan first, then the activity plans." })
  plans!: Plan[];
  @Field(() => [PlanSubGoal])
  subGoals!: PlanSubGoal[];
  @Field(() => [PlanActivity], { description: "Activities under the goal, by plan and sub-goal." })
  activities!: PlanActivity[];
}

/** The report's content: one statement for the goal and one for the plans, then the loaders' lists. */
export async function planReport(ctx: Context, arenaId: string, year: number, goalNumber: number): Promise<PlanReport | null> {
  const [goal] = await ctx.db
    .select()
    .from(strategicGoals)
    .where(and(eq(strategicGoals.arenaId, arenaId), eq(strategicGoals.number, goalNumber)))
    .limit(1);
  if (!goal) return null;
  const plans = await arenaPlans(ctx, arenaId, year);
  const subGoals = (await Promise.all(plans.map((p) => subGoalsOfPlan(ctx, p)))).flat().filter((s) => s.goalRawId === goal.id);
  const activities = (await Promise.all(plans.map((p) => activitiesOfPlan(ctx, p)))).flat().filter((a) => a.goalRawId === goal.id);
  const order = new Map(subGoals.map((s, i) => [s.rawId, i]));
  const planOrder = new Map(plans.map((p, i) => [p.rawId, i]));
  const rank = (a: PlanActivity) => planOrder.get(a.planRawId)! * 1e6 + (order.get(a.subGoalRawId ?? "") ?? 1e5);
  activities.sort((a, b) => rank(a) - rank(b));
  return Object.assign(new PlanReport(), { year, goal: toGoal(goal, ctx.locale), plans, subGoals, activities });
}
