import { eq } from "drizzle-orm";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { isAdminAnywhere } from "../auth/sessions.js";
import { toUser } from "../modules/accounts/accounts.types.js";
import { commentById } from "../modules/discussion/discussion.service.js";
import { nextStepById } from "../modules/guidance/next-steps.service.js";
import { sessionById } from "../modules/guidance/sessions.service.js";
import { supportNeedById } from "../modules/guidance/support-plan.service.js";
import { ideaById } from "../modules/ideas/ideas.service.js";
import { notificationById, outboxMailById } from "../modules/notifications/notifications.service.js";
import { bodyMemberships } from "../modules/partnership/partnership.tables.js";
import { toArena, toBody, toCountyPart, toMembership, toOrganisation } from "../modules/partnership/partnership.types.js";
import { focusAreas, strategicGoals, strategies, strategyAreas } from "../modules/strategy/strategy.tables.js";
import { supportActorById } from "../modules/support/actors.service.js";
import { referralById } from "../modules/support/referrals.service.js";
import { cycleById, measureById, measurementById } from "../modules/testing/cycles.service.js";
import { learningById } from "../modules/learning/learning.service.js";
import { accessRequestById } from "../modules/research/access-requests.service.js";
import { evaluationById } from "../modules/research/evaluations.service.js";
import { pilotById } from "../modules/research/register.service.js";
import { meetingById } from "../modules/matters/meetings.service.js";
import { assignmentById, decisionById } from "../modules/matters/decisions.service.js";
import { matterById } from "../modules/matters/matters.service.js";
import { indicatorById, seriesById } from "../modules/indicators/indicators.read.js";
import { activityById, planById, subGoalById, updateById } from "../modules/plans/plans.read.js";
import { wheelMilestoneById } from "../modules/plans/wheel.service.js";
import { fundingPlanById } from "../modules/plans/funding.service.js";
import { toArea, toFocusArea, toGoal, toStrategy } from "../modules/strategy/strategy.types.js";
import type { Context } from "./context.js";
import { Node, fromGlobalId } from "./relay.js";

type Fetch = (ctx: Context, id: string) => Promise<Node | null>;
const first = <T>(rows: T[]) => rows[0] ?? null;

/** How each Node type is refetched by id; objects run their own field-level checks after. */
const fetchers: Record<string, Fetch> = {
  Idea: (ctx, id) => ideaById(ctx, id),
  Comment: (ctx, id) => commentById(ctx, id),
  // Guidance is read by the idea's bearers and its arena's guidance team only.
  GuidanceSession: (ctx, id) => sessionById(ctx, id),
  NextStep: (ctx, id) => nextStepById(ctx, id),
  SupportNeed: (ctx, id) => supportNeedById(ctx, id),
  // The registry is public; a referral is read by those who may read its idea's referrals.
  SupportActor: (ctx, id) => supportActorById(ctx, id),
  Referral: (ctx, id) => referralById(ctx, id),
  // Test cycles are read with their idea by those with at least member access.
  TestCycle: (ctx, id) => cycleById(ctx, id),
  CycleMeasure: (ctx, id) => measureById(ctx, id),
  Measurement: (ctx, id) => measurementById(ctx, id),
  // Published learnings are read by anyone; internal ones by the arena's team and the idea's bearers.
  Learning: (ctx, id) => learningById(ctx, id),
  // Evaluations: the team and researchers who read the idea; the bearers once shared.
  Evaluation: (ctx, id) => evaluationById(ctx, id),
  // A matter is read in full by its arena's kansli, beredning and bodies' members; by its ideas' bearers and, once decided in public, by anyone, without notes.
  Matter: (ctx, id) => matterById(ctx, id),
  // Access requests: their researcher and the idea's bearers. Pilots: the viewer's register.
  AccessRequest: (ctx, id) => accessRequestById(ctx, id),
  Pilot: (ctx, id) => pilotById(ctx, id),
  // A body's meetings are public (their minutes once published, see AgendaItem.minutes).
  Meeting: (ctx, id) => meetingById(ctx, id),
  // Decisions and their assignments: public with the minutes, before that for the arena's bodies and kansli.
  MatterDecision: (ctx, id) => decisionById(ctx, id),
  Assignment: (ctx, id) => assignmentById(ctx, id),
  // Only their owner sees notifications; only administrators read the outbox.
  Notification: (ctx, id) => notificationById(ctx, id),
  OutboxMail: async (ctx, id) => (isAdminAnywhere(ctx.viewer) ? outboxMailById(ctx, id) : null),
  // The annual wheel is public; funding plans are for the partnership's members and the kansli.
  WheelMilestone: (ctx, id) => wheelMilestoneById(ctx, id),
  FundingPlan: (ctx, id) => fundingPlanById(ctx, id),
  Arena: async (ctx, id) => {
    const r = await ctx.loaders.arenaById.load(id);
    return r && toArena(r, ctx.locale);
  },
  CountyPart: async (ctx, id) => {
    const r = await ctx.loaders.countyPartById.load(id);
    return r && toCountyPart(r);
  },
  Organisation: async (ctx, id) => {
    const r = await ctx.loaders.organisationById.load(id);
    return r && toOrganisation(r);
  },
  Body: async (ctx, id) => {
    const r = await ctx.loaders.bodyById.load(id);
    return r && toBody(r, ctx.locale);
  },
  BodyMembership: async (ctx, id) => {
    const r = first(await ctx.db.select().from(bodyMemberships).where(eq(bodyMemberships.id, id)));
    return r && toMembership(r);
  },
  User: async (ctx, id) => {
    // People are visible to signed-in users (names only; e-mail is guarded on the field).
    if (!ctx.viewer) return null;
    const r = await ctx.loaders.userById.load(id);
    return r && toUser(r);
  },
  Strategy: async (ctx, id) => {
    const r = first(await ctx.db.select().from(strategies).where(eq(strategies.id, id)));
    return r && toStrategy(r, ctx.locale);
  },
  StrategyArea: async (ctx, id) => {
    const r = first(await ctx.db.select().from(strategyAreas).where(eq(strategyAreas.id, id)));
    return r && toArea(r, ctx.locale);
  },
  StrategicGoal: async (ctx, id) => {
    const r = first(await ctx.db.select().from(strategicGoals).where(eq(strategicGoals.id, id)));
    return r && toGoal(r, ctx.locale);
  },
  // Indicators are public.
  Indicator: (ctx, id) => indicatorById(ctx, id),
  IndicatorSeries: (ctx, id) => seriesById(ctx, id),
  // Adopted plans and what hangs on them are public; drafts for the kansli and the owning body's members.
  Plan: (ctx, id) => planById(ctx, id),
  PlanSubGoal: (ctx, id) => subGoalById(ctx, id),
  PlanActivity: (ctx, id) => activityById(ctx, id),
  ActivityUpdate: (ctx, id) => updateById(ctx, id),
  FocusArea: async (ctx, id) => {
    const r = first(await ctx.db.select().from(focusAreas).where(eq(focusAreas.id, id)));
    return r && toFocusArea(r, ctx.locale);
  },
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it does not exist or is not visible to you." })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> | null {
    const parsed = fromGlobalId(id);
    const fetch = parsed && fetchers[parsed.type];
    return fetch ? fetch(ctx, parsed.id) : null;
  }
}
