import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { User, toUser } from "../accounts/accounts.types.js";
import { ideaById } from "../ideas/ideas.service.js";
import { Idea } from "../ideas/ideas.types.js";
import { Indicator } from "../indicators/indicators.types.js";
import { decisionById } from "../matters/decisions.service.js";
import { MatterDecision } from "../matters/decisions.types.js";
import { readsInternals } from "../matters/matters.access.js";
import { matterById } from "../matters/matters.service.js";
import { Matter } from "../matters/matters.types.js";
import { Arena, Body, DeletePayload, Organisation, toArena, toBody, toOrganisation } from "../partnership/partnership.types.js";
import { StrategicGoal, toGoal } from "../strategy/strategy.types.js";
import { cycleById } from "../testing/cycles.service.js";
import { TestCycle } from "../testing/cycles.types.js";
import * as activities from "./activities.service.js";
import { mayEditPlans, mayRecordUpdate, planRights } from "./plans.access.js";
import {
  CreateActivityFromDecisionInput,
  CreatePlanActivityInput,
  CreatePlanInput,
  CreatePlanSubGoalInput,
  ProposePlanInput,
  RecordActivityUpdateInput,
  UpdatePlanActivityInput,
  UpdatePlanInput,
  UpdatePlanSubGoalInput,
} from "./plans.inputs.js";
import * as read from "./plans.read.js";
import * as service from "./plans.service.js";
import {
  ActivityMoney,
  ActivityOrigin,
  ActivityUpdate,
  Plan,
  PlanActivity,
  PlanActivityPayload,
  PlanPayload,
  PlanSubGoal,
  PlanSubGoalPayload,
} from "./plans.types.js";
import { moneyOfActivity } from "./report.money.js";
import { PlanReport, planReport } from "./report.js";

/** The arena's strategic goals, in number order, through the strategy loaders (three statements for any arena). */
async function goalsOfArena(ctx: Context, arenaId: string): Promise<StrategicGoal[]> {
  const strategies = await ctx.loaders.strategiesByArena.load(arenaId);
  const areas = (await Promise.all(strategies.map((s) => ctx.loaders.areasByStrategy.load(s.id)))).flat();
  const goals = (await Promise.all(areas.map((a) => ctx.loaders.goalsByArea.load(a.id)))).flat();
  return goals.sort((a, b) => a.number - b.number).map((g) => toGoal(g, ctx.locale));
}

async function goalOf(ctx: Context, arenaId: string, goalId: string): Promise<StrategicGoal> {
  return (await goalsOfArena(ctx, arenaId)).find((g) => g.rawId === goalId)!;
}

@Resolver(() => Arena)
export class ArenaPlansResolver {
  @FieldResolver(() => [Plan], { description: "The year's plans you may read: the action plan, then the bodies' activity plans." })
  plans(@Root() arena: Arena, @Arg("year", () => Int) year: number, @Ctx() ctx: Context) {
    return read.arenaPlans(ctx, arena.rawId, year);
  }

  @FieldResolver(() => Plan, {
    nullable: true,
    description: "One plan of the year: the body's activity plan, or by default the action plan.",
  })
  plan(
    @Root() arena: Arena,
    @Arg("year", () => Int) year: number,
    @Ctx() ctx: Context,
    @Arg("bodyId", () => ID, { nullable: true }) bodyId?: string | null,
  ) {
    const body = bodyId ? fromGlobalId(bodyId, "Body") : null;
    if (bodyId && !body) return null;
    return read.arenaPlan(ctx, arena.rawId, year, body?.id ?? null);
  }

  @FieldResolver(() => PlanReport, { nullable: true, description: "The follow-up report of a year and strategic goal (by its number)." })
  planReport(@Root() arena: Arena, @Arg("year", () => Int) year: number, @Arg("goal", () => Int) goal: number, @Ctx() ctx: Context) {
    return planReport(ctx, arena.rawId, year, goal);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may create and edit the arena's plans: its kansli." })
  async viewerMayEditPlans(@Root() arena: Arena, @Ctx() ctx: Context) {
    return mayEditPlans(await planRights(ctx, arena.rawId));
  }
}

@Resolver(() => Idea)
export class IdeaActivitiesResolver {
  @FieldResolver(() => [PlanActivity], { description: "The activities the idea became, in plans you may read." })
  activities(@Root() idea: Idea, @Ctx() ctx: Context) {
    return read.activitiesOfIdea(ctx, idea);
  }
}

@Resolver(() => Plan)
export class PlanResolver {
  @Authorized()
  @Mutation(() => PlanPayload, { description: "The kansli drafts a plan: one per arena, year and owning body." })
  async createPlan(@Arg("input", () => CreatePlanInput) input: CreatePlanInput, @Ctx() ctx: Context) {
    const r = await service.createPlan(ctx, input);
    return { plan: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => PlanPayload)
  async updatePlan(@Arg("input", () => UpdatePlanInput) input: UpdatePlanInput, @Ctx() ctx: Context) {
    const r = await service.updatePlan(ctx, input);
    return { plan: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => PlanPayload, {
    description:
      "The kansli proposes a draft for adoption: a matter placed with the owning body. The body's approved decision on it adopts the plan.",
  })
  async proposePlanForAdoption(@Arg("input", () => ProposePlanInput) input: ProposePlanInput, @Ctx() ctx: Context) {
    const r = await service.proposePlanForAdoption(ctx, input);
    return { plan: r.value, errors: r.errors };
  }

  @FieldResolver(() => Body)
  async body(@Root() p: Plan, @Ctx() ctx: Context) {
    return toBody((await ctx.loaders.bodyById.load(p.bodyRawId))!, ctx.locale);
  }

  @FieldResolver(() => Arena)
  async arena(@Root() p: Plan, @Ctx() ctx: Context) {
    return toArena((await ctx.loaders.arenaById.load(p.arenaRawId))!, ctx.locale);
  }

  @FieldResolver(() => [StrategicGoal], { description: "The strategy's goals the plan is written under." })
  goals(@Root() p: Plan, @Ctx() ctx: Context) {
    return goalsOfArena(ctx, p.arenaRawId);
  }

  @FieldResolver(() => [PlanSubGoal])
  subGoals(@Root() p: Plan, @Ctx() ctx: Context) {
    return read.subGoalsOfPlan(ctx, p);
  }

  @FieldResolver(() => [PlanActivity])
  activities(@Root() p: Plan, @Ctx() ctx: Context) {
    return read.activitiesOfPlan(ctx, p);
  }

  @FieldResolver(() => Matter, { nullable: true, description: "The matter proposing the plan for adoption, if you may read it." })
  adoptionMatter(@Root() p: Plan, @Ctx() ctx: Context) {
    return p.adoptionMatterRawId ? matterById(ctx, p.adoptionMatterRawId) : null;
  }

  @FieldResolver(() => Matter, { nullable: true, description: "The matter whose decision adopted the plan." })
  adoptedByMatter(@Root() p: Plan, @Ctx() ctx: Context) {
    return p.adoptedByMatterRawId ? matterById(ctx, p.adoptedByMatterRawId) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether you may edit it: the arena's kansli." })
  async viewerCanEdit(@Root() p: Plan, @Ctx() ctx: Context) {
    return mayEditPlans(await planRights(ctx, p.arenaRawId));
  }

  @FieldResolver(() => [User], { description: "Who may be an activity's contact person: for the kansli; empty for others." })
  async contactCandidates(@Root() p: Plan, @Ctx() ctx: Context) {
    if (!mayEditPlans(await planRights(ctx, p.arenaRawId))) return [];
    const people = await service.contactCandidates(ctx.db, p.arenaRawId);
    const rows = await Promise.all(people.map((x) => ctx.loaders.userById.load(x.id)));
    return rows.filter((r) => r !== null).map((r) => toUser(r));
  }
}

@Resolver(() => PlanSubGoal)
export class PlanSubGoalResolver {
  @Authorized()
  @Mutation(() => PlanSubGoalPayload)
  async createPlanSubGoal(@Arg("input", () => CreatePlanSubGoalInput) input: CreatePlanSubGoalInput, @Ctx() ctx: Context) {
    const r = await service.createPlanSubGoal(ctx, input);
    return { subGoal: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => PlanSubGoalPayload)
  async updatePlanSubGoal(@Arg("input", () => UpdatePlanSubGoalInput) input: UpdatePlanSubGoalInput, @Ctx() ctx: Context) {
    const r = await service.updatePlanSubGoal(ctx, input);
    return { subGoal: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeletePayload, { description: "Removes a sub-goal of a draft plan; its activities stay under the goal." })
  async deletePlanSubGoal(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await service.deletePlanSubGoal(ctx, id);
    return { deletedId: r.value ? id : null, errors: r.errors };
  }

  @FieldResolver(() => StrategicGoal)
  async goal(@Root() s: PlanSubGoal, @Ctx() ctx: Context) {
    const plan = (await ctx.loaders.planById.load(s.planRawId))!;
    return goalOf(ctx, plan.arenaId, s.goalRawId);
  }
}

@Resolver(() => PlanActivity)
export class PlanActivityResolver {
  @Authorized()
  @Mutation(() => PlanActivityPayload)
  async createPlanActivity(@Arg("input", () => CreatePlanActivityInput) input: CreatePlanActivityInput, @Ctx() ctx: Context) {
    const r = await activities.createPlanActivity(ctx, input);
    return { activity: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => PlanActivityPayload)
  async updatePlanActivity(@Arg("input", () => UpdatePlanActivityInput) input: UpdatePlanActivityInput, @Ctx() ctx: Context) {
    const r = await activities.updatePlanActivity(ctx, input);
    return { activity: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeletePayload, {
    description: "Removes an activity of a draft plan; an adopted plan's activities are cancelled instead, and funded ones stay.",
  })
  async deletePlanActivity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await activities.deletePlanActivity(ctx, id);
    return { deletedId: r.value ? id : null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => PlanActivityPayload, {
    description: "An approved decision becomes an activity in one step, keeping its links to the matter, its ideas and pilots.",
  })
  async createActivityFromDecision(
    @Arg("input", () => CreateActivityFromDecisionInput) input: CreateActivityFromDecisionInput,
    @Ctx() ctx: Context,
  ) {
    const r = await activities.createActivityFromDecision(ctx, input);
    return { activity: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => PlanActivityPayload, {
    description: "A status update, by the responsible body's members or the contact person; the activity takes its status and progress.",
  })
  async recordActivityUpdate(@Arg("input", () => RecordActivityUpdateInput) input: RecordActivityUpdateInput, @Ctx() ctx: Context) {
    const r = await activities.recordActivityUpdate(ctx, input);
    return { activity: r.value, errors: r.errors };
  }

  @FieldResolver(() => Plan)
  async plan(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return (await read.planById(ctx, a.planRawId))!;
  }

  @FieldResolver(() => StrategicGoal)
  goal(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return goalOf(ctx, a.arenaRawId, a.goalRawId);
  }

  @FieldResolver(() => PlanSubGoal, { nullable: true })
  subGoal(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return a.subGoalRawId ? read.subGoalById(ctx, a.subGoalRawId) : null;
  }

  @FieldResolver(() => Body, { nullable: true })
  async responsibleBody(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    const r = a.responsibleBodyRawId ? await ctx.loaders.bodyById.load(a.responsibleBodyRawId) : null;
    return r ? toBody(r, ctx.locale) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  async responsibleOrganisation(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    const r = a.responsibleOrganisationRawId ? await ctx.loaders.organisationById.load(a.responsibleOrganisationRawId) : null;
    return r ? toOrganisation(r) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "The contact person: named in the plan, as the plan is read." })
  async contactPerson(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    const r = a.contactPersonRawId ? await ctx.loaders.userById.load(a.contactPersonRawId) : null;
    return r ? toUser(r) : null;
  }

  @FieldResolver(() => [Indicator])
  indicators(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return read.indicatorsOfActivity(ctx, a);
  }

  @FieldResolver(() => [ActivityOrigin], { description: "What it came from: ideas, pilots, decisions and matters." })
  origins(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return read.originsOfActivity(ctx, a);
  }

  @FieldResolver(() => [ActivityUpdate], { description: "Status updates, latest first." })
  updates(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return read.updatesOfActivity(ctx, a);
  }

  @FieldResolver(() => ActivityUpdate, { nullable: true })
  async latestUpdate(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return (await read.updatesOfActivity(ctx, a))[0] ?? null;
  }

  @FieldResolver(() => [ActivityUpdate], { description: "Deviations: the updates that said at risk or off track, latest first." })
  async deviations(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return (await read.updatesOfActivity(ctx, a)).filter((u) => u.status === "at_risk" || u.status === "off_track");
  }

  @FieldResolver(() => ActivityMoney, { nullable: true, description: "Committed and spent, from its funding plan; null without one." })
  async money(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    const m = await moneyOfActivity(ctx, a.rawId);
    return m ? Object.assign(new ActivityMoney(), m) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether you may edit it: the arena's kansli." })
  async viewerCanEdit(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return mayEditPlans(await planRights(ctx, a.arenaRawId));
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may record a status update: the responsible body's members, the contact person, the kansli.",
  })
  async viewerCanRecordUpdate(@Root() a: PlanActivity, @Ctx() ctx: Context) {
    return mayRecordUpdate(await planRights(ctx, a.arenaRawId), {
      responsibleBodyId: a.responsibleBodyRawId,
      contactPersonId: a.contactPersonRawId,
    });
  }
}

@Resolver(() => ActivityUpdate)
export class ActivityUpdateResolver {
  @FieldResolver(() => String, { nullable: true, description: "Who recorded it: for the arena's kansli and bodies' members." })
  async authorName(@Root() u: ActivityUpdate, @Ctx() ctx: Context) {
    if (!u.authorRawId) return null;
    const activity = await ctx.loaders.planActivityById.load(u.activityRawId);
    if (!activity || !readsInternals(await planRights(ctx, activity.arenaId))) return null;
    return (await ctx.loaders.userById.load(u.authorRawId))?.name ?? null;
  }
}

@Resolver(() => ActivityOrigin)
export class ActivityOriginResolver {
  @FieldResolver(() => Idea, { nullable: true, description: "The idea, or the idea of the pilot: if you may read it." })
  idea(@Root() o: ActivityOrigin, @Ctx() ctx: Context) {
    return o.ideaRawId ? ideaById(ctx, o.ideaRawId) : null;
  }

  @FieldResolver(() => TestCycle, { nullable: true, description: "The pilot, if you may read it." })
  cycle(@Root() o: ActivityOrigin, @Ctx() ctx: Context) {
    return o.kind === "cycle" ? cycleById(ctx, o.targetRawId) : null;
  }

  @FieldResolver(() => MatterDecision, { nullable: true, description: "The decision, if you may read it." })
  decision(@Root() o: ActivityOrigin, @Ctx() ctx: Context) {
    return o.kind === "decision" ? decisionById(ctx, o.targetRawId) : null;
  }

  @FieldResolver(() => Matter, { nullable: true, description: "The matter, if you may read it." })
  matter(@Root() o: ActivityOrigin, @Ctx() ctx: Context) {
    return o.kind === "matter" ? matterById(ctx, o.targetRawId) : null;
  }
}
