import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import * as clock from "../../shared/clock.js";
import type { EventKind } from "../../shared/events.js";
import { roleGrants, users } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { type MatterRights, matterRights } from "../matters/matters.access.js";
import { type MatterDecided, onMatterDecided } from "../matters/matters.hooks.js";
import { OPEN_STAGES, moveMatter } from "../matters/matters.lifecycle.js";
import { insertMatter } from "../matters/matters.service.js";
import { matters } from "../matters/matters.tables.js";
import { bodies, bodyMemberships } from "../partnership/partnership.tables.js";
import type { BodyKind } from "../partnership/partnership.vocabulary.js";
import { strategicGoals } from "../strategy/strategy.tables.js";
import { mayEditPlans } from "./plans.access.js";
import { PlanEvents } from "./plans.events.js";
import type { CreatePlanInput, CreatePlanSubGoalInput, ProposePlanInput, UpdatePlanInput, UpdatePlanSubGoalInput } from "./plans.inputs.js";
import { planSubGoals, plans } from "./plans.tables.js";
import { toPlan, toSubGoal } from "./plans.types.js";
import type { PlanKind } from "./plans.vocabulary.js";

// Plans and sub-goals: the kansli drafts, the owning body adopts through a decided matter.

export type PlanRow = typeof plans.$inferSelect;

/** The bodies that may own each kind of plan: Länsledning's action plan, an utskott's (or other deciding body's) activity plan. */
const OWNERS: Record<PlanKind, readonly BodyKind[]> = {
  action_plan: ["strategic_leadership"],
  activity_plan: ["committee", "political_network", "county_part_steering_group", "working_group", "strategic_leadership"],
};

/** Who acts: signed in, and the kansli of the arena; anything else is not theirs to ask. */
export async function kansliIn(ctx: Context, tx: Tx, arenaId: string): Promise<MatterRights & { viewerId: string }> {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const rights = await matterRights(tx, ctx.viewer, arenaId);
  if (!mayEditPlans(rights)) throw apiError("FORBIDDEN", ctx.locale);
  return { ...rights, viewerId: ctx.viewer.id };
}

export async function planEvent(
  tx: Tx,
  plan: Pick<PlanRow, "id" | "arenaId">,
  kind: EventKind,
  actorId: string | null,
  data: Record<string, unknown> = {},
  at?: Date,
) {
  await recordEvent(tx, { arenaId: plan.arenaId, actorId, subjectType: "Plan", subjectId: plan.id, kind, data, createdAt: at });
}

/** A plan locked for a change, checked against the version the editor saw. */
export async function lockPlan(ctx: Context, tx: Tx, globalId: string, field: string, version?: number): Promise<PlanRow> {
  const id = inputId(ctx, globalId, "Plan", field);
  const [row] = await tx.select().from(plans).where(eq(plans.id, id)).for("update");
  if (!row) fail(ctx.locale, field, "NOT_FOUND");
  await kansliIn(ctx, tx, row.arenaId);
  if (version !== undefined && row.version !== version) fail(ctx.locale, "input.version", "PLAN_STALE_EDIT");
  return row;
}

export function createPlan(ctx: Context, input: CreatePlanInput) {
  return runMutation(ctx, async (tx) => {
    const arenaId = inputId(ctx, input.arenaId, "Arena", "input.arenaId");
    const rights = await kansliIn(ctx, tx, arenaId);
    await validateInput(input, ctx.locale);
    const bodyId = inputId(ctx, input.bodyId, "Body", "input.bodyId");
    const [body] = await tx.select().from(bodies).where(eq(bodies.id, bodyId));
    if (body?.arenaId !== arenaId) fail(ctx.locale, "input.bodyId", "NOT_FOUND");
    if (!OWNERS[input.kind].includes(body.kind)) fail(ctx.locale, "input.bodyId", "PLAN_BODY_KIND");
    const [taken] = await tx
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.arenaId, arenaId), eq(plans.year, input.year), eq(plans.bodyId, bodyId)));
    if (taken) fail(ctx.locale, "input.year", "PLAN_EXISTS");
    const at = clock.now();
    const [row] = await tx
      .insert(plans)
      .values({
        arenaId,
        year: input.year,
        kind: input.kind,
        bodyId,
        title: input.title,
        summary: input.summary,
        createdBy: rights.viewerId,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await planEvent(tx, row!, PlanEvents.created, rights.viewerId, { year: input.year, kind: input.kind, bodyId });
    return toPlan(row!);
  });
}

export function updatePlan(ctx: Context, input: UpdatePlanInput) {
  return runMutation(ctx, async (tx) => {
    const row = await lockPlan(ctx, tx, input.planId, "input.planId", input.version);
    await validateInput(input, ctx.locale);
    const [updated] = await tx
      .update(plans)
      .set({
        ...(input.title != null ? { title: input.title } : {}),
        ...(input.summary != null ? { summary: input.summary } : {}),
        version: row.version + 1,
        updatedAt: clock.now(),
      })
      .where(eq(plans.id, row.id))
      .returning();
    await planEvent(tx, row, PlanEvents.updated, ctx.viewer!.id);
    return toPlan(updated!);
  });
}

/**
 * The kansli proposes a draft for adoption: a matter written from scratch (it links to no idea)
 * whose summary names the plan, prepared and placed with the owning body. The body's approved
 * decision on it adopts the plan (onMatterDecided below); nothing else does.
 */
export function proposePlanForAdoption(ctx: Context, input: ProposePlanInput) {
  return runMutation(ctx, async (tx) => {
    const row = await lockPlan(ctx, tx, input.planId, "input.planId", input.version);
    if (row.status !== "draft") fail(ctx.locale, "input.planId", "PLAN_NOT_DRAFT");
    if (row.adoptionMatterId) {
      const [open] = await tx
        .select({ id: matters.id })
        .from(matters)
        .where(and(eq(matters.id, row.adoptionMatterId), inArray(matters.stage, [...OPEN_STAGES])));
      if (open) fail(ctx.locale, "input.planId", "PLAN_ADOPTION_PENDING");
    }
    const plan = await adoptionMatterFor(tx, row, ctx.viewer!.id);
    return toPlan(plan);
  });
}

/** Writes the adoption matter and places it with the plan's body. Plain data: the seed uses it. */
export async function adoptionMatterFor(tx: Tx, row: PlanRow, actorId: string | null, at?: Date): Promise<PlanRow> {
  const [body] = await tx.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, row.bodyId));
  const title = `Antagande av ${row.title} ${row.year}`.slice(0, 200);
  const summary = `${body!.name} föreslås anta ”${row.title}” för ${row.year}.${row.summary ? ` ${row.summary}` : ""}`;
  let matter = await insertMatter(tx, { arenaId: row.arenaId, kind: "proposal", title, summary, createdBy: actorId, at });
  matter = await moveMatter(tx, matter, "in_preparation", { actorId, at, data: { planId: row.id } });
  matter = await moveMatter(tx, matter, "placed", { actorId, at, bodyId: row.bodyId, data: { planId: row.id } });
  const [updated] = await tx
    .update(plans)
    .set({ adoptionMatterId: matter.id, version: row.version + 1, updatedAt: at ?? clock.now() })
    .where(eq(plans.id, row.id))
    .returning();
  await planEvent(tx, row, PlanEvents.proposedForAdoption, actorId, { matterId: matter.id, number: matter.number }, at);
  return updated!;
}

/** The owning body approved the adoption matter: the plan is adopted on the decision's day. */
async function adoptOnDecision(e: MatterDecided): Promise<void> {
  if (e.outcome !== "approved") return;
  const [row] = await e.tx
    .select()
    .from(plans)
    .where(and(eq(plans.adoptionMatterId, e.matterId), eq(plans.status, "draft"), eq(plans.bodyId, e.bodyId)))
    .for("update");
  if (!row) return;
  await e.tx
    .update(plans)
    .set({
      status: "adopted",
      adoptedByMatterId: e.matterId,
      adoptedOn: e.decidedOn,
      version: row.version + 1,
      updatedAt: e.at ?? clock.now(),
    })
    .where(eq(plans.id, row.id));
  await planEvent(e.tx, row, PlanEvents.adopted, e.actorId, { matterId: e.matterId, decisionId: e.decisionId, date: e.decidedOn }, e.at);
}
onMatterDecided(adoptOnDecision);

// ---- sub-goals ----

export function createPlanSubGoal(ctx: Context, input: CreatePlanSubGoalInput) {
  return runMutation(ctx, async (tx) => {
    const plan = await lockPlan(ctx, tx, input.planId, "input.planId");
    await validateInput(input, ctx.locale);
    const goalId = inputId(ctx, input.goalId, "StrategicGoal", "input.goalId");
    const [goal] = await tx.select({ arenaId: strategicGoals.arenaId }).from(strategicGoals).where(eq(strategicGoals.id, goalId));
    if (goal?.arenaId !== plan.arenaId) fail(ctx.locale, "input.goalId", "NOT_FOUND");
    const existing = await tx.select({ id: planSubGoals.id }).from(planSubGoals).where(eq(planSubGoals.planId, plan.id));
    const [row] = await tx
      .insert(planSubGoals)
      .values({ planId: plan.id, goalId, title: input.title, description: input.description, sort: existing.length + 1 })
      .returning();
    await planEvent(tx, plan, PlanEvents.subGoalCreated, ctx.viewer!.id, { subGoalId: row!.id, title: row!.title });
    return toSubGoal(row!);
  });
}

export function updatePlanSubGoal(ctx: Context, input: UpdatePlanSubGoalInput) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, input.subGoalId, "PlanSubGoal", "input.subGoalId");
    const [row] = await tx.select().from(planSubGoals).where(eq(planSubGoals.id, id)).for("update");
    if (!row) fail(ctx.locale, "input.subGoalId", "NOT_FOUND");
    const [plan] = await tx.select().from(plans).where(eq(plans.id, row.planId));
    await kansliIn(ctx, tx, plan!.arenaId);
    if (row.version !== input.version) fail(ctx.locale, "input.version", "PLAN_STALE_EDIT");
    await validateInput(input, ctx.locale);
    const [updated] = await tx
      .update(planSubGoals)
      .set({
        ...(input.title != null ? { title: input.title } : {}),
        ...(input.description != null ? { description: input.description } : {}),
        version: row.version + 1,
      })
      .where(eq(planSubGoals.id, id))
      .returning();
    await planEvent(tx, plan!, PlanEvents.subGoalUpdated, ctx.viewer!.id, { subGoalId: id, title: updated!.title });
    return toSubGoal(updated!);
  });
}

/**
 * The plan a removal belongs to, locked: the kansli's, and still a draft. What an adopted plan
 * holds is the record of what the body adopted; an activity there is cancelled, not removed.
 */
export async function draftPlanForRemoval(ctx: Context, tx: Tx, planId: string, field: string): Promise<PlanRow> {
  const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for("update");
  if (!plan) fail(ctx.locale, field, "NOT_FOUND");
  await kansliIn(ctx, tx, plan.arenaId);
  if (plan.status !== "draft") fail(ctx.locale, field, "PLAN_REMOVE_ADOPTED");
  return plan;
}

/** A draft's sub-goal goes; its activities stay under the goal, without a sub-goal. */
export function deletePlanSubGoal(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, globalId, "PlanSubGoal", "id");
    const [row] = await tx.select().from(planSubGoals).where(eq(planSubGoals.id, id));
    if (!row) fail(ctx.locale, "id", "NOT_FOUND");
    const plan = await draftPlanForRemoval(ctx, tx, row.planId, "id");
    await tx.delete(planSubGoals).where(eq(planSubGoals.id, id));
    await planEvent(tx, plan, PlanEvents.subGoalDeleted, ctx.viewer!.id, { subGoalId: id, title: row.title });
    return true;
  });
}

// ---- people ----

/** Those who may be an activity's contact person: the arena's kansli and the people seated in its bodies. */
export async function contactCandidates(db: Tx | Context["db"], arenaId: string, only?: string) {
  const seated = db
    .selectDistinct({ id: users.id, name: users.name })
    .from(bodyMemberships)
    .innerJoin(bodies, eq(bodies.id, bodyMemberships.bodyId))
    .innerJoin(users, eq(users.id, bodyMemberships.userId))
    .where(and(eq(bodies.arenaId, arenaId), isNull(users.deletedAt), only ? eq(users.id, only) : undefined));
  const kansli = db
    .selectDistinct({ id: users.id, name: users.name })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.arenaId, arenaId),
        eq(roleGrants.role, "coordinator"),
        isNull(users.deletedAt),
        only ? eq(users.id, only) : undefined,
      ),
    );
  const all = [...(await seated), ...(await kansli)];
  return [...new Map(all.map((p) => [p.id, p])).values()].sort((a, b) => a.name.localeCompare(b.name, "sv"));
}
