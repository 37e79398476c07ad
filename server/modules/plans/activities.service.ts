import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { inputId, optionalInputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import * as clock from "../../shared/clock.js";
import type { EventKind } from "../../shared/events.js";
import { swedishToday } from "../../shared/swedish-date.js";
import { roleGrants } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { indicators } from "../indicators/indicators.tables.js";
import { matterRights } from "../matters/matters.access.js";
import { matterDecisions, matterLinks, matters } from "../matters/matters.tables.js";
import { notify } from "../notifications/notifications.service.js";
import { bodies, organisations } from "../partnership/partnership.tables.js";
import { strategicGoals } from "../strategy/strategy.tables.js";
import { mayRecordUpdate } from "./plans.access.js";
import { PlanEvents } from "./plans.events.js";
import {
  type ActivityFieldsInput,
  type CreateActivityFromDecisionInput,
  type CreatePlanActivityInput,
  PLAN_LIMITS,
  type RecordActivityUpdateInput,
  type UpdatePlanActivityInput,
} from "./plans.inputs.js";
import { fundingPlans } from "./funding.tables.js";
import { contactCandidates, draftPlanForRemoval, kansliIn, lockPlan, planEvent } from "./plans.service.js";
import { activityIndicators, activityOrigins, activityUpdates, planActivities, planSubGoals } from "./plans.tables.js";
import { toActivity } from "./plans.types.js";
import type { ActivityOriginKind, ActivityStatus } from "./plans.vocabulary.js";

// Activities: written by the kansli (from scratch or from an approved decision), followed up by
// the responsible body's members and the contact person.

type ActivityRow = typeof planActivities.$inferSelect;
type ActivityValues = Partial<Omit<typeof planActivities.$inferInsert, "id" | "arenaId" | "planId">>;

async function activityEvent(
  tx: Tx,
  a: Pick<ActivityRow, "id" | "arenaId" | "planId" | "title">,
  kind: EventKind,
  actorId: string,
  data = {},
) {
  await recordEvent(tx, {
    arenaId: a.arenaId,
    actorId,
    subjectType: "PlanActivity",
    subjectId: a.id,
    kind,
    data: { planId: a.planId, title: a.title, ...data },
  });
}

/**
 * Checks what an activity says against its arena and plan, all at once so that everything wrong
 * comes back together; returns the columns to write (only those given) and the indicators.
 */
async function checkFields(
  ctx: Context,
  tx: Tx,
  scope: { arenaId: string; planId: string; goalId: string },
  input: ActivityFieldsInput,
  current?: ActivityRow,
): Promise<{ values: ActivityValues; indicatorIds: string[] | null }> {
  const errors: UserError[] = [];
  const values: ActivityValues = {};
  for (const k of ["title", "description", "how", "resources", "participants", "followUpMethod"] as const)
    if (input[k] != null) values[k] = input[k];
  const subGoalId = optionalInputId(ctx, input.subGoalId, "PlanSubGoal", "input.subGoalId");
  if (subGoalId) {
    const [s] = await tx.select().from(planSubGoals).where(eq(planSubGoals.id, subGoalId));
    if (s?.planId !== scope.planId || s.goalId !== scope.goalId)
      errors.push(userError(ctx.locale, "input.subGoalId", "SUB_GOAL_OTHER_GOAL"));
  }
  if (subGoalId !== undefined) values.subGoalId = subGoalId;
  const bodyId = optionalInputId(ctx, input.responsibleBodyId, "Body", "input.responsibleBodyId");
  if (bodyId) {
    const [b] = await tx.select({ arenaId: bodies.arenaId }).from(bodies).where(eq(bodies.id, bodyId));
    if (b?.arenaId !== scope.arenaId) errors.push(userError(ctx.locale, "input.responsibleBodyId", "NOT_FOUND"));
  }
  if (bodyId !== undefined) values.responsibleBodyId = bodyId;
  const organisationId = optionalInputId(ctx, input.responsibleOrganisationId, "Organisation", "input.responsibleOrganisationId");
  if (organisationId) {
    const [o] = await tx.select({ arenaId: organisations.arenaId }).from(organisations).where(eq(organisations.id, organisationId));
    if (o?.arenaId !== scope.arenaId) errors.push(userError(ctx.locale, "input.responsibleOrganisationId", "NOT_FOUND"));
  }
  if (organisationId !== undefined) values.responsibleOrganisationId = organisationId;
  const contactId = optionalInputId(ctx, input.contactPersonId, "User", "input.contactPersonId");
  if (contactId && (await contactCandidates(tx, scope.arenaId, contactId)).length === 0)
    errors.push(userError(ctx.locale, "input.contactPersonId", "NOT_A_PERSON_HERE"));
  if (contactId !== undefined) values.contactPersonId = contactId;
  if (input.startsOn !== undefined) values.startsOn = input.startsOn;
  if (input.endsOn !== undefined) values.endsOn = input.endsOn;
  const startsOn = values.startsOn !== undefined ? values.startsOn : (current?.startsOn ?? null);
  const endsOn = values.endsOn !== undefined ? values.endsOn : (current?.endsOn ?? null);
  if (startsOn && endsOn && startsOn > endsOn) errors.push(userError(ctx.locale, "input.endsOn", "ACTIVITY_DATES"));
  let indicatorIds: string[] | null = null;
  if (input.indicatorIds) {
    if (input.indicatorIds.length > PLAN_LIMITS.indicators)
      errors.push(userError(ctx.locale, "input.indicatorIds", "TOO_MANY_ITEMS", { max: PLAN_LIMITS.indicators }));
    indicatorIds = [...new Set(input.indicatorIds.map((g, i) => inputId(ctx, g, "Indicator", `input.indicatorIds.${i}`)))];
    const found =
      indicatorIds.length === 0
        ? []
        : await tx
            .select({ id: indicators.id })
            .from(indicators)
            .where(and(inArray(indicators.id, indicatorIds), eq(indicators.arenaId, scope.arenaId)));
    if (found.length !== indicatorIds.length) errors.push(userError(ctx.locale, "input.indicatorIds", "NOT_FOUND"));
  }
  if (errors.length > 0) throw new UserErrors(errors);
  return { values, indicatorIds };
}

async function checkGoal(ctx: Context, tx: Tx, arenaId: string, globalId: string): Promise<string> {
  const goalId = inputId(ctx, globalId, "StrategicGoal", "input.goalId");
  const [goal] = await tx.select({ arenaId: strategicGoals.arenaId }).from(strategicGoals).where(eq(strategicGoals.id, goalId));
  if (goal?.arenaId !== arenaId) fail(ctx.locale, "input.goalId", "NOT_FOUND");
  return goalId;
}

async function setIndicators(tx: Tx, activityId: string, ids: string[] | null) {
  if (ids === null) return;
  await tx.delete(activityIndicators).where(eq(activityIndicators.activityId, activityId));
  if (ids.length > 0) await tx.insert(activityIndicators).values(ids.map((indicatorId) => ({ activityId, indicatorId })));
}

interface NewActivity {
  arenaId: string;
  planId: string;
  goalId: string;
  values: ActivityValues & { title: string };
  indicatorIds: string[] | null;
  origins: { kind: ActivityOriginKind; targetId: string; ideaId: string | null }[];
  createdBy: string | null;
  at?: Date;
}

/** Writes an activity with its indicators and origins. Plain data: the seed uses it. */
export async function insertActivity(tx: Tx, a: NewActivity): Promise<ActivityRow> {
  const at = a.at ?? clock.now();
  const siblings = await tx.select({ id: planActivities.id }).from(planActivities).where(eq(planActivities.planId, a.planId));
  const [row] = await tx
    .insert(planActivities)
    .values({
      ...a.values,
      arenaId: a.arenaId,
      planId: a.planId,
      goalId: a.goalId,
      sort: siblings.length + 1,
      createdBy: a.createdBy,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  await setIndicators(tx, row!.id, a.indicatorIds);
  if (a.origins.length > 0)
    await tx
      .insert(activityOrigins)
      .values(a.origins.map((o) => ({ ...o, activityId: row!.id, createdAt: at })))
      .onConflictDoNothing();
  await recordEvent(tx, {
    arenaId: a.arenaId,
    actorId: a.createdBy,
    subjectType: "PlanActivity",
    subjectId: row!.id,
    kind: PlanEvents.activityCreated,
    data: { planId: a.planId, title: row!.title, origins: a.origins.map((o) => o.kind) },
    createdAt: at,
  });
  return row!;
}

export function createPlanActivity(ctx: Context, input: CreatePlanActivityInput) {
  return runMutation(ctx, async (tx) => {
    const plan = await lockPlan(ctx, tx, input.planId, "input.planId");
    await validateInput(input, ctx.locale);
    const goalId = await checkGoal(ctx, tx, plan.arenaId, input.goalId);
    const { values, indicatorIds } = await checkFields(ctx, tx, { arenaId: plan.arenaId, planId: plan.id, goalId }, input);
    if (!values.title) fail(ctx.locale, "input.title", "REQUIRED");
    const row = await insertActivity(tx, {
      arenaId: plan.arenaId,
      planId: plan.id,
      goalId,
      values: { ...values, title: values.title },
      indicatorIds,
      origins: [],
      createdBy: ctx.viewer!.id,
    });
    return toActivity(row);
  });
}

export function updatePlanActivity(ctx: Context, input: UpdatePlanActivityInput) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, input.activityId, "PlanActivity", "input.activityId");
    const [row] = await tx.select().from(planActivities).where(eq(planActivities.id, id)).for("update");
    if (!row) fail(ctx.locale, "input.activityId", "NOT_FOUND");
    const rights = await kansliIn(ctx, tx, row.arenaId);
    if (row.version !== input.version) fail(ctx.locale, "input.version", "PLAN_STALE_EDIT");
    await validateInput(input, ctx.locale);
    const { values, indicatorIds } = await checkFields(
      ctx,
      tx,
      { arenaId: row.arenaId, planId: row.planId, goalId: row.goalId },
      input,
      row,
    );
    const [updated] = await tx
      .update(planActivities)
      .set({ ...values, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(planActivities.id, id))
      .returning();
    await setIndicators(tx, id, indicatorIds);
    await activityEvent(tx, updated!, PlanEvents.activityUpdated, rights.viewerId, {
      fields: [...Object.keys(values), ...(indicatorIds ? ["indicators"] : [])],
    });
    return toActivity(updated!);
  });
}

/** A draft's activity goes with its links and updates; one with a funding plan stays (money is kept). */
export function deletePlanActivity(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, globalId, "PlanActivity", "id");
    const [row] = await tx.select().from(planActivities).where(eq(planActivities.id, id));
    if (!row) fail(ctx.locale, "id", "NOT_FOUND");
    const plan = await draftPlanForRemoval(ctx, tx, row.planId, "id");
    const [funded] = await tx.select({ id: fundingPlans.id }).from(fundingPlans).where(eq(fundingPlans.activityId, id)).limit(1);
    if (funded) fail(ctx.locale, "id", "ACTIVITY_HAS_FUNDING");
    await tx.delete(planActivities).where(eq(planActivities.id, id));
    await planEvent(tx, plan, PlanEvents.activityDeleted, ctx.viewer!.id, { activityId: id, title: row.title });
    return true;
  });
}

/**
 * An approved decision becomes an activity in one step: its matter, and the ideas and pilots the
 * matter links to, become the activity's origins, so the idea page finds what it became. One
 * activity per decision and plan.
 */
export function createActivityFromDecision(ctx: Context, input: CreateActivityFromDecisionInput) {
  return runMutation(ctx, async (tx) => {
    const plan = await lockPlan(ctx, tx, input.planId, "input.planId");
    await validateInput(input, ctx.locale);
    const decisionId = inputId(ctx, input.decisionId, "MatterDecision", "input.decisionId");
    const [d] = await tx
      .select({ decision: matterDecisions, matter: matters })
      .from(matterDecisions)
      .innerJoin(matters, eq(matters.id, matterDecisions.matterId))
      .where(eq(matterDecisions.id, decisionId));
    if (d?.matter.arenaId !== plan.arenaId) fail(ctx.locale, "input.decisionId", "NOT_FOUND");
    if (d.decision.outcome !== "approved") fail(ctx.locale, "input.decisionId", "DECISION_NOT_APPROVED");
    const [taken] = await tx
      .select({ id: activityOrigins.id })
      .from(activityOrigins)
      .innerJoin(planActivities, eq(planActivities.id, activityOrigins.activityId))
      .where(and(eq(activityOrigins.kind, "decision"), eq(activityOrigins.targetId, decisionId), eq(planActivities.planId, plan.id)));
    if (taken) fail(ctx.locale, "input.decisionId", "ACTIVITY_FROM_DECISION_TAKEN");
    const goalId = await checkGoal(ctx, tx, plan.arenaId, input.goalId);
    const { values, indicatorIds } = await checkFields(ctx, tx, { arenaId: plan.arenaId, planId: plan.id, goalId }, input);
    const links = await tx
      .select()
      .from(matterLinks)
      .where(and(eq(matterLinks.matterId, d.matter.id), inArray(matterLinks.kind, ["idea", "cycle"]), isNotNull(matterLinks.ideaId)));
    const row = await insertActivity(tx, {
      arenaId: plan.arenaId,
      planId: plan.id,
      goalId,
      values: {
        description: d.decision.text,
        responsibleBodyId: d.decision.bodyId,
        ...values,
        title: values.title ?? d.matter.title,
      },
      indicatorIds,
      origins: [
        { kind: "decision", targetId: decisionId, ideaId: null },
        { kind: "matter", targetId: d.matter.id, ideaId: null },
        ...links.map((l) => ({ kind: l.kind as ActivityOriginKind, targetId: l.targetId, ideaId: l.ideaId })),
      ],
      createdBy: ctx.viewer!.id,
    });
    return toActivity(row);
  });
}

// ---- status updates ----

const TROUBLE: readonly ActivityStatus[] = ["at_risk", "off_track"];

/**
 * A status update, by the responsible body's members, the contact person or the kansli. The
 * activity takes the latest update's status and progress in the same transaction; the kansli
 * hears when an activity turns at risk or off track.
 */
export function recordActivityUpdate(ctx: Context, input: RecordActivityUpdateInput) {
  return runMutation(ctx, async (tx) => {
    const viewer = ctx.viewer;
    if (!viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const id = inputId(ctx, input.activityId, "PlanActivity", "input.activityId");
    const [row] = await tx.select().from(planActivities).where(eq(planActivities.id, id)).for("update");
    if (!row) fail(ctx.locale, "input.activityId", "NOT_FOUND");
    if (!mayRecordUpdate(await matterRights(tx, viewer, row.arenaId), row)) throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    if (input.evidence.length > PLAN_LIMITS.evidence) fail(ctx.locale, "input.evidence", "TOO_MANY_ITEMS", { max: PLAN_LIMITS.evidence });
    if (input.reportedOn > swedishToday()) fail(ctx.locale, "input.reportedOn", "UPDATE_IN_FUTURE");
    const status = input.status as ActivityStatus;
    await tx.insert(activityUpdates).values({
      activityId: id,
      reportedOn: input.reportedOn,
      status,
      progress: input.progress,
      comment: input.comment,
      evidence: input.evidence.map((e) => ({ title: e.title.trim(), url: e.url.trim() })),
      authorId: viewer.id,
      createdAt: clock.now(),
    });
    // The activity shows the latest update by its date, so a late report of an earlier day does not overwrite a newer one.
    const [latest] = await tx
      .select({ status: activityUpdates.status, progress: activityUpdates.progress })
      .from(activityUpdates)
      .where(eq(activityUpdates.activityId, id))
      .orderBy(desc(activityUpdates.reportedOn), desc(activityUpdates.createdAt))
      .limit(1);
    const [updated] = await tx
      .update(planActivities)
      .set({ status: latest!.status, progress: latest!.progress, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(planActivities.id, id))
      .returning();
    await activityEvent(tx, row, PlanEvents.statusRecorded, viewer.id, { status, progress: input.progress, date: input.reportedOn });
    if (TROUBLE.includes(updated!.status) && !TROUBLE.includes(row.status)) {
      const kansli = await tx
        .select({ userId: roleGrants.userId })
        .from(roleGrants)
        .where(and(eq(roleGrants.arenaId, row.arenaId), eq(roleGrants.role, "coordinator")));
      await notify(
        tx,
        [...new Set(kansli.map((k) => k.userId))]
          .filter((u) => u !== viewer.id)
          .map((userId) => ({
            userId,
            arenaId: row.arenaId,
            kind: PlanEvents.activityInTrouble,
            subjectType: "PlanActivity",
            subjectId: id,
            data: { title: row.title, status: updated!.status, comment: input.comment.slice(0, 300) },
          })),
      );
    }
    return toActivity(updated!);
  });
}
