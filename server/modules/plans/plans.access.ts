import type { Context } from "../../graphql/context.js";
import type { MatterRights } from "../matters/matters.access.js";
import { rightsIn } from "../matters/matters.read.js";

/**
 * Who may do what with plans (issue 14, "Who may do what"), from the same seats and roles as
 * matters (matters.access.ts):
 * - the kansli (the arena's coordinators) edits plans, sub-goals and activities, and proposes a
 *   plan for adoption; adoption itself happens only through the owning body's decision;
 * - the responsible body's members and the activity's contact person record status updates
 *   (the kansli may too, on their behalf);
 * - adopted (and closed) plans, their activities and the report are public; a draft is read by
 *   the kansli and the owning body's members.
 */
export type PlanRights = MatterRights;

export const planRights = (ctx: Context, arenaId: string): Promise<PlanRights> => rightsIn(ctx, arenaId);

export const mayEditPlans = (rights: PlanRights) => rights.kansli;

export function mayReadPlan(rights: PlanRights, plan: { status: string; bodyId: string }): boolean {
  return plan.status !== "draft" || rights.kansli || rights.bodyIds.has(plan.bodyId);
}

export function mayRecordUpdate(
  rights: PlanRights,
  activity: { responsibleBodyId: string | null; contactPersonId: string | null },
): boolean {
  if (!rights.viewerId) return false;
  if (rights.kansli || activity.contactPersonId === rights.viewerId) return true;
  return activity.responsibleBodyId !== null && rights.bodyIds.has(activity.responsibleBodyId);
}
