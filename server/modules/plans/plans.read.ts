import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { manyLoader, oneLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { indicators } from "../indicators/indicators.tables.js";
import { type Indicator, toIndicator } from "../indicators/indicators.types.js";
import { mayReadPlan, planRights } from "./plans.access.js";
import { activityIndicators, activityOrigins, activityUpdates, planActivities, planSubGoals, plans } from "./plans.tables.js";
import {
  type ActivityOrigin,
  type ActivityUpdate,
  type Plan,
  type PlanActivity,
  type PlanSubGoal,
  toActivity,
  toOrigin,
  toPlan,
  toSubGoal,
  toUpdate,
} from "./plans.types.js";

// Reading plans: one statement per list through per-request loaders, so that the plan page and
// the report cost the same at 10 and at 100 activities.

export function createPlanLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    planById: rowByIdLoader(db, plans),
    planSubGoalById: rowByIdLoader(db, planSubGoals),
    planActivityById: rowByIdLoader(db, planActivities),
    activityUpdateById: rowByIdLoader(db, activityUpdates),
    subGoalsByPlan: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(planSubGoals)
          .where(inArray(planSubGoals.planId, ids(k)))
          .orderBy(asc(planSubGoals.sort), asc(planSubGoals.createdAt)),
      (r) => r.planId,
    ),
    activitiesByPlan: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(planActivities)
          .where(inArray(planActivities.planId, ids(k)))
          .orderBy(asc(planActivities.sort), asc(planActivities.createdAt)),
      (r) => r.planId,
    ),
    originsByActivity: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(activityOrigins)
          .where(inArray(activityOrigins.activityId, ids(k)))
          .orderBy(asc(activityOrigins.createdAt)),
      (r) => r.activityId,
    ),
    indicatorsByActivity: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ activityId: activityIndicators.activityId, indicator: indicators })
          .from(activityIndicators)
          .innerJoin(indicators, eq(indicators.id, activityIndicators.indicatorId))
          .where(inArray(activityIndicators.activityId, ids(k)))
          .orderBy(asc(indicators.skrNumber), asc(indicators.key)),
      (r) => r.activityId,
    ),
    updatesByActivity: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(activityUpdates)
          .where(inArray(activityUpdates.activityId, ids(k)))
          .orderBy(desc(activityUpdates.reportedOn), desc(activityUpdates.createdAt)),
      (r) => r.activityId,
    ),
    /** The activities an idea became, with their plan's status and owner for the read check. */
    activitiesByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: activityOrigins.ideaId, activity: planActivities, planStatus: plans.status, planBodyId: plans.bodyId })
          .from(activityOrigins)
          .innerJoin(planActivities, eq(planActivities.id, activityOrigins.activityId))
          .innerJoin(plans, eq(plans.id, planActivities.planId))
          .where(inArray(activityOrigins.ideaId, ids(k)))
          .orderBy(desc(plans.year), asc(planActivities.createdAt)),
      (r) => r.ideaId!,
    ),
    planByAdoptionMatter: oneLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(plans)
          .where(inArray(plans.adoptionMatterId, ids(k))),
      (r) => r.adoptionMatterId!,
    ),
  };
}

type PlanRow = typeof plans.$inferSelect;

async function readablePlan(ctx: Context, row: PlanRow | null | undefined): Promise<Plan | null> {
  if (!row) return null;
  return mayReadPlan(await planRights(ctx, row.arenaId), row) ? toPlan(row) : null;
}

export async function planById(ctx: Context, id: string): Promise<Plan | null> {
  return readablePlan(ctx, await ctx.loaders.planById.load(id));
}

/** The arena's plans of a year the viewer may read: the action plan first, then the bodies' activity plans. */
export async function arenaPlans(ctx: Context, arenaId: string, year: number): Promise<Plan[]> {
  const rows = await ctx.db
    .select()
    .from(plans)
    .where(and(eq(plans.arenaId, arenaId), eq(plans.year, year)))
    .orderBy(asc(plans.kind), asc(plans.title));
  const rights = await planRights(ctx, arenaId);
  for (const r of rows) ctx.loaders.planById.prime(r.id, r);
  return rows.filter((r) => mayReadPlan(rights, r)).map(toPlan);
}

/** One plan of a year: the body's, or by default the action plan. */
export async function arenaPlan(ctx: Context, arenaId: string, year: number, bodyId: string | null): Promise<Plan | null> {
  const list = await arenaPlans(ctx, arenaId, year);
  return list.find((p) => (bodyId ? p.bodyRawId === bodyId : p.kind === "action_plan")) ?? null;
}

export async function subGoalsOfPlan(ctx: Context, plan: Plan): Promise<PlanSubGoal[]> {
  return (await ctx.loaders.subGoalsByPlan.load(plan.rawId)).map(toSubGoal);
}

export async function activitiesOfPlan(ctx: Context, plan: Plan): Promise<PlanActivity[]> {
  const rows = await ctx.loaders.activitiesByPlan.load(plan.rawId);
  for (const r of rows) ctx.loaders.planActivityById.prime(r.id, r);
  return rows.map(toActivity);
}

/** An activity, sub-goal or update is read with its plan. */
export async function activityById(ctx: Context, id: string): Promise<PlanActivity | null> {
  const row = await ctx.loaders.planActivityById.load(id);
  return row && (await planById(ctx, row.planId)) ? toActivity(row) : null;
}

export async function subGoalById(ctx: Context, id: string): Promise<PlanSubGoal | null> {
  const row = await ctx.loaders.planSubGoalById.load(id);
  return row && (await planById(ctx, row.planId)) ? toSubGoal(row) : null;
}

export async function updateById(ctx: Context, id: string): Promise<ActivityUpdate | null> {
  const row = await ctx.loaders.activityUpdateById.load(id);
  return row && (await activityById(ctx, row.activityId)) ? toUpdate(row) : null;
}

export async function updatesOfActivity(ctx: Context, a: PlanActivity): Promise<ActivityUpdate[]> {
  return (await ctx.loaders.updatesByActivity.load(a.rawId)).map(toUpdate);
}

export async function originsOfActivity(ctx: Context, a: PlanActivity): Promise<ActivityOrigin[]> {
  return (await ctx.loaders.originsByActivity.load(a.rawId)).map(toOrigin);
}

export async function indicatorsOfActivity(ctx: Context, a: PlanActivity): Promise<Indicator[]> {
  return (await ctx.loaders.indicatorsByActivity.load(a.rawId)).map((r) => toIndicator(r.indicator, ctx.locale));
}

/** The activities an idea became, of plans the viewer may read (whoever reads the idea sees where it went). */
export async function activitiesOfIdea(ctx: Context, idea: { rawId: string; arenaRawId: string }): Promise<PlanActivity[]> {
  const rows = await ctx.loaders.activitiesByIdea.load(idea.rawId);
  const rights = await planRights(ctx, idea.arenaRawId);
  const readable = rows.filter((r) => mayReadPlan(rights, { status: r.planStatus, bodyId: r.planBodyId }));
  // An idea linked twice to one activity (as the idea and as its pilot) lists the activity once.
  return [...new Map(readable.map((r) => [r.activity.id, r.activity])).values()].map(toActivity);
}
