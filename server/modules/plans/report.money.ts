import type { Context } from "../../graphql/context.js";
import { activityFunding } from "./funding.service.js";

/** Committed and spent on an activity, in whole kronor. */
export interface ActivityMoneyFigures {
  committed: number;
  spent: number;
}

/**
 * The follow-up report's money column: committed and spent per activity, from the funding plans,
 * costs and payments of co-funding, through a per-request loader so the report keeps its
 * statement count. Null for an activity without a funding plan (the report shows "—").
 */
export async function moneyOfActivity(ctx: Context, activityId: string): Promise<ActivityMoneyFigures | null> {
  const sums = await activityFunding(ctx, activityId);
  return sums ? { committed: sums.committed, spent: sums.spent } : null;
}
